#pragma once

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
        Registry = 0x1,        // operators, systems, systems by sector and category
        IndicatorValues = 0x2, // how many values are reported
        Outcomes = 0x4,
        Inspections = 0x8,
        All = 0xf
    };
    Q_DECLARE_FLAGS(Parts, Part)

    RegistryStats registry;
    QHash<QString, QHash<QString, int>> outcomesBySector; // sector → outcome|"none" → systems
    int year = 0;
    QMap<QString, QVector<int>> inspectionsByLead; // lead → 12 months
    QString error;                                 // empty when every part asked for was read

    // `previous` with `parts` read again for `year`.
    static DashboardFigures read(Database &db, int year, Parts parts, DashboardFigures previous);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DashboardFigures::Parts)

} // namespace cii
