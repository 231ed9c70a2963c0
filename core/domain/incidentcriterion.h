#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cii {

// One criterion of the grading guide (网络安全事件分级指南, the annex of the 2025 Reporting
// Measures) as data: "fact op threshold" establishes `grade`. Shipped in
// resources/incidents/grading-guide-2025.json and copied into the store, where the
// department confirms or edits it (audited). A criterion whose figure the reference could
// not confirm (未核实) ships disabled and never counts until the department enables it.
struct IncidentCriterion
{
    qint64 id = 0;
    QString key;   // stable: e.g. "em-cii-outage"
    QString grade; // especially-major | major | large
    QString fact;  // e.g. cii-outage-hours; a qualitative criterion reads a boolean fact
    // The comparison as the guide words it: >= for 以上 (the guide: 以上 includes the
    // number), > for 超过; "is" for a qualitative criterion (threshold "true").
    QString op = QStringLiteral(">=");
    QString threshold; // a decimal number as text; empty while the figure is unknown
    QString unit;      // hours | minutes | percent | people | records | yuan | times | ""
    QString textZh;
    QString textEn;
    QString source =
        QStringLiteral("unconfirmed"); // confirmed | secondary | unconfirmed | department
    QString reference;                 // where in the guide / reference it comes from
    bool enabled = false;
    int sortOrder = 0;

    bool qualitative() const { return op == QLatin1String("is"); }
    QJsonObject toJson() const;
    // The criteria file's entry; every problem as "criteria[N].field: reason".
    static Result<IncidentCriterion> fromJson(const QJsonObject &o, int index);
    // Why the criterion cannot be stored (or enabled), or an empty string.
    QString problem() const;

    static QStringList ops();     // >= > is
    static QStringList sources(); // confirmed secondary unconfirmed department
    static QStringList units();
    static QString sourceName(const QString &key);

    // The shipped guide (the resource), in file order.
    static Result<QVector<IncidentCriterion>> shipped();
    static Result<QVector<IncidentCriterion>> parseFile(const QByteArray &json);

    Q_DECLARE_TR_FUNCTIONS(IncidentCriterion)
};

} // namespace cii
