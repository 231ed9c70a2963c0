#pragma once

#include "domain/compliancefact.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVector>

namespace cii {

// Operators' compliance evidence to and from CSV: operator (its unified social credit code, or
// its id), duty (ComplianceDuty key), value, date (of the evidence, YYYY-MM-DD). The export
// adds who recorded each record and when, which the import ignores (it records anew).
class ComplianceTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceTransfer)

public:
    struct Read
    {
        QVector<ComplianceFact> facts;
        QVector<int> rows; // each fact's row in the file (the header is row 1)
    };

    static QStringList csvColumns();
    static QByteArray toCsv(const QVector<ComplianceFact> &facts,
                            const QString &classification = {});
    // Reads the rows; operators are found by code in `operatorByUscc` or by id in
    // `operatorIds`. Every problem as "row N, column X: reason"; nothing is returned if any.
    // (What each value must be is checked when the records are stored.)
    static Result<Read> fromCsv(const QByteArray &bytes,
                                const QHash<QString, qint64> &operatorByUscc,
                                const QSet<qint64> &operatorIds);
};

} // namespace cii
