#include "storecopy.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/knownaudithead.h"
#include "storage/migrations.h"
#include "storage/storeerror.h"
#include "storage/writetransaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

namespace cii {
namespace {

constexpr qint64 ProgressEvery = 1000;

// The source's read transaction, ended however the copy ends.
class Snapshot
{
public:
    explicit Snapshot(const Database &db) : m_db(db.connection()) {}
    ~Snapshot()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;
    QSqlError begin(const SqlDialect &dialect)
    {
        QSqlQuery q(m_db);
        m_open = q.exec(dialect.beginSnapshot());
        return q.lastError();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// The rows a query gives, one list of its columns' texts each.
Result<QVector<QStringList>> readAll(QSqlQuery &q, const QString &location)
{
    QVector<QStringList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row << q.value(i).toString();
        rows << row;
    }
    if (q.lastError().isValid())
        return StoreError::from(q.lastError(), location);
    return rows;
}

Result<QVector<QStringList>> readAll(const Database &db, const QString &sql,
                                     const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return StoreError::from(q.lastError(), db.location());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return StoreError::from(q.lastError(), db.location());
    return readAll(q, db.location());
}

Result<QVector<QStringList>> readAll(WriteTransaction &tx, const QString &sql)
{
    Result<QSqlQuery *> q = tx.exec(sql);
    if (!q)
        return q.error();
    return readAll(*q.value(), QString());
}

// Parents before children: each table after the tables its foreign keys name. A cycle (none
// in this schema) is broken by name; SQLite checks its keys at commit, where it can.
QStringList parentsFirst(const QStringList &tables, const QVector<QStringList> &keys)
{
    QHash<QString, QSet<QString>> parents;
    for (const QStringList &k : keys) {
        if (k.size() == 2 && k.at(0) != k.at(1) && tables.contains(k.at(1)))
            parents[k.at(0)].insert(k.at(1));
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const QString &t : tables) {
            if (placed.contains(t))
                continue;
            bool ready = true;
            for (const QString &p : parents.value(t))
                ready = ready && placed.contains(p);
            if (ready) {
                ordered << t;
                placed.insert(t);
                progressed = true;
            }
        }
        if (!progressed) {
            for (const QString &t : tables) {
                if (!placed.contains(t)) {
                    ordered << t;
                    placed.insert(t);
                    break;
                }
            }
        }
    }
    return ordered;
}

QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    QStringList names;
    for (const QString &c : columns)
        names << SqlDialect::quoted(c);
    const QString one = QLatin1Char('(') +
                        QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(SqlDialect::quoted(table), names.join(QStringLiteral(", ")),
             QStringList(rows, one).join(QLatin1Char(',')));
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table, const QString &location)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(SqlDialect::quoted(table))) ||
        !q.next())
        return StoreError::from(q.lastError(), location);
    return q.value(0).toLongLong();
}

} // namespace

