#pragma once

#include "domain/inspection.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace cii {

// Inspections to and from files, so plans of other departments can be brought in and ours
// shared: CSV (columns below) and iCalendar (all-day VEVENTs; our own properties X-CII-* carry
// the operator's code, lead, kind and participants, and a plain calendar works too when its
// events name the operator's unified social credit code).
class InspectionTransfer
{
    Q_DECLARE_TR_FUNCTIONS(InspectionTransfer)

public:
    static QStringList csvColumns();
    // `classification` (the department's marking) heads the CSV (see Csv::write) and
    // describes the calendar, whose events are CLASS:CONFIDENTIAL.
    static QByteArray toCsv(const QVector<Inspection> &inspections,
                            const QString &classification = {});
    static QByteArray toIcs(const QVector<Inspection> &inspections, const QDateTime &stamp,
                            const QString &classification = {});

    // Reads inspections; operators are found by their code in `operatorByUscc`; events with
    // no lead get `defaultLead`. Every problem as "row N, column X: reason" (N is the CSV
    // line or the calendar's event number); nothing is returned if any.
    static Result<QVector<Inspection>> fromCsv(const QByteArray &bytes,
                                               const QHash<QString, qint64> &operatorByUscc,
                                               const QString &defaultLead);
    static Result<QVector<Inspection>> fromIcs(const QByteArray &bytes,
                                               const QHash<QString, qint64> &operatorByUscc,
                                               const QString &defaultLead);
};

} // namespace cii
