#include "incidentreportissuer.h"

#include "domain/chinatime.h"
#include "domain/sector.h"
#include "io/officialdocument.h"
#include "io/stageddocument.h"
#include "services/auditedexport.h"
#include "services/issuingdepartment.h"
#include "storage/auditlog.h"
#include "storage/incidentrepository.h"
#include "storage/registryrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTextDocument>

#include <optional>

namespace cii {
namespace {

// The incident types in the documents' two languages (document wording is held as zh/en
// pairs, independent of the UI's language).
QString typeIn(const QString &key, bool chinese)
{
    static const QHash<QString, QPair<QString, QString>> names = {
        {QStringLiteral("malware"), {QStringLiteral("恶意程序"), QStringLiteral("Malware")}},
        {QStringLiteral("ransomware"),
         {QStringLiteral("勒索软件攻击"), QStringLiteral("Ransomware")}},
        {QStringLiteral("intrusion"), {QStringLiteral("网络入侵"), QStringLiteral("Intrusion")}},
        {QStringLiteral("data-leak"), {QStringLiteral("数据泄露"), QStringLiteral("Data leak")}},
        {QStringLiteral("defacement"),
         {QStringLiteral("网页篡改"), QStringLiteral("Website defacement")}},
        {QStringLiteral("ddos"),
         {QStringLiteral("拒绝服务攻击"), QStringLiteral("Denial of service")}},
        {QStringLiteral("outage"),
         {QStringLiteral("设备设施故障"), QStringLiteral("Outage or failure")}},
        {QStringLiteral("other"), {QStringLiteral("其他"), QStringLiteral("Other")}},
    };
    const auto it = names.constFind(key);
    if (it == names.cend())
        return key;
    return chinese ? it->first : it->second;
}

// The earlier reports a follow-up or summary lists, by what the timeline recorded as
// received from the operator or sent by the department.
QString recordKind(const IncidentReport &r)
{
    if (r.kind == QLatin1String("operator-report") && r.action == QLatin1String("received"))
        return QStringLiteral("operator-report");
    if (r.action != QLatin1String("sent"))
        return {};
    if (r.kind == QLatin1String("onward-report"))
        return QStringLiteral("cac-mps");
    if (r.kind == QLatin1String("follow-up"))
        return QStringLiteral("followup");
    if (r.kind == QLatin1String("summary-report"))
        return QStringLiteral("summary");
    return {};
}

QString fileSlug(const QString &kind)
{
    return kind == QLatin1String("cac-mps") ? QStringLiteral("onward") : kind;
}

} // namespace

QStringList IncidentReportIssuer::kinds()
{
    return {QStringLiteral("cac-mps"), QStringLiteral("followup"), QStringLiteral("summary")};
}

QString IncidentReportIssuer::timelineKind(const QString &kind)
{
    if (kind == QLatin1String("cac-mps"))
        return QStringLiteral("onward-report");
    if (kind == QLatin1String("followup"))
        return QStringLiteral("follow-up");
    if (kind == QLatin1String("summary"))
        return QStringLiteral("summary-report");
    return {};
}

Result<IncidentReportContent> IncidentReportIssuer::preview(Database &db, qint64 incidentId,
                                                            const QString &kind,
                                                            const QDateTime &at,
                                                            const QString &newSince)
{
    if (timelineKind(kind).isEmpty())
        return Error::input(tr("report: one of %1").arg(kinds().join(QStringLiteral(", "))));
    Result<Incident> found = IncidentRepository(db).byId(incidentId);
    if (!found)
        return found.error();
    const Incident &i = found.value();
    // Reporting Measures Art. 4: the department reports on to the CAC and the MPS only a
    // major or especially major incident (an ungraded one may be reported while it is graded:
    // its half hour runs from receipt).
    if (kind == QLatin1String("cac-mps") && !i.needsOnwardReport())
        return Error::input(tr("incident %1 is graded %2: only major and especially major "
                               "incidents are reported to the CAC and the MPS")
                                .arg(incidentId)
                                .arg(Incident::gradeName(i.grade())));
    if (kind == QLatin1String("followup") && !i.reportable())
        return Error::input(tr("incident %1 is graded %2: a general incident is not reported")
                                .arg(incidentId)
                                .arg(Incident::gradeName(i.grade())));
    // Art. 8: the summary follows the end of handling.
    if (kind == QLatin1String("summary") && !i.handlingEnded.isValid())
        return Error::input(
            tr("incident %1 is still being handled: the summary report follows its close")
                .arg(incidentId));
    Result<Department> own = IssuingDepartment::own(db);
    if (!own)
        return own.error();
    RegistryRepository registry(db);
    Result<OperatorInfo> op = registry.operatorById(i.operatorId);
    if (!op)
        return op.error();
    const QDateTime when = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();

    IncidentReportContent c;
    c.kind = kind;
    c.departmentZh = own->nameZh;
    c.departmentEn = own->nameEn;
    c.date = ChinaTime::localDate(when);
    c.reportAt = when;
    c.incidentId = i.id;
    c.operatorZh = op->nameZh;
    c.operatorEn = op->nameEn;
    c.operatorUscc = op->uscc;
    if (const Sector *s = Sector::find(op->sector)) {
        c.sectorZh = s->nameZh;
        c.sectorEn = s->nameEn;
    }
    for (qint64 s : i.systems)
        if (Result<SystemInfo> system = registry.systemById(s))
            c.systems << system->name;
    // Free text is printed as the department recorded it, in whichever language that was:
    // the document shows it in both (an English field left empty falls back to it).
    c.unitOverviewZh = i.narrative.unitOverview;
    c.type = i.type;
    c.typeZh = typeIn(i.type, true);
    c.typeEn = typeIn(i.type, false);
    c.grade = i.grade();
    if (!i.decidedGrade.isEmpty() && !i.proposedGrade.isEmpty() &&
        i.decidedGrade != i.proposedGrade) {
        c.proposedGrade = i.proposedGrade;
        c.gradeReasonZh = i.gradeReason;
    }
    c.occurredAt = i.occurred;
    c.discoveredAt = i.discovered;
    c.receivedAt = i.received;
    c.placeZh = i.place;
    c.descriptionZh = i.description;
    c.impactZh = i.narrative.impact;
    c.measuresZh = i.narrative.measures;
    c.nextStepsZh = i.narrative.nextSteps;
    c.supportZh = i.narrative.supportRequested;
    int followUps = 0;
    for (const IncidentReport &r : i.timeline) {
        if (r.at > when)
            continue;
        const QString k = recordKind(r);
        if (k.isEmpty())
            continue;
        if (k == QLatin1String("followup"))
            ++followUps;
        c.earlier << IncidentReportRecord{k, r.at, {}, {}};
    }
    if (kind == QLatin1String("followup")) {
        c.followupNumber = followUps + 1;
        c.newSinceZh = newSince.trimmed();
    }
    if (kind == QLatin1String("summary")) {
        c.handlingEndedAt = i.handlingEnded;
        c.causeZh = i.narrative.cause;
        c.accountabilityZh = i.narrative.accountability;
        c.rectificationZh = i.narrative.rectification;
        c.lessonsZh = i.narrative.lessons;
    }
    c.contactName = own->contactName;
    c.contactPhone = own->contactPhone;
    return c;
}

Result<IssuedIncidentReport>
IncidentReportIssuer::issue(Database &db, qint64 incidentId, const QString &kind,
                            DocumentFile::Format format, DocLanguage language,
                            const QString &outDir, const QDateTime &at, const QString &newSince)
{
    const QDateTime when = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    Result<IncidentReportContent> prepared = preview(db, incidentId, kind, when, newSince);
    if (!prepared)
        return prepared.error();
    IncidentReportContent c = prepared.value();
    if (outDir.isEmpty() || !QDir().mkpath(outDir))
        return Error::input(tr("cannot use '%1' as the output folder").arg(outDir));
    // The audit chain's head when the document is made: anyone can later check that the
    // record it was made from is unchanged.
    Result<QVector<AuditRecord>> head = AuditLog::recent(db, 1);
    if (!head)
        return head.error();
    if (!head->isEmpty())
        c.anchor = AuditLog::anchor(head->first().id, head->first().hash);
    const QString lang = language.value() == DocLanguage::Zh   ? QStringLiteral("zh")
                         : language.value() == DocLanguage::En ? QStringLiteral("en")
                                                               : QStringLiteral("bilingual");
    // One file per report, language and minute: a second issue in the same minute and
    // language replaces the first (the timeline keeps both).
    const QString path = QDir(outDir).filePath(
        QStringLiteral("incident-%1-%2-%3-%4.%5")
            .arg(incidentId)
            .arg(fileSlug(kind), lang)
            .arg(when.toTimeZone(ChinaTime::zone()).toString(QStringLiteral("yyyyMMdd-HHmm")))
            .arg(DocumentFile::formatKey(format)));
    // Written under a temporary name first, put in place once the timeline holds the issue.
    StagedDocument staged(path);
    OfficialDocument::setClassification(AuditedExport::classification(db));
    auto document = IncidentReportDocument::build(c, language);
    if (Status s =
            staged.write(*document, format, IncidentReportDocument::title(c, DocLanguage::Zh));
        !s)
        return s.error();
    IncidentReport entry;
    entry.incidentId = incidentId;
    entry.kind = timelineKind(kind);
    entry.action = QStringLiteral("issued");
    entry.at = when;
    entry.note = QStringLiteral("%1 (%2, %3)")
                     .arg(QFileInfo(path).fileName(), DocumentFile::formatKey(format), lang);
    Result<qint64> recorded = IncidentRepository(db).recordReport(entry, when);
    if (!recorded)
        return recorded.error();
    if (Status s = staged.commit(); !s)
        return s.error();
    return IssuedIncidentReport{recorded.value(), path};
}

Result<qint64> IncidentReportIssuer::markSent(Database &db, qint64 incidentId, const QString &kind,
                                              const QDateTime &sentAt, const QString &party,
                                              const QDateTime &now)
{
    const QString timeline = timelineKind(kind);
    if (timeline.isEmpty())
        return Error::input(tr("report: one of %1").arg(kinds().join(QStringLiteral(", "))));
    // The same refusals as the document: no onward report of a large incident is "sent".
    if (Result<IncidentReportContent> c = preview(db, incidentId, kind, sentAt); !c)
        return c.error();
    IncidentReport entry;
    entry.incidentId = incidentId;
    entry.kind = timeline;
    entry.action = QStringLiteral("sent");
    entry.at = sentAt;
    // Art. 4: the onward report goes to the national cyberspace department and the
    // State Council's public security department.
    entry.party = party.trimmed().isEmpty() && kind == QLatin1String("cac-mps")
                      ? QStringLiteral("国家网信部门、国务院公安部门")
                      : party.trimmed();
    return IncidentRepository(db).recordReport(entry, now);
}

} // namespace cii