Result<StoreCopyReport> StoreCopy::copyInto(Database &source, WriteTransaction &tx,
                                            const Progress &progress)
{
    const SqlDialect &from = source.dialect();
    const SqlDialect &to = tx.dialect();
    Snapshot snapshot(source);
    if (const QSqlError e = snapshot.begin(from); e.isValid())
        return StoreError::from(e, source.location());

    // What the source holds, counted in the snapshot the rows are read from.
    Result<QVector<QStringList>> tableRows = readAll(source, from.tablesQuery());
    if (!tableRows)
        return tableRows.error();
    QStringList tables;
    for (const QStringList &row : tableRows.value())
        if (!SqlDialect::isEngineTable(row.value(0)))
            tables << row.value(0);
    if (!tables.contains(QStringLiteral("audit_log")))
        return Error::storage(tr("%1 is not a CII Workbench store").arg(source.location()));
    Result<QVector<QStringList>> keys = readAll(source, from.foreignKeysQuery());
    if (!keys)
        return keys.error();
    tables = parentsFirst(tables, keys.value());

    StoreCopyReport report;
    qint64 total = 0;
    for (const QString &t : tables) {
        Result<qint64> n = countRows(source.connection(), t, source.location());
        if (!n)
            return n.error();
        report.tables << qMakePair(t, n.value());
        total += n.value();
    }
    {
        QSqlQuery q(source.connection());
        if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
            return StoreError::from(q.lastError(), source.location());
        if (q.next()) {
            report.lastAuditId = q.value(0).toLongLong();
            report.lastAuditHash = q.value(1).toString();
        }
        for (const auto &[t, n] : std::as_const(report.tables))
            if (t == QLatin1String("audit_log"))
                report.auditRecords = n;
    }

    // The schema, as the migrations make it for the target's engine, up to the source's version.
    for (const Migration &m : Migrations::all()) {
        if (m.version > source.schemaVersion())
            break;
        for (const QString &statement : m.statements(to)) {
            if (auto r = tx.exec(statement); !r)
                return Error::storage(tr("making the schema of version %1 failed: %2")
                                          .arg(m.version)
                                          .arg(r.error().message));
        }
    }
    for (const QString &statement : to.deferForeignKeys())
        if (auto r = tx.exec(statement); !r)
            return r.error();
    Result<QVector<QStringList>> made = readAll(tx, to.tablesQuery());
    if (!made)
        return made.error();
    QSet<QString> targetTables;
    for (const QStringList &row : made.value())
        if (!SqlDialect::isEngineTable(row.value(0)))
            targetTables.insert(row.value(0));
    const QSet<QString> sourceTables(tables.cbegin(), tables.cend());
    if (targetTables != sourceTables) {
        QStringList differ;
        for (const QString &t : sourceTables - targetTables)
            differ << tr("%1 only in the source").arg(t);
        for (const QString &t : targetTables - sourceTables)
            differ << tr("%1 only in the copy").arg(t);
        differ.sort();
        return Error::storage(tr("the copy's tables differ from the source's (%1)")
                                  .arg(differ.join(QStringLiteral("; "))));
    }

    // The rows, table by table, parents first, in the order of their keys.
    qint64 done = 0;
    for (const QPair<QString, qint64> &entry : std::as_const(report.tables)) {
        // Named, not a structured binding: a lambda below captures it (C++17 forbids that).
        const QString &table = entry.first;
        const qint64 count = entry.second;
        // (An empty table is created by the schema and says nothing on the way.)
        if (progress && count > 0)
            progress(table, done, total);
        Result<QVector<QStringList>> key = readAll(source, from.primaryKeyQuery(), {table});
        if (!key)
            return key.error();
        QStringList order;
        for (const QStringList &k : key.value())
            order << SqlDialect::quoted(k.value(0));
        QSqlQuery rows(source.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1%2")
                           .arg(SqlDialect::quoted(table),
                                order.isEmpty() ? QString()
                                                : QStringLiteral(" ORDER BY ") +
                                                      order.join(QStringLiteral(", ")))))
            return StoreError::from(rows.lastError(), source.location());
        const QSqlRecord record = rows.record();
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        Result<QSqlQuery *> shape =
            tx.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(SqlDialect::quoted(table)));
        if (!shape)
            return shape.error();
        const QSqlRecord targetRecord = shape.value()->record();
        for (const QString &c : std::as_const(columns))
            if (targetRecord.indexOf(c) < 0)
                return Error::storage(tr("the copy's table %1 has no column %2").arg(table, c));
        if (targetRecord.count() != columns.size())
            return Error::storage(
                tr("the copy's table %1 has other columns than the source's").arg(table));

        const int perStatement = to.copyBatchRows(int(columns.size()));
        const QString full = insertStatement(table, columns, perStatement);
        QVariantList binds;
        binds.reserve(perStatement * columns.size());
        int pending = 0;
        qint64 copied = 0;
        auto flush = [&]() -> Status {
            if (pending == 0)
                return {};
            Result<QSqlQuery *> r = tx.exec(
                pending == perStatement ? full : insertStatement(table, columns, pending), binds);
            if (!r)
                return Error::storage(
                    tr("copying the rows of %1 failed: %2").arg(table, r.error().message));
            binds.clear();
            pending = 0;
            return {};
        };
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                binds << (rows.isNull(i) ? QVariant() : rows.value(i));
            ++copied;
            if (++pending == perStatement) {
                if (Status s = flush(); !s)
                    return s.error();
            }
            if (progress && (done + copied) % ProgressEvery == 0)
                progress(table, done + copied, total);
        }
        if (rows.lastError().isValid())
            return StoreError::from(rows.lastError(), source.location());
        if (Status s = flush(); !s)
            return s.error();
        if (copied != count)
            return Error::storage(
                tr("%1 gave %2 rows of %3 while it was copied").arg(table).arg(copied).arg(count));
        done += copied;
        report.rows += copied;
    }
    if (progress)
        progress(QString(), done, total);

    // PostgreSQL's ids continue after the largest copied.
    if (const QString serials = to.serialColumnsQuery(); !serials.isEmpty()) {
        Result<QVector<QStringList>> columns = readAll(tx, serials);
        if (!columns)
            return columns.error();
        for (const QStringList &c : columns.value()) {
            if (!sourceTables.contains(c.value(0)))
                continue;
            if (auto r = tx.exec(to.resetSequence(c.value(0), c.value(1))); !r)
                return r.error();
        }
    }
    // Counted again inside the transaction: a short copy is rolled back, never committed.
    for (const auto &[table, count] : std::as_const(report.tables)) {
        Result<qint64> n = countRows(tx.connection(), table, QString());
        if (!n)
            return n.error();
        if (n.value() != count)
            return Error::storage(tr("the copy of %1 has %2 rows, the source %3")
                                      .arg(table)
                                      .arg(n.value())
                                      .arg(count));
    }
    return report;
}

