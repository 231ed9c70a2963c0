#pragma once

#include "domain/inspection.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace cii {

class Database;
class WriteTransaction;

// Inspections by any department, joint inspections and findings (Art. 26–28).
class InspectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InspectionRepository)

public:
    explicit InspectionRepository(Database &db) : m_db(db) {}

    // Every inspection (merged and cancelled ones too), optionally of one operator and/or
    // overlapping one year, ordered by start.
    Result<QVector<Inspection>> list(qint64 operatorId = 0, int year = 0) const;
    // Lead department → inspections (active: not cancelled, not merged) starting in each
    // month (index 0 = January) of `year`, counted by the database (the dashboard); of one
    // sector's operators when `sector` is set (the sector report).
    Result<QMap<QString, QVector<int>>> startsByMonth(int year, const QString &sector = {}) const;
    // The same inspections handed over one at a time as they are read (lists of any size).
    Status forEach(qint64 operatorId, int year,
                   const std::function<void(const Inspection &)> &each) const;
    Result<Inspection> byId(qint64 id) const;
    // The active inspections of these operators: everything the conflicts of any of their
    // inspections depend on (conflicts are between inspections of one operator). Each holds
    // its id, operator (id and name), lead, kind, window and systems only.
    Result<QVector<Inspection>> activeOfOperators(const QVector<qint64> &operatorIds) const;
    // The operators with an active inspection whose window meets [from, to].
    Result<QVector<qint64>> operatorsActiveBetween(const QDate &from, const QDate &to) const;
    Result<qint64> countActive() const;
    // What the conflict detector needs of every active inspection, and nothing more.
    Result<QVector<InspectionWindow>> activeWindows() const;
    // Checks an inspection before it is stored: each problem as "field: reason".
    QStringList problems(const Inspection &inspection) const;
    Result<qint64> add(const Inspection &inspection);
    // All or nothing; each bad row reported as "row N, column X: reason" by the caller.
    Result<QVector<qint64>> addAll(const QVector<Inspection> &inspections);
    Status setStatus(qint64 id, const QString &status);
    // A joint inspection from `ids` (same operator, all active): lead as given (default the
    // first one's), participants and scope the union, the window as given (default: from the
    // earliest start to the latest end). The originals are kept and linked to it.
    Result<qint64> merge(const QVector<qint64> &ids, const QString &lead, const QDate &start,
                         const QDate &end);

    Result<QVector<Finding>> findings(qint64 inspectionId = 0) const;
    Status forEachFinding(qint64 inspectionId,
                          const std::function<void(const Finding &)> &each) const;
    Result<qint64> addFinding(const Finding &finding);
    // New status (and, when it becomes fixed, the day it was fixed) or a new due date.
    Status updateFinding(qint64 id, const QString &status, const QDate &fixedOn,
                         const QDate &rectificationDue);

private:
    // The inspections matching `where` (over `inspections i JOIN operators o`), by start,
    // with their participants and systems.
    // Inspections matching `where`, each read in one row with its participants and scope.
    Status forEachWhere(const QString &where, const QVariantList &binds,
                        const std::function<void(const Inspection &)> &each) const;
    // The ids of an inspection's systems packed in its row (`i`), and unpacked, in order.
    QString packedSystems() const;
    static QVector<qint64> unpackIds(const QString &packed);
    static Result<qint64> insert(WriteTransaction &tx, const Inspection &inspection);
    Database &m_db;
};

} // namespace cii
