#include "noticeissuer.h"

#include "io/officialdocument.h"
#include "io/stageddocument.h"

#include "domain/identificationcase.h"
#include "domain/sector.h"
#include "services/auditedexport.h"
#include "services/issuingdepartment.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"

#include <QDir>
#include <QFile>
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
    Result<Department> ownFound = IssuingDepartment::own(db);
    if (!ownFound)
        return ownFound.error();
    const Department &own = ownFound.value();
    CaseRepository cases(db);
    RuleSetRepository rulesets(db);
    NoticeRepository notices(db);
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
        // Art. 11: a decided case before this one and a change report since make this a
        // re-identification; it replaces what the earlier notices said of the system.
        CaseFilter filter;
        filter.systemId = c.systemId;
        Result<QVector<IdentificationCase>> history = cases.list(filter);
        if (!history)
            return history.error();
        const IdentificationCase *previous = nullptr;
        for (const IdentificationCase &h : history.value()) {
            if (h.id < c.id && h.isDecided() && (!previous || h.id > previous->id))
                previous = &h;
        }
        const qint64 key = request.to == QLatin1String("mps") ? 0 : c.operatorId;
        QVector<Notice> replaced;
        if (previous) {
            Result<ChangeReportRef> report =
                cases.changeReportFor(c.systemId, previous->createdAt.toLocalTime().date(),
                                      c.createdAt.toLocalTime().date());
            if (!report)
                return report.error();
            if (report.value().id) {
                e.changeReportReceived = report.value().receivedOn;
                Result<QVector<Notice>> earlier =
                    notices.earlierForSystem(request.to, key, c.systemId, c.id, 0);
                if (!earlier)
                    return earlier.error();
                replaced = earlier.value();
            }
        }
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const Group &g) { return g.operatorId == key; });
        if (it == groups.end()) {
            Group g;
            g.operatorId = key;
            g.content.kind = request.to;
            g.content.departmentZh = own.nameZh;
            g.content.departmentEn = own.nameEn;
            g.content.contactName = own.contactName;
            g.content.contactPhone = own.contactPhone;
            g.content.date = request.date;
            g.content.mpsNotified = true;
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
            it->replaced << replaced;
            // Art. 10: said to be notified only when every listed case's notification of the
            // MPS is on record by the notice's date.
            it->content.mpsNotified = it->content.mpsNotified && c.mpsNotifiedOn.isValid() &&
                                      c.mpsNotifiedOn <= request.date;
        }
    }
    if (!problems.isEmpty())
        return Error::input(problems.first(), problems);
    return groups;
}

void NoticeIssuer::nameReplaced(Group &group, qint64 noticeId)
{
    for (int i = 0; i < group.content.entries.size(); ++i) {
        NoticeEntry &e = group.content.entries[i];
        e.replacesZh.clear();
        e.replacesEn.clear();
        for (const Notice &n : group.replaced.value(i)) {
            if (noticeId && n.id >= noticeId)
                continue;
            e.replacesZh << n.numberText(true);
            e.replacesEn << n.numberText(false);
        }
    }
}

Result<QVector<NoticeContent>> NoticeIssuer::preview(Database &db, const NoticeRequest &request)
{
    Result<QVector<Group>> groups = prepare(db, request);
    if (!groups)
        return groups.error();
    QVector<NoticeContent> out;
    for (Group &g : groups.value()) {
        nameReplaced(g, 0);
        g.content.numberZh = QStringLiteral("〔%1〕　号").arg(request.date.year());
        g.content.numberEn = QStringLiteral("[%1] No. —").arg(request.date.year());
        out << g.content;
    }
    return out;
}

Result<QVector<IssuedNotice>> NoticeIssuer::issue(Database &db, const NoticeRequest &request)
{
    Result<Department> own = IssuingDepartment::complete(db);
    if (!own)
        return own.error();
    Result<QVector<Group>> groups = prepare(db, request);
    if (!groups)
        return groups.error();
    if (request.outDir.isEmpty() || !QDir().mkpath(request.outDir))
        return Error::input(tr("cannot use '%1' as the output folder").arg(request.outDir));
    QVector<NoticeIssue> issues;
    for (const Group &g : groups.value()) {
        NoticeIssue issue;
        issue.kind = request.to;
        issue.operatorId = g.operatorId;
        issue.date = request.date;
        issue.department = own.value();
        issue.caseIds = g.caseIds;
        issue.statesMpsNotified = g.content.mpsNotified;
        issue.reissue = request.reissue;
        issue.reason = request.reason;
        issues << issue;
    }
    NoticeRepository notices(db);
    std::vector<StagedDocument> staged;
    QVector<IssuedNotice> out;
    // Each document is written inside the numbering transaction (under a temporary name):
    // one that cannot be written leaves nothing numbered.
    auto render = [&](const Notice &n) -> Status {
        Group &g = groups.value()[out.size()];
        // A reprint is the notice as it was issued: its number, names, contact, date and
        // what it said of the MPS.
        g.content.numberZh = n.numberText(true);
        g.content.numberEn = n.numberText(false);
        g.content.date = n.issuedOn;
        const Department by = n.issuedBy(own.value());
        g.content.departmentZh = by.nameZh;
        g.content.departmentEn = by.nameEn;
        g.content.contactName = by.contactName;
        g.content.contactPhone = by.contactPhone;
        g.content.mpsNotified = n.statesMpsNotified;
        g.content.reissueReason = n.reissueReason;
        g.content.anchor = n.anchor;
        if (n.replacesId) {
            Result<Notice> replaced = notices.byId(n.replacesId);
            if (!replaced)
                return replaced.error();
            g.content.reissueOfZh = replaced.value().numberText(true);
            g.content.reissueOfEn = replaced.value().numberText(false);
        }
        nameReplaced(g, n.id);
        QString name = QStringLiteral("notice-%1-%2-%3")
                           .arg(n.year)
                           .arg(n.number, 3, 10, QLatin1Char('0'))
                           .arg(request.to);
        if (g.operatorId && !g.content.entries.isEmpty())
            name += QLatin1Char('-') + g.content.entries.first().operatorUscc;
        staged.emplace_back(QDir(request.outDir)
                                .filePath(name + (request.format == DocumentFile::Format::Pdf
                                                      ? QStringLiteral(".pdf")
                                                      : QStringLiteral(".odt"))));
        auto document = IdentificationNotice::build(g.content, request.language);
        if (Status s =
                staged.back().write(*document, request.format,
                                    IdentificationNotice::title(request.to, DocLanguage::Zh));
            !s)
            return s;
        out << IssuedNotice{n, staged.back().path()};
        return {};
    };
    OfficialDocument::setClassification(AuditedExport::classification(db));
    Result<QVector<Notice>> numbered = notices.issue(issues, render);
    if (!numbered)
        return numbered.error();
    for (int i = 0; i < int(staged.size()); ++i) {
        if (Status s = staged[i].commit(); !s)
            return s.error();
        // Art. 30: every file that leaves the store is an audit record.
        const ExportRecord record{QStringLiteral("notice-") + request.to,
                                  DocumentFile::formatKey(request.format), staged[i].path(),
                                  int(groups.value().at(i).content.entries.size())};
        if (Status s = AuditedExport::record(db, record); !s) {
            QFile::remove(staged[i].path());
            return s.error();
        }
    }
    return out;
}

} // namespace cii
