#pragma once

#include "domain/department.h"
#include "domain/indicator.h"
#include "domain/operatorinfo.h"
#include "domain/systeminfo.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <functional>

namespace cii {

class Database;
class WriteTransaction;

// A system together with the indicator values reported for it (imports, demo data).
struct SystemRecord
{
    SystemInfo system;
    QVector<IndicatorValue> values;
};

// Figures for the dashboard.
struct RegistryStats
{
    qint64 operators = 0;
    qint64 systems = 0;
    qint64 valuesReported = 0;
    // sector key → category key → number of systems
    QHash<QString, QHash<QString, int>> systemsBySector;
};

// Operators, systems, indicators and departments: reads, and writes through
// Database::write() so that each one is audited.
class RegistryRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegistryRepository)

public:
    explicit RegistryRepository(Database &db) : m_db(db) {}
    Database &database() const { return m_db; }

    Result<QVector<Department>> departments() const;
    // Names, document-number prefix, contact and sectors of a department (e.g. the user's
    // own, "own"); the second form inside a write another change shares (first-run setup).
    // Edits save over the version read (rowVersion); one changed meanwhile by another client
    // is not written and returns an input error carrying the EditConflict.
    Status updateDepartment(const Department &department);
    Status updateDepartment(WriteTransaction &tx, const Department &department);
    // Another inspecting body under a new key (Department::isValidKey); never an own one.
    Status addDepartment(const Department &department);
    // What a department's fields must satisfy to be stored.
    static Status checkDepartment(const Department &department);
    Result<QVector<Indicator>> indicators() const;

    Result<QVector<OperatorInfo>> operators(const QString &sector = {}) const;
    // The same operators handed over one at a time as they are read (lists of any size).
    Status forEachOperator(const QString &sector,
                           const std::function<void(const OperatorInfo &)> &each) const;
    Result<OperatorInfo> operatorById(qint64 id) const;
    Result<qint64> addOperator(const OperatorInfo &op);
    Status updateOperator(const OperatorInfo &op);
    Status deleteOperator(qint64 id);

    Result<QVector<SystemInfo>> systems(qint64 operatorId = 0, const QString &sector = {}) const;
    using SystemVisitor =
        std::function<void(const SystemInfo &, const QVector<IndicatorValue> &values)>;
    // The same systems handed over one at a time as they are read; with `withValues`, each
    // with its values (key, value) in key order, read in the same query.
    Status forEachSystem(qint64 operatorId, const QString &sector, bool withValues,
                         const SystemVisitor &each) const;
    Result<SystemInfo> systemById(qint64 id) const;
    // The ids of the operator's other systems named exactly `name` (not `except`): a second
    // system of the same name is allowed but warned about on entry.
    Result<QVector<qint64>> systemsNamed(qint64 operatorId, const QString &name,
                                         qint64 except) const;
    // SQL true when another system of the same operator as `s` has the same name: lists
    // show such names with their id, so two systems never look the same.
    static QString nameRepeatsOf();
    Result<qint64> addSystem(const SystemInfo &system);
    Status updateSystem(const SystemInfo &system);
    Status deleteSystem(qint64 id);

    Result<QVector<IndicatorValue>> indicatorValues(qint64 systemId) const;
    // Every stored value, keyed by system id (exports, lists).
    Result<QHash<qint64, QVector<IndicatorValue>>> allIndicatorValues() const;
    Status setIndicatorValue(qint64 systemId, const QString &key, const QString &rawValue,
                             const QDate &reportedOn);
    Status clearIndicatorValue(qint64 systemId, const QString &key);

    // All or nothing, one audit record per entity. Entities must already be valid.
    Result<QVector<qint64>> insertOperators(const QVector<OperatorInfo> &ops);
    Result<QVector<qint64>> insertSystems(const QVector<SystemRecord> &records);

    Result<RegistryStats> stats() const;
    Result<qint64> countOperators() const;
    Result<qint64> countSystems() const;
    Result<qint64> countIndicatorValues() const;

private:
    static Result<qint64> insertOperator(WriteTransaction &tx, const OperatorInfo &op);
    static Result<qint64> insertSystem(WriteTransaction &tx, const SystemRecord &record);
    static Status upsertValue(WriteTransaction &tx, const IndicatorValue &v);
    static Status writeSectors(WriteTransaction &tx, const Department &department);
    Result<qint64> count(const QString &table) const;
    // The columns read into an operator or a system (row_version from schema 13 on).
    QString operatorColumns() const;
    QString systemColumns() const;

    Database &m_db;
};

} // namespace cii
