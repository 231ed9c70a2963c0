#include "dashboardfigures.h"

#include "storage/caserepository.h"
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
    error = other.error;
}

} // namespace cii
