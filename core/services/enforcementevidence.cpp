#include "enforcementevidence.h"

#include "domain/enforcementcase.h"
#include "schedule/deadlineengine.h"
#include "storage/deadlinerepository.h"
#include "storage/enforcementrepository.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"

#include <QSet>

#include <optional>

namespace cii {

Result<QVector<EnforcementEvidence::Candidate>>
EnforcementEvidence::candidates(Database &db, qint64 operatorId, const QDate &today)
{
    QVector<Candidate> out;
    EnforcementRepository repo(db);
    Result<QVector<Finding>> findings = InspectionRepository(db).findings();
    if (!findings)
        return findings.error();
    QSet<qint64> operatorFindings;
    for (const Finding &f : findings.value()) {
        Result<qint64> owner =
            repo.recordOperator(QStringLiteral("finding"), QString::number(f.id));
        if (!owner)
            return owner.error();
        if (owner.value() != operatorId)
            continue;
        operatorFindings.insert(f.id);
        out << Candidate{QStringLiteral("finding:%1").arg(f.id),
                         tr("Finding %1 (%2, due %3): %4")
                             .arg(f.id)
                             .arg(Finding::severityName(f.severity),
                                  f.rectificationDue.toString(Qt::ISODate), f.description)};
    }
    Result<DeadlineFacts> facts = DeadlineRepository(db).facts();
    if (!facts)
        return facts.error();
    RegistryRepository registry(db);
    QSet<qint64> operatorSystems;
    if (Result<QVector<SystemInfo>> systems = registry.systems(operatorId))
        for (const SystemInfo &s : systems.value())
            operatorSystems.insert(s.id);
    QSet<qint64> operatorEvents, operatorReports;
    for (const DeadlineFacts::Event &e : facts.value().events)
        if (e.operatorId == operatorId)
            operatorEvents.insert(e.id);
    if (Result<QVector<ChangeReport>> reports = DeadlineRepository(db).changeReports())
        for (const ChangeReport &r : reports.value())
            if (r.operatorId == operatorId)
                operatorReports.insert(r.id);
    for (const DeadlineItem &item : DeadlineEngine::items(facts.value(), today)) {
        if (item.status != QLatin1String("overdue"))
            continue;
        const bool ours = (item.systemId && operatorSystems.contains(item.systemId)) ||
                          (item.subjectType == QLatin1String("finding") &&
                           operatorFindings.contains(item.subjectId)) ||
                          (item.subjectType == QLatin1String("event") &&
                           operatorEvents.contains(item.subjectId)) ||
                          (item.subjectType == QLatin1String("change-report") &&
                           operatorReports.contains(item.subjectId));
        if (ours)
            out << Candidate{QStringLiteral("deadline:%1").arg(item.uid()),
                             tr("Overdue: %1, %2 (due %3)")
                                 .arg(DeadlineEngine::kindName(item.kind), item.subject,
                                      item.due.toString(Qt::ISODate))};
    }
    return out;
}

Result<qint64> EnforcementEvidence::operatorOf(Database &db, const DeadlineItem &item)
{
    if (item.systemId) {
        Result<SystemInfo> system = RegistryRepository(db).systemById(item.systemId);
        if (!system)
            return system.error().isStorage() ? Result<qint64>(system.error()) : qint64(0);
        return system.value().operatorId;
    }
    if (item.subjectType == QLatin1String("finding"))
        return EnforcementRepository(db).recordOperator(QStringLiteral("finding"),
                                                        QString::number(item.subjectId));
    if (item.subjectType == QLatin1String("event")) {
        Result<QVector<OperatorEvent>> events = DeadlineRepository(db).events();
        if (!events)
            return events.error();
        for (const OperatorEvent &e : events.value())
            if (e.id == item.subjectId)
                return e.operatorId;
    }
    if (item.subjectType == QLatin1String("change-report")) {
        Result<QVector<ChangeReport>> reports = DeadlineRepository(db).changeReports();
        if (!reports)
            return reports.error();
        for (const ChangeReport &r : reports.value())
            if (r.id == item.subjectId)
                return r.operatorId;
    }
    return qint64(0);
}

Result<QStringList> EnforcementEvidence::check(Database &db, qint64 operatorId,
                                               const QStringList &links, const QDate &today)
{
    QStringList out;
    QStringList problems;
    std::optional<QSet<QString>> deadlineUids; // read once, when a deadline is linked
    EnforcementRepository repo(db);
    int n = 0;
    for (const QString &raw : links) {
        ++n;
        const QString link = raw.trimmed();
        if (link.isEmpty() || out.contains(link))
            continue;
        const QString kind = link.section(QLatin1Char(':'), 0, 0);
        const QString ref = link.section(QLatin1Char(':'), 1);
        auto problem = [&](const QString &why) {
            problems << tr("evidence %1 (%2): %3").arg(n).arg(link, why);
        };
        if (!link.contains(QLatin1Char(':')) || ref.isEmpty() ||
            !EnforcementCase::evidenceKinds().contains(kind)) {
            problem(tr("write KIND:ID with KIND one of %1")
                        .arg(EnforcementCase::evidenceKinds().join(QStringLiteral(", "))));
            continue;
        }
        if (kind == QLatin1String("deadline")) {
            if (!deadlineUids) {
                Result<DeadlineFacts> facts = DeadlineRepository(db).facts();
                if (!facts)
                    return facts.error();
                deadlineUids.emplace();
                for (const DeadlineItem &item : DeadlineEngine::items(facts.value(), today))
                    deadlineUids->insert(item.uid());
            }
            if (!deadlineUids->contains(ref))
                problem(tr("no deadline item has this UID"));
            else
                out << link;
            continue;
        }
        bool isNumber = false;
        const qint64 id = ref.toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            problem(tr("the ID of a %1 is a number").arg(kind));
            continue;
        }
        Result<qint64> owner = repo.recordOperator(kind, ref);
        if (!owner) {
            if (owner.error().isStorage())
                return owner.error();
            problem(owner.error().message);
            continue;
        }
        if (owner.value() == 0)
            problem(tr("no such record"));
        else if (owner.value() != operatorId)
            problem(tr("the record concerns another operator (id %1)").arg(owner.value()));
        else
            out << link;
    }
    if (!problems.isEmpty())
        return Error::input(tr("the evidence names records that are not there"), problems);
    return out;
}

} // namespace cii
