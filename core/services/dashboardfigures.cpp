#include "dashboardfigures.h"

#include "domain/chinatime.h"
#include "services/compliancegaps.h"
#include "storage/caserepository.h"
#include "storage/enforcementrepository.h"
#include "storage/incidentrepository.h"
#include "storage/inspectionrepository.h"

namespace cii {

DashboardFigures DashboardFigures::read(Database &db, int year, Parts parts, const QString &sector)
{
    DashboardFigures f;
    f.year = year;
    auto failed = [&](const Error &e) {
        if (f.error.isEmpty())
            f.error = e.message;
    };
    RegistryRepository registry(db);
    if (parts & Counts) {
        Result<qint64> operators = registry.countOperators();
        Result<qint64> systems = registry.countSystems();
        if (operators && systems) {
            f.registry.operators = operators.value();
            f.registry.systems = systems.value();
        } else {
            failed(!operators ? operators.error() : systems.error());
        }
    }
    if (parts & IndicatorValues) {
        if (Result<qint64> n = registry.countIndicatorValues())
            f.registry.valuesReported = n.value();
        else
            failed(n.error());
    }
    if (parts & Registry) {
        if (Result<RegistryStats> stats = registry.stats())
            f.registry.systemsBySector = stats.value().systemsBySector;
        else
            failed(stats.error());
    }
    if (parts & Outcomes) {
        if (Result<QHash<QString, QHash<QString, int>>> outcomes =
                CaseRepository(db).outcomesBySector())
            f.outcomesBySector = outcomes.value();
        else
            failed(outcomes.error());
    }
    if (parts & Inspections) {
        if (Result<QMap<QString, QVector<int>>> starts =
                InspectionRepository(db).startsByMonth(year, sector))
            f.inspectionsByLead = starts.value();
        else
            failed(starts.error());
    }
    if (parts & Oversight) {
        IncidentRepository incidents(db);
        if (Result<QVector<Incident>> open = incidents.list(true)) {
            for (const Incident &i : open.value())
                ++f.openIncidentsByGrade[i.grade()];
        } else {
            failed(open.error());
        }
        if (Result<QVector<OnwardReportDue>> due = incidents.onwardReportsDue())
            f.onwardReportsDue = int(due.value().size());
        else
            failed(due.error());
        const QDate today = ChinaTime::localDate(QDateTime::currentDateTimeUtc());
        if (Result<QVector<DutyGap>> gaps = ComplianceGaps::byDuty(db, today))
            f.complianceGaps = gaps.value();
        else
            failed(gaps.error());
        if (Result<QVector<EnforcementCase>> cases = EnforcementRepository(db).list()) {
            for (const EnforcementCase &c : cases.value())
                ++f.enforcementByStep[c.step()];
        } else {
            failed(cases.error());
        }
    }
    return f;
}

void DashboardFigures::take(const DashboardFigures &other, Parts parts)
{
    if (parts & Counts) {
        registry.operators = other.registry.operators;
        registry.systems = other.registry.systems;
    }
    if (parts & IndicatorValues)
        registry.valuesReported = other.registry.valuesReported;
    if (parts & Registry)
        registry.systemsBySector = other.registry.systemsBySector;
    if (parts & Outcomes)
        outcomesBySector = other.outcomesBySector;
    if (parts & Inspections) {
        inspectionsByLead = other.inspectionsByLead;
        year = other.year;
    }
    if (parts & Oversight) {
        openIncidentsByGrade = other.openIncidentsByGrade;
        onwardReportsDue = other.onwardReportsDue;
        complianceGaps = other.complianceGaps;
        enforcementByStep = other.enforcementByStep;
    }
    error = other.error;
}

} // namespace cii
