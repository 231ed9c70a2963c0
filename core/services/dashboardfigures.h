#pragma once

#include "schedule/compliancechecklist.h"
#include "storage/registryrepository.h"

#include <QFlags>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

namespace cii {

class Database;

// What the dashboard shows, every figure counted by the database (GROUP BY), never by
// reading the rows: the registry totals and systems by sector and category, the outcomes by
// sector, and the inspections of a year by month and lead department. After an edit only
// the parts it can change are read again.
struct DashboardFigures
{
    enum Part {
        Counts = 0x10,         // how many operators and systems (the tiles)
        IndicatorValues = 0x2, // how many values are reported (a tile)
        Registry = 0x1,        // systems by sector and category (a chart)
        Outcomes = 0x4,        // (a chart)
        Inspections = 0x8,     // (a chart)
        Oversight = 0x20,      // incidents, compliance gaps, enforcement cases (charts, a tile)
        Tiles = Counts | IndicatorValues,
        Charts = Registry | Outcomes | Inspections | Oversight,
        All = Tiles | Charts
    };
    Q_DECLARE_FLAGS(Parts, Part)

    RegistryStats registry;
    QHash<QString, QHash<QString, int>> outcomesBySector; // sector → outcome|"none" → systems
    int year = 0;
    QMap<QString, QVector<int>> inspectionsByLead; // lead → 12 months
    // Open incidents by the grade in force ("" while ungraded), the onward reports to the CAC
    // and the MPS due now (2025 reporting measures Art. 4), the operators missing or overdue on
    // each Art. 13–21 duty, and the enforcement cases by their newest step (Art. 39–42).
    QMap<QString, int> openIncidentsByGrade;
    int onwardReportsDue = 0;
    QVector<DutyGap> complianceGaps;
    QMap<QString, int> enforcementByStep;
    QString error; // empty when every part asked for was read

    // The figures of `parts` (the others left empty), inspections for `year` (of one sector's
    // operators when `sector` is set: the sector report shows the dashboard's figures for it).
    static DashboardFigures read(Database &db, int year, Parts parts, const QString &sector = {});
    // Takes the figures of `parts` from `other`.
    void take(const DashboardFigures &other, Parts parts);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DashboardFigures::Parts)

} // namespace cii
