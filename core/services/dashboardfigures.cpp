#include "dashboardfigures.h"

#include "storage/caserepository.h"
#include "storage/inspectionrepository.h"

namespace cii {

DashboardFigures DashboardFigures::read(Database &db, int year, Parts parts, DashboardFigures f)
{
    f.error.clear();
    auto failed = [&](const Error &e) {
        if (f.error.isEmpty())
            f.error = e.message;
    };
    RegistryRepository registry(db);
    if (parts & Registry) {
        const qint64 values = f.registry.valuesReported;
        if (Result<RegistryStats> stats = registry.stats()) {
            f.registry = stats.value();
            parts &= ~Parts(IndicatorValues); // stats() counted them too
        } else {
            failed(stats.error());
            f.registry.valuesReported = values;
        }
    }
    if (parts & IndicatorValues) {
        if (Result<qint64> n = registry.countIndicatorValues())
            f.registry.valuesReported = n.value();
        else
            failed(n.error());
    }
    if (parts & Outcomes) {
        if (Result<QHash<QString, QHash<QString, int>>> outcomes =
                CaseRepository(db).outcomesBySector())
            f.outcomesBySector = outcomes.value();
        else
            failed(outcomes.error());
    }
    if ((parts & Inspections) || f.year != year) {
        f.year = year;
        if (Result<QMap<QString, QVector<int>>> starts =
                InspectionRepository(db).startsByMonth(year))
            f.inspectionsByLead = starts.value();
        else
            failed(starts.error());
    }
    return f;
}

} // namespace cii
