#include "noticeissuer.h"

#include "domain/identificationcase.h"
#include "domain/sector.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"

#include <QDir>
#include <QHash>
#include <QTextDocument>

namespace cii {

Result<QVector<NoticeIssuer::Group>> NoticeIssuer::prepare(Database &db,
                                                           const NoticeRequest &request)
{
    if (request.to != QLatin1String("operator") && request.to != QLatin1String("mps"))
        return Error::input(
            tr("a notice goes to the operator or the mps, not '%1'").arg(request.to));
    if (request.caseIds.isEmpty())
        return Error::input(tr("choose at least one decided case"));
    Department own;
    Result<QVector<Department>> departments = RegistryRepository(db).departments();
    if (!departments)
        return departments.error();
    for (const Department &d : departments.value()) {
        if (d.own)
            own = d;
    }
    CaseRepository cases(db);
    RuleSetRepository rulesets(db);
    QHash<qint64, RuleSet> rules;
    QVector<Group> groups;
    QStringList problems;
    for (qint64 id : request.caseIds) {
        Result<IdentificationCase> found = cases.byId(id);
        if (!found) {
            problems << found.error().message;
            continue;
        }
        const IdentificationCase &c = found.value();
        if (!c.isDecided()) {
            problems << tr("case %1 is not decided yet; confirm or override it first").arg(id);
            continue;
        }
        if (!rules.contains(c.rulesetId)) {
            Result<RuleSet> r = rulesets.byId(c.rulesetId);
            if (!r)
                return r.error();
            rules.insert(c.rulesetId, r.value());
        }
        const RuleSet &r = rules.value(c.rulesetId);
        NoticeEntry e;
        e.operatorNameZh = c.operatorNameZh;
        e.operatorNameEn = c.operatorNameEn;
        e.operatorUscc = c.operatorUscc;
        e.systemName = c.systemName;
        e.category = c.category;
        e.outcome = c.decision;
        e.overrideReason = c.isOverride() ? c.overrideReason : QString();
        e.decidedOn = c.decidedAt.toLocalTime().date();
        e.rulesZh = QStringLiteral("《%1》（第%2版）").arg(r.titleZh).arg(r.version);
        e.rulesEn = QStringLiteral("\"%1\" (version %2)")
                        .arg(r.titleEn.isEmpty() ? r.titleZh : r.titleEn)
                        .arg(r.version);
        for (const CriterionTrace &t : c.trace(r)) {
            if (t.result != QLatin1String("met"))
                continue;
            if (const Criterion *crit = r.criterion(t.criterion)) {
                e.metZh << crit->textZh;
                e.metEn << (crit->textEn.isEmpty() ? crit->textZh : crit->textEn);
            }
        }
        const qint64 key = request.to == QLatin1String("mps") ? 0 : c.operatorId;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const Group &g) { return g.operatorId == key; });
        if (it == groups.end()) {
            Group g;
            g.operatorId = key;
            g.content.kind = request.to;
            g.content.departmentZh = own.nameZh;
            g.content.departmentEn = own.nameEn;
            g.content.date = request.date;
            if (key) {
                g.content.addresseeZh = c.operatorNameZh;
                g.content.addresseeEn = c.operatorNameEn;
            } else {
                g.content.addresseeZh = QStringLiteral("公安部");
                g.content.addresseeEn = QStringLiteral("Ministry of Public Security");
            }
            groups << g;
            it = groups.end() - 1;
        }
        if (!it->caseIds.contains(id)) {
            it->caseIds << id;
            it->content.entries << e;
        }
    }
    if (!problems.isEmpty())
        return Error::input(problems.first(), problems);
    return groups;
}

Result<QVector<NoticeContent>> NoticeIssuer::preview(Database &db, const NoticeRequest &request)
{
    Result<QVector<Group>> groups = prepare(db, request);
    if (!groups)
        return groups.error();
    QVector<NoticeContent> out;
    for (Group &g : groups.value()) {
        g.content.numberZh = QStringLiteral("〔%1〕　号").arg(request.date.year());
        g.content.numberEn = QStringLiteral("[%1] No. —").arg(request.date.year());
        out << g.content;
    }
    return out;
}

Result<QVector<IssuedNotice>> NoticeIssuer::issue(Database &db, const NoticeRequest &request)
{
    Result<QVector<Group>> groups = prepare(db, request);
    if (!groups)
        return groups.error();
    if (request.outDir.isEmpty() || !QDir().mkpath(request.outDir))
        return Error::input(tr("cannot use '%1' as the output folder").arg(request.outDir));
    QVector<IssuedNotice> out;
    NoticeRepository notices(db);
    for (Group &g : groups.value()) {
        Result<Notice> notice = notices.issue(request.to, g.caseIds, g.operatorId, request.date);
        if (!notice)
            return notice.error();
        const Notice &n = notice.value();
        g.content.numberZh = n.numberText(true);
        g.content.numberEn = n.numberText(false);
        // A reprint carries the date the notice was first issued.
        g.content.date = n.issuedOn;
        QString name = QStringLiteral("notice-%1-%2-%3")
                           .arg(n.year)
                           .arg(n.number, 3, 10, QLatin1Char('0'))
                           .arg(request.to);
        if (g.operatorId && !g.content.entries.isEmpty())
            name += QLatin1Char('-') + g.content.entries.first().operatorUscc;
        const QString path = QDir(request.outDir)
                                 .filePath(name + (request.format == DocumentFile::Format::Pdf
                                                       ? QStringLiteral(".pdf")
                                                       : QStringLiteral(".odt")));
        auto document = IdentificationNotice::build(g.content, request.language);
        if (Status s =
                DocumentFile::write(*document, request.format, path,
                                    IdentificationNotice::title(request.to, DocLanguage::Zh));
            !s)
            return s.error();
        out << IssuedNotice{n, path};
    }
    return out;
}

} // namespace cii
