#pragma once

#include "schedule/conflictdetector.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace cii {

// An inspection or monitoring of one operator (Art. 26–28), by a lead department with
// participating departments, over a window of days, covering some of its systems.
struct Inspection
{
    qint64 id = 0;
    qint64 operatorId = 0;
    QString operatorName;
    QString operatorUscc;
    QString sector;
    QString lead = QStringLiteral("own"); // department key
    QStringList participants;             // department keys, without the lead
    QVector<qint64> systems;              // sorted
    QString kind = QStringLiteral("inspection");
    QDate start;
    QDate end;
    QString team;
    QString status = QStringLiteral("planned");
    QString notes;
    qint64 mergedInto = 0; // the joint inspection this one was merged into
    bool joint = false;    // made by merging others

    // Counts for conflicts: not merged away, not cancelled.
    bool isActive() const { return mergedInto == 0 && status != QLatin1String("cancelled"); }
    InspectionWindow window() const { return {id, operatorId, start, end, systems}; }
    QJsonObject toJson() const;

    static QStringList statuses();
    static QStringList kinds();
    static QString statusName(const QString &key);
    static QString kindName(const QString &key);
};

// A security problem an inspection found, and its rectification.
struct Finding
{
    qint64 id = 0;
    qint64 inspectionId = 0;
    qint64 systemId = 0; // 0: the operator as a whole
    QString severity = QStringLiteral("medium");
    QString description;
    QDate rectificationDue;
    QString status = QStringLiteral("open");
    QDate fixedOn;
    QString operatorName; // for lists
    QJsonObject toJson() const;

    static QStringList severities();
    static QStringList statuses();
    static QString severityName(const QString &key);
    static QString statusName(const QString &key);
};

} // namespace cii