Result<StoreCopyReport> StoreCopy::copy(Database &source, Database &target,
                                        const Progress &progress, Audit audit)
{
    if (!source.isOpen() || !target.isOpen())
        return Error::storage(tr("no store is open"));
    if (target.schemaVersion() != 0)
        return Error::input(tr("%1 is a store already: a store is copied only into an empty "
                               "target; it was left untouched")
                                .arg(target.location()));
    std::optional<StoreCopyReport> report;
    Status written = target.write([&](WriteTransaction &tx) -> Status {
        Result<StoreCopyReport> r = copyInto(source, tx, progress);
        if (!r)
            return r.error();
        report = r.value();
        return {};
    });
    if (!written)
        return written.error();
    // Reopened as any reader would open it, and read back.
    const QString location = target.location();
    KnownAuditHead::forget(location);
    if (Status s = target.open(location, Database::OpenMode::Inspect); !s)
        return Error::storage(tr("the copy at %1 was written but does not open: %2")
                                  .arg(location, s.error().message));
    if (Status s = verify(target, *report, audit); !s)
        return s.error();
    report->verified = true;
    return *report;
}

Status StoreCopy::verify(const Database &target, const StoreCopyReport &expected, Audit audit)
{
    for (const auto &[table, count] : expected.tables) {
        Result<qint64> n = countRows(target.connection(), table, target.location());
        if (!n)
            return n.error();
        if (n.value() != count)
            return Error::storage(tr("the copy at %1 has %2 rows in %3, the source %4")
                                      .arg(target.location())
                                      .arg(n.value())
                                      .arg(table)
                                      .arg(count));
    }
    Result<AuditVerification> chain = AuditLog::verify(target);
    if (!chain)
        return chain.error();
    if (audit == Audit::AsItIs)
        return {};
    if (!chain->ok)
        return Error::storage(tr("the audit log of the copy at %1 is broken at record %2: %3")
                                  .arg(target.location())
                                  .arg(chain->firstBroken)
                                  .arg(chain->reason));
    Result<QVector<AuditRecord>> last = AuditLog::recent(target, 1);
    if (!last)
        return last.error();
    const QString lastHash = last->isEmpty() ? QString() : last->constFirst().hash;
    if (chain->records != expected.auditRecords || lastHash != expected.lastAuditHash)
        return Error::storage(tr("the audit log of the copy at %1 has %2 records ending in %3, "
                                 "the source's %4 ending in %5")
                                  .arg(target.location())
                                  .arg(chain->records)
                                  .arg(lastHash.left(16))
                                  .arg(expected.auditRecords)
                                  .arg(expected.lastAuditHash.left(16)));
    return {};
}

