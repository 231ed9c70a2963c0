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
    // A placeholder for a 64-bit integer where nothing else gives the value its type (a row
    // of VALUES in FROM): PostgreSQL reads an untyped parameter there as text.
    QString bigintParameter() const;
    // Whether a forward-only query may stay open while the same connection runs other
    // statements (identification streams the systems while it inserts their cases). QPSQL's
    // forward-only mode reads the rows as they come and loses them to the next statement, so
    // on PostgreSQL such a query reads its whole result first.
    bool streamsBesideOtherStatements() const { return isSqlite(); }

private:
    Kind m_kind;
};

} // namespace cii
