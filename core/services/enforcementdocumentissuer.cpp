#include "enforcementdocumentissuer.h"

#include "domain/enforcementarticle.h"
#include "io/officialdocument.h"
#include "io/stageddocument.h"
#include "schedule/enforcementprocedure.h"
#include "services/auditedexport.h"
#include "services/issuingdepartment.h"
#include "storage/calendarrepository.h"
#include "storage/enforcementrepository.h"
#include "storage/inspectionrepository.h"
#include "storage/noticerepository.h"
#include "storage/writetransaction.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>
#include <optional>

namespace cii {

namespace {

// 2026年11月2日: dates in the Chinese text as official documents write them.
QString zhDate(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString enDate(const QDate &d)
{
    return QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
}

} // namespace

bool EnforcementDocumentIssuer::hasDocument(const QString &stepKind)
{
    return !noticeKind(stepKind).isEmpty();
}

QString EnforcementDocumentIssuer::noticeKind(const QString &stepKind)
{
    if (stepKind == QLatin1String("order"))
        return QStringLiteral("enforcement-order");
    if (stepKind == QLatin1String("advance-notice"))
        return QStringLiteral("enforcement-notice");
    if (stepKind == QLatin1String("decision"))
        return QStringLiteral("enforcement-decision");
    return {};
}

EnforcementDocumentContent
EnforcementDocumentIssuer::content(const EnforcementCase &c, const EnforcementStep &step,
                                   const Department &own, const HolidayCalendar &calendar,
                                   const QHash<QString, QString> &details)
{
    EnforcementDocumentContent d;
    d.kind = step.kind;
    d.departmentZh = own.nameZh;
    d.departmentEn = own.nameEn;
    d.date = step.date;
    d.caseId = c.id;
    d.operatorZh = c.operatorName;
    d.operatorEn = c.operatorNameEn;
    d.operatorUscc = c.operatorUscc;
    d.article = c.article;
    // The facts as the department recorded them, in the words it typed.
    d.factsZh = c.facts;
    d.factsEn = c.facts;
    for (const QString &link : c.evidence) {
        const int before = int(d.evidenceZh.size());
        const QString kind = link.section(QLatin1Char(':'), 0, 0);
        const QString ref = link.section(QLatin1Char(':'), 1);
        if (kind == QLatin1String("finding")) {
            d.evidenceZh << QStringLiteral("检查发现的问题（第%1号）").arg(ref);
            d.evidenceEn << QStringLiteral("Inspection finding no. %1").arg(ref);
        } else if (kind == QLatin1String("incident")) {
            d.evidenceZh << QStringLiteral("网络安全事件记录（第%1号）").arg(ref);
            d.evidenceEn << QStringLiteral("Cybersecurity incident record no. %1").arg(ref);
        } else if (kind == QLatin1String("deadline")) {
            d.evidenceZh << QStringLiteral("期限记录 %1").arg(ref);
            d.evidenceEn << QStringLiteral("Deadline record %1").arg(ref);
        } else {
            d.evidenceZh << QStringLiteral("合规义务记录 %1").arg(ref);
            d.evidenceEn << QStringLiteral("Compliance duty record %1").arg(ref);
        }
        if (const QString said = details.value(link);
            !said.isEmpty() && d.evidenceZh.size() > before) {
            d.evidenceZh.last() += QStringLiteral("：") + said;
            d.evidenceEn.last() += QStringLiteral(": ") + said;
        }
    }
    const EnforcementStep *order = c.last(QStringLiteral("order"));
    const EnforcementStep *check = c.last(QStringLiteral("check"));
    const EnforcementStep *notice = c.last(QStringLiteral("advance-notice"));
    if (step.kind == QLatin1String("order")) {
        d.rectifyBy = step.rectifyBy;
        d.warning = step.warning;
    }
    if (step.kind == QLatin1String("advance-notice") || step.kind == QLatin1String("decision")) {
        d.operatorFine = step.fineOperator;
        d.personFine = step.finePerson;
        if (step.finePerson)
            d.personName = c.person;
        // Why a penalty: what the check recorded (Art. 39, 40, 42), or Art. 41's own fine.
        if (check && order && !check->rectified) {
            d.reasonsZh =
                QStringLiteral("本机关于%1责令当事人于%2前改正，经%3复查，当事人逾期未改正。")
                    .arg(zhDate(order->date), zhDate(order->rectifyBy), zhDate(check->date));
            d.reasonsEn =
                QStringLiteral("On %1 we ordered the party to rectify by %2; our check "
                               "on %3 found that it had not.")
                    .arg(enDate(order->date), enDate(order->rectifyBy), enDate(check->date));
        }
        if (check && check->harm) {
            d.reasonsZh += QStringLiteral("经%1复查，该违法行为导致危害网络安全等后果。")
                               .arg(zhDate(check->date));
            d.reasonsEn += (d.reasonsEn.isEmpty() ? QString() : QStringLiteral(" ")) +
                           QStringLiteral("Our check on %1 found that the violation caused harm "
                                          "to cybersecurity.")
                               .arg(enDate(check->date));
        }
    }
    if (step.kind == QLatin1String("advance-notice"))
        d.hearingRequestBy = EnforcementProcedure::hearingRequestDue(step.date, calendar);
    if (step.kind == QLatin1String("decision")) {
        if (notice)
            d.hearingRequestBy = EnforcementProcedure::hearingRequestDue(notice->date, calendar);
        // Only what was recorded: the hearing and the department's note on the defence.
        QStringList zh, en;
        if (step.hearingHeld && step.hearingOn.isValid()) {
            zh << QStringLiteral("本机关于%1依法举行了听证。").arg(zhDate(step.hearingOn));
            en << QStringLiteral("A hearing was held on %1.").arg(enDate(step.hearingOn));
        }
        if (!step.note.isEmpty()) {
            zh << step.note;
            en << step.note;
        }
        d.defenceZh = zh.join(QString());
        d.defenceEn = en.join(QLatin1Char(' '));
    }
    d.contactName = own.contactName;
    d.contactPhone = own.contactPhone;
    return d;
}

QHash<QString, QString> EnforcementDocumentIssuer::evidenceDetails(Database &db,
                                                                   const EnforcementCase &c)
{
    QHash<QString, QString> out;
    if (std::none_of(c.evidence.cbegin(), c.evidence.cend(),
                     [](const QString &l) { return l.startsWith(QLatin1String("finding:")); }))
        return out;
    if (Result<QVector<Finding>> findings = InspectionRepository(db).findings())
        for (const Finding &f : findings.value())
            if (c.evidence.contains(QStringLiteral("finding:%1").arg(f.id)))
                out.insert(QStringLiteral("finding:%1").arg(f.id), f.description);
    return out;
}

Status EnforcementDocumentIssuer::usable(const EnforcementCase &c, const QString &stepKind,
                                         const EnforcementDocumentRequest &request)
{
    if (!hasDocument(stepKind))
        return Error::input(tr("the step %1 has no document").arg(stepKind));
    if (!EnforcementDocument::knowsArticle(c.article))
        return Error::input(tr("the documents of %1 are not available here; record the step "
                               "without a document")
                                .arg(c.article));
    if (request.outDir.isEmpty() || !QDir().mkpath(request.outDir))
        return Error::input(tr("cannot use '%1' as the output folder").arg(request.outDir));
    return {};
}

QString EnforcementDocumentIssuer::fileName(const Notice &n, const EnforcementCase &c,
                                            const QString &stepKind, DocumentFile::Format format)
{
    return QStringLiteral("enforcement-%1-%2-case-%3-%4.%5")
        .arg(n.year)
        .arg(n.number, 3, 10, QLatin1Char('0'))
        .arg(c.id)
        .arg(stepKind,
             format == DocumentFile::Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("odt"));
}

Result<RecordedStep> EnforcementDocumentIssuer::record(Database &db, const EnforcementStep &step,
                                                       const EnforcementDocumentRequest *request)
{
    Result<HolidayCalendar> calendar = CalendarRepository(db).calendar();
    if (!calendar)
        return calendar.error();
    EnforcementRepository repo(db);
    RecordedStep out;
    if (!request) {
        Result<qint64> id = repo.addStep(step, calendar.value());
        if (!id)
            return id.error();
        out.stepId = id.value();
        return out;
    }
    // Everything that can refuse is asked before the transaction: nothing written then.
    Result<EnforcementCase> before = repo.byId(step.caseId);
    if (!before)
        return before.error();
    if (Status s = usable(before.value(), step.kind, *request); !s)
        return s.error();
    Result<Department> own = IssuingDepartment::complete(db);
    if (!own)
        return own.error();
    const QHash<QString, QString> details = evidenceDetails(db, before.value());
    std::optional<StagedDocument> staged;
    OfficialDocument::setClassification(AuditedExport::classification(db));
    Result<qint64> id = repo.addStep(
        step, calendar.value(),
        [&](WriteTransaction &tx, const EnforcementCase &c, const EnforcementStep &stored) {
            NoticeIssue issue;
            issue.kind = noticeKind(stored.kind);
            issue.operatorId = c.operatorId;
            issue.date = stored.date;
            issue.department = own.value();
            issue.enforcementStepId = stored.id;
            EnforcementCase withStep = c;
            withStep.steps << stored;
            Result<Notice> n = NoticeRepository(db).issueForEnforcementStep(
                tx, issue, [&](const Notice &notice) -> Status {
                    EnforcementDocumentContent content = EnforcementDocumentIssuer::content(
                        withStep, stored, own.value(), calendar.value(), details);
                    content.numberZh = notice.numberText(true);
                    content.numberEn = notice.numberText(false);
                    content.anchor = notice.anchor;
                    staged.emplace(
                        QDir(request->outDir)
                            .filePath(fileName(notice, c, stored.kind, request->format)));
                    auto document = EnforcementDocument::build(content, request->language);
                    return staged->write(*document, request->format,
                                         EnforcementDocument::title(stored.kind, DocLanguage::Zh));
                });
            if (!n)
                return Status(n.error());
            out.notice = n.value();
            return Status();
        });
    if (!id)
        return id.error();
    out.stepId = id.value();
    if (Status s = staged->commit(); !s)
        return s.error();
    out.path = staged->path();
    const ExportRecord record{noticeKind(step.kind), DocumentFile::formatKey(request->format),
                              out.path, 1};
    if (Status s = AuditedExport::record(db, record); !s) {
        QFile::remove(out.path);
        return s.error();
    }
    return out;
}

Result<IssuedNotice> EnforcementDocumentIssuer::issue(Database &db, qint64 stepId,
                                                      const EnforcementDocumentRequest &request)
{
    Result<HolidayCalendar> calendar = CalendarRepository(db).calendar();
    if (!calendar)
        return calendar.error();
    EnforcementRepository repo(db);
    Result<qint64> caseId = repo.caseOfStep(stepId);
    if (!caseId)
        return caseId.error();
    Result<EnforcementCase> found = repo.byId(caseId.value());
    if (!found)
        return found.error();
    EnforcementCase c = found.value();
    // The case as it was when the step was taken: later steps do not change its document.
    int at = 0;
    while (at < c.steps.size() && c.steps.at(at).id != stepId)
        ++at;
    const EnforcementStep step = c.steps.at(at);
    c.steps.resize(at + 1);
    if (Status s = usable(c, step.kind, request); !s)
        return s.error();
    Result<Department> own = IssuingDepartment::complete(db);
    if (!own)
        return own.error();
    NoticeIssue issue;
    issue.kind = noticeKind(step.kind);
    issue.operatorId = c.operatorId;
    issue.date = step.date;
    issue.department = own.value();
    issue.enforcementStepId = step.id;
    const QHash<QString, QString> details = evidenceDetails(db, c);
    std::optional<StagedDocument> staged;
    OfficialDocument::setClassification(AuditedExport::classification(db));
    Result<Notice> notice =
        NoticeRepository(db).issueForEnforcementStep(issue, [&](const Notice &n) -> Status {
            // A reprint shows what was issued: number, our name and contact, its date.
            const Department by = n.issuedBy(own.value());
            EnforcementDocumentContent content =
                EnforcementDocumentIssuer::content(c, step, by, calendar.value(), details);
            content.numberZh = n.numberText(true);
            content.numberEn = n.numberText(false);
            content.date = n.issuedOn;
            content.anchor = n.anchor;
            staged.emplace(
                QDir(request.outDir).filePath(fileName(n, c, step.kind, request.format)));
            auto document = EnforcementDocument::build(content, request.language);
            return staged->write(*document, request.format,
                                 EnforcementDocument::title(step.kind, DocLanguage::Zh));
        });
    if (!notice)
        return notice.error();
    if (Status s = staged->commit(); !s)
        return s.error();
    const ExportRecord record{issue.kind, DocumentFile::formatKey(request.format), staged->path(),
                              1};
    if (Status s = AuditedExport::record(db, record); !s) {
        QFile::remove(staged->path());
        return s.error();
    }
    return IssuedNotice{notice.value(), staged->path()};
}

} // namespace cii