Result<StoreCopyReport> StoreCopy::replaceInto(Database &source, WriteTransaction &tx,
                                               const Progress &progress)
{
    if (tx.dialect().isSqlite())
        return Error::storage(tr("an embedded store is replaced by moving its file, not in place"));
    // What other roles (readers, other regulators) were granted on the store's tables and
    // sequences: granted again on the new ones.
    Result<QVector<QStringList>> grants = readAll(
        tx, QStringLiteral("SELECT c.relname, c.relkind, CASE WHEN a.grantee = 0 THEN 'PUBLIC' "
                           "ELSE quote_ident(r.rolname) END, a.privilege_type FROM pg_class c "
                           "CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON "
                           "r.oid = a.grantee WHERE c.relnamespace = "
                           "current_schema()::regnamespace AND a.grantee <> c.relowner AND "
                           "c.relkind IN ('r', 'S', 'v')"));
    if (!grants)
        return grants.error();
    // Everything of the store: its tables (with their sequences and triggers), the functions
    // the triggers call, and any sequence or view besides.
    const QVector<QPair<QString, QString>> drops = {
        {QStringLiteral("TABLE"),
         QStringLiteral("SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = "
                        "current_schema()::regnamespace AND relkind IN ('r', 'p')")},
        {QStringLiteral("VIEW"),
         QStringLiteral("SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = "
                        "current_schema()::regnamespace AND relkind = 'v'")},
        {QStringLiteral("SEQUENCE"),
         QStringLiteral("SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = "
                        "current_schema()::regnamespace AND relkind = 'S'")},
        {QStringLiteral("ROUTINE"),
         QStringLiteral("SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = "
                        "current_schema()::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend "
                        "d WHERE d.objid = p.oid AND d.deptype = 'e')")},
    };
    for (const auto &[kind, query] : drops) {
        Result<QVector<QStringList>> names = readAll(tx, query);
        if (!names)
            return names.error();
        QStringList list;
        for (const QStringList &n : names.value())
            list << n.value(0);
        if (list.isEmpty())
            continue;
        if (auto r = tx.exec(QStringLiteral("DROP %1 IF EXISTS %2 CASCADE")
                                 .arg(kind, list.join(QStringLiteral(", "))));
            !r)
            return Error::storage(
                tr("the store's contents could not be removed (the database user must own "
                   "them): %1")
                    .arg(r.error().message));
    }
    Result<StoreCopyReport> report = copyInto(source, tx, progress);
    if (!report)
        return report;
    Result<QVector<QStringList>> now = readAll(
        tx, QStringLiteral("SELECT relname FROM pg_class WHERE relnamespace = "
                           "current_schema()::regnamespace AND relkind IN ('r', 'S', 'v')"));
    if (!now)
        return now.error();
    QSet<QString> exists;
    for (const QStringList &n : now.value())
        exists.insert(n.value(0));
    for (const QStringList &g : grants.value()) {
        if (g.size() != 4 || !exists.contains(g.at(0)))
            continue;
        const QString on =
            g.at(1) == QLatin1String("S") ? QStringLiteral("SEQUENCE") : QStringLiteral("TABLE");
        if (auto r = tx.exec(QStringLiteral("GRANT %1 ON %2 %3 TO %4")
                                 .arg(g.at(3), on, SqlDialect::quoted(g.at(0)), g.at(2)));
            !r)
            return r.error();
    }
    return report;
}

} // namespace cii
