#pragma once

#include "domain/compliancefact.h"
#include "result.h"
#include "schedule/compliancefacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QVector>

namespace cii {

class Database;

// Operators' compliance evidence (Art. 13–17, 19–21) and the department's renewal periods.
// Every record is a new row with its audit record; nothing is changed or deleted.
class ComplianceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceRepository)

public:
    explicit ComplianceRepository(Database &db) : m_db(db) {}

    // Records one piece of evidence; `today` bounds the evidence date (none in the future).
    // Its value is normalised (ComplianceDuty::normalised) before it is stored.
    Result<qint64> record(const ComplianceFact &fact, const QDate &today = QDate::currentDate());
    // All in one transaction, one audit record each, or none when any is rejected. Problems
    // as "row N, column X: reason", N from `rows` (parallel to `facts`: the file's rows; the
    // position from 1 when not given); a single record without rows as "column: reason".
    Result<QVector<qint64>> recordAll(const QVector<ComplianceFact> &facts,
                                      const QDate &today = QDate::currentDate(),
                                      const QVector<int> &rows = {});
    // Why the record cannot be stored, per CSV column (operator, duty, value, date); empty
    // when it can. `ciiOperators` from ciiOperators().
    static QVector<FieldError> problems(const ComplianceFact &fact, const QDate &today,
                                        const QSet<qint64> &ciiOperators);

    // Operators with a system whose decision in force is CII: those with a profile.
    Result<QSet<qint64>> ciiOperators() const;
    // An operator named by id or unified social credit code.
    Result<qint64> findOperator(const QString &idOrUscc) const;

    // One operator's records, newest first.
    Result<QVector<ComplianceFact>> history(qint64 operatorId) const;
    // The records in force (newest per operator and duty), by operator name then catalogue.
    Result<QVector<ComplianceFact>> inForce() const;
    // What the checklist is judged from.
    Result<ComplianceFacts> facts() const;

    // The department's renewal period of a duty that takes one (months, 0 for none).
    Result<QHash<QString, int>> periods() const;
    Status savePeriod(const QString &duty, int months);

private:
    Result<QVector<ComplianceFact>> read(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace cii
