#pragma once

#include "domain/identificationcase.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QVector>

#include <functional>

namespace cii {

class Database;
class WriteTransaction;

// What one system brings to an identification: its category, sector and indicator values.
struct SystemInputs
{
    qint64 systemId = 0;
    QString category;
    QString sector;
    QVector<QPair<QString, QString>> values; // indicator key, value
};

// Which systems an identification run reads: the listed ones, or every system that is not
// retired in the listed sectors (in every sector when none is listed).
struct CaseScope
{
    QVector<qint64> systemIds;
    QStringList sectors;
};

struct CaseFilter
{
    qint64 systemId = 0;
    qint64 runId = 0;
    QString status;
    QString sector;
    bool latestOnly = false; // only each system's newest case
};

// A system with its newest case and the decision in force (for the identification page).
struct SystemCaseRow
{
    qint64 systemId = 0;
    QString systemName;
    QString category;
    QString status; // the system's
    qint64 operatorId = 0;
    QString operatorNameZh;
    QString operatorNameEn;
    QString sector;
    IdentificationCase latest; // id 0 when never identified
    QString decisionInForce;   // the newest decided case's decision, empty when none
    qint64 decisionInForceCase = 0;
    int mlpsLevel = 0;
    bool nameRepeats = false; // another system of the operator has the same name
    // The name as lists show it: with the id where the operator has two of that name.
    QString listedName() const
    {
        return nameRepeats ? QStringLiteral("%1 (#%2)").arg(systemName).arg(systemId) : systemName;
    }
    // CII in force but protected below MLPS level 3: the department's follow-up.
    bool needsMlpsFollowUp() const
    {
        return decisionInForce == QLatin1String("cii") && mlpsLevel > 0 && mlpsLevel < 3;
    }
    // The newest case's outcome differs from the decision in force and awaits a decision.
    bool changedSinceDecision() const
    {
        return latest.id != 0 && !latest.isDecided() && !decisionInForce.isEmpty() &&
               latest.outcome != decisionInForce;
    }
};

// An operator's report of a major change to some of its systems (Art. 11), as a
// re-identification's notice cites it.
struct ChangeReportRef
{
    qint64 id = 0; // 0: none
    QDate receivedOn;
    QString description;
};

// Identification runs and cases (Art. 10). Cases are never rewritten: an evaluation is
// fixed when stored; the decision and the notification dates are each set once.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(Database &db) : m_db(db) {}

    Result<qint64> countInScope(const CaseScope &scope) const;
    // Inside a write: streams the systems in scope with their values, in id order, one at a
    // time (memory stays flat in the number of systems).
    static Status forEachInScope(WriteTransaction &tx, const CaseScope &scope,
                                 const std::function<Status(const SystemInputs &)> &each);
    static Result<qint64> insertRun(WriteTransaction &tx, const QString &scope);
    // Stores new cases of one run (same runId and createdAt), in one statement; ids are not
    // set.
    static Status insertCases(WriteTransaction &tx, const QVector<IdentificationCase> &cases);
    // The first and last case id of a run, inside its write.
    static Result<QPair<qint64, qint64>> runCaseRange(WriteTransaction &tx, qint64 runId);

    Result<IdentificationCase> byId(qint64 id) const;
    Result<QVector<IdentificationCase>> list(const CaseFilter &filter) const;
    // Streams the cases of a filter in id order without holding them all.
    Status forEach(const CaseFilter &filter,
                   const std::function<void(const IdentificationCase &)> &each) const;
    // The ids of a run's cases, in order (cheap: no case is read).
    Status forEachIdInRun(qint64 runId, const std::function<void(qint64)> &each) const;
    // Every system (not retired, or with a case), optionally of one sector, with its newest
    // case and the decision in force.
    Result<QVector<SystemCaseRow>> systemsWithLatest(const QString &sector = {}) const;
    // The same rows for these systems only, in the order of `systemIds` (a system gone is
    // left out); the identification list reads its rows a block at a time with this.
    Result<QVector<SystemCaseRow>> systemsWithLatest(const QVector<qint64> &systemIds) const;
    // How many systems the identification list has, are identified, await a decision and
    // changed since their decision, counted by the database.
    struct ListSummary
    {
        qint64 systems = 0;
        qint64 identified = 0;
        qint64 awaiting = 0;
        qint64 changed = 0;
    };
    Result<ListSummary> listSummary() const;

    // SQL over a system aliased `s`, shared with the lists (ListSources): its newest case's
    // column and the decision in force (read from the cases_newest index alone), and whether
    // the identification list shows it (a retired system only while it has cases).
    static QString newestCaseOf(const char *column);
    static QString decisionInForceOf();
    static QString listedSystem();
    // Sector key → how many systems have each outcome (the decision in force, else the newest
    // result, "none" when never identified), counted by the database (the dashboard).
    Result<QHash<QString, QHash<QString, int>>> outcomesBySector() const;

    // Confirms the engine's outcome (decision empty) or overrides it with a reason.
    Status decide(qint64 caseId, const QString &decision, const QString &reason);
    // The newest change report naming `systemId` received from `from` to `to` (inclusive):
    // what made a case of that system a re-identification (Art. 11).
    Result<ChangeReportRef> changeReportFor(qint64 systemId, const QDate &from,
                                            const QDate &to) const;
    // Records the day the operator ("operator") or the MPS ("mps") was notified.
    Status recordNotified(qint64 caseId, const QString &to, const QDate &date);

private:
    Result<QVector<SystemCaseRow>> systemsWithLatestWhere(const QString &condition,
                                                          const QVariantList &binds) const;
    Database &m_db;
};

} // namespace cii
