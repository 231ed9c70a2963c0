#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

namespace cii {

// Everything that differs between the embedded SQLite store and a shared PostgreSQL store.
// The rest of the SQL in core/storage is written once, in the subset both understand
// (RETURNING, ON CONFLICT … DO UPDATE, TEXT dates, INTEGER booleans).
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite) : m_kind(kind) {}
    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    QString driverName() const;

    // Expands the placeholders used in migrations: {pk} an auto-increment primary key,
    // {bigint} a 64-bit integer, {blob} binary data.
    QString ddl(QString statement) const;
    // Starts a write transaction that holds the write lock from its first statement, so
    // that two processes (or workstations) appending to the audit chain, or numbering
    // notices, are serialised: SQLite's IMMEDIATE lock, or on PostgreSQL one transaction-level
    // advisory lock every writer takes first (readers are never blocked).
    QStringList beginWrite() const;
    // Statements that make a table append-only (refuse UPDATE and DELETE).
    QStringList appendOnlyTriggers(const QString &table) const;
    // A trigger named `name` that aborts an UPDATE or DELETE (`event`) on `table` when
    // `condition` (over OLD and NEW) holds, with `message`.
    QStringList rowGuard(const QString &name, const QString &table, const QString &event,
                         const QString &condition, const QString &message) const;
    // The aggregate joining `expression` over a group's rows, separated by the character
    // with code `separator`.
    QString groupConcat(const QString &expression, int separator) const;
    // "`expression` contains the bound lower-case text" (case-insensitive for Latin letters).
    QString containsLower(const QString &expression) const;
    // The aggregate building one JSON object {key: value, …} of a group's rows (text values).
    QString jsonObjectAgg(const QString &key, const QString &value) const;
    // "a equals b, NULLs equal" in this dialect.
    QString nullSafeEquals(const QString &a, const QString &b) const;
    // "`expression` is one of a list of ids" with one placeholder, bound to idList(ids):
    // the driver looks each placeholder up by a linear search, so thousands of them cost
    // quadratic time (a third of a second for 4,500 ids).
    QString inIdList(const QString &expression) const;
    QVariant idList(const QVector<qint64> &ids) const;

    // For copying a whole store (StoreCopy):
    // Starts a read-only transaction that sees one snapshot of the store.
    QString beginSnapshot() const;
    // The store's tables, one name a row (SQLite's own and the search index included; see
    // isEngineTable).
    QString tablesQuery() const;
    // Tables only this engine has, which a copy skips: SQLite's own (sqlite_*) and the
    // systems' search index (system_search and its FTS tables), which the target's triggers
    // fill on SQLite and PostgreSQL does without.
    static bool isEngineTable(const QString &table);
    // Rows (table, referenced table), one per foreign key.
    QString foreignKeysQuery() const;
    // The primary key's columns of the table bound to its one placeholder, in key order.
    QString primaryKeyQuery() const;
    // Rows (table, column) of the columns numbered by a sequence (PostgreSQL's {pk}; empty on
    // SQLite, where an AUTOINCREMENT counter follows the ids inserted).
    QString serialColumnsQuery() const;
    // Sets the sequence of `column` of `table` to the largest id there.
    QString resetSequence(const QString &table, const QString &column) const;
    // Statements that let foreign keys be checked at commit, where the engine can.
    QStringList deferForeignKeys() const;
    // How many rows one INSERT of a copy carries: one on SQLite (no round trips), many on
    // PostgreSQL, where each statement is one.
    int copyBatchRows(int columns) const;
    static QString quoted(const QString &identifier);
    // A placeholder whose type PostgreSQL cannot infer from where it stands (a select list,
    // VALUES, a comparison with another placeholder): "CAST(? AS type)" there, a plain "?" in
    // SQLite (which needs no types, and whose bulk inserts stay as fast as they were).
    QString typedParameter(const QString &type) const;
    // What follows "FROM (VALUES …)": PostgreSQL wants the derived table named; its columns
    // keep the names column1, column2 … that SQLite gives them too.
    QString valuesAlias() const;
    // "ORDER BY `expression`" with NULLs first, as SQLite sorts them ascending (PostgreSQL
    // sorts them last): for lists whose order depends on it.
    QString ascendingNullsFirst(const QString &expression) const;
    QString descendingNullsLast(const QString &expression) const;

private:
    Kind m_kind;
};

} // namespace cii
