#pragma once

#include "domain/enforcementcase.h"
#include "result.h"
#include "schedule/deadlinefacts.h"
#include "schedule/holidaycalendar.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

namespace cii {

class Database;
class WriteTransaction;

// Enforcement cases (Art. 39–42), their evidence links and steps. Every write is one
// transaction with its audit record; a step is checked against the case as it is under the
// write lock (EnforcementProcedure), so two writers cannot both move a case on.
class EnforcementRepository
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementRepository)

public:
    explicit EnforcementRepository(Database &db) : m_db(db) {}

    // Opens a case; its evidence links must have been checked (EnforcementEvidence). The
    // case's own fields are checked here.
    Result<qint64> open(const EnforcementCase &c);
    // Every case (of one operator when `operatorId`), with its steps, newest first.
    Result<QVector<EnforcementCase>> list(qint64 operatorId = 0) const;
    Result<EnforcementCase> byId(qint64 id) const;
    // The dates every case waits for (EnforcementProcedure::deadlines, by `facts.calendar`)
    // into `facts.enforcementDeadlines`: what the due list shows of enforcement.
    Status addDeadlines(DeadlineFacts &facts) const;
    // The case a step belongs to.
    Result<qint64> caseOfStep(qint64 stepId) const;
    // Runs inside the step's transaction after it is stored (the step's document is numbered
    // there): when it fails the step is not recorded either.
    using WithinStep =
        std::function<Status(WriteTransaction &, const EnforcementCase &, const EnforcementStep &)>;
    // Records the next step when the procedure admits it; returns its id.
    Result<qint64> addStep(const EnforcementStep &step, const HolidayCalendar &calendar,
                           const WithinStep &within = {});
    // The operator a record linked as evidence concerns (finding: its inspection's), 0 when
    // there is no such record; an input error when the store keeps no records of `kind`.
    Result<qint64> recordOperator(const QString &kind, const QString &ref) const;

private:
    Status readSteps(QVector<EnforcementCase> &cases) const;
    Database &m_db;
};

} // namespace cii
