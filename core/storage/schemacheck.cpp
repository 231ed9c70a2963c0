#include "schemacheck.h"

#include "storage/database.h"
#include "storage/knownaudithead.h"
#include "storage/migrations.h"
#include "storage/storeerror.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <optional>

namespace cii {
namespace {

struct SchemaObject
{
    QString type;
    QString sql;
};

// type:name → definition, whitespace-normalised; SQLite's own objects left out.
Result<QMap<QString, SchemaObject>> objects(const Database &db)
{
    QMap<QString, SchemaObject> out;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT type, name, COALESCE(sql, '') FROM sqlite_master "
                               "WHERE name NOT LIKE 'sqlite_%'")))
        return StoreError::from(q.lastError(), db.location());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    while (q.next())
        out.insert(q.value(1).toString(), {q.value(0).toString(), q.value(2).toString().replace(
                                                                      space, QStringLiteral(" "))});
    if (q.lastError().isValid())
        return StoreError::from(q.lastError(), db.location());
    return out;
}

// PostgreSQL: the tables (their columns), indexes, check constraints, trigger functions and
// triggers in `schema`, from pg_catalog; the schema's name is left out of every definition.
Result<QMap<QString, SchemaObject>> postgresObjects(QSqlQuery &q, const QString &schema,
                                                    const QString &location)
{
    static const QString listing = QStringLiteral(
        "SELECT 'table', c.relname, string_agg(a.attname || ' ' || format_type(a.atttypid, "
        "a.atttypmod) || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || "
        "COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), ''), ', ' ORDER BY a.attnum) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum "
        "WHERE n.nspname = $1 AND c.relkind = 'r' GROUP BY c.relname "
        "UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = $1 "
        "UNION ALL SELECT 'constraint', c.relname || '.' || k.conname, "
        "pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND k.contype = 'c' "
        "UNION ALL SELECT 'function', p.proname, pg_get_functiondef(p.oid) FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1 AND p.prokind = 'f' "
        "UNION ALL SELECT 'trigger', t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = $1 AND NOT t.tgisinternal");
    QString sql = listing;
    QString quoted = schema;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    sql.replace(QLatin1String("$1"), QLatin1Char('\'') + quoted + QLatin1Char('\''));
    if (!q.exec(sql))
        return StoreError::from(q.lastError(), location);
    QMap<QString, SchemaObject> out;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString prefix = schema + QLatin1Char('.');
    while (q.next()) {
        QString definition = q.value(2).toString();
        definition.replace(prefix, QString());
        definition.replace(space, QStringLiteral(" "));
        out.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString(),
                   {q.value(0).toString(), definition.trimmed()});
    }
    if (q.lastError().isValid())
        return StoreError::from(q.lastError(), location);
    return out;
}

// What this build's migrations make on PostgreSQL: run into a scratch schema on the store's
// own server, listed, and rolled back (nothing stays behind).
Result<QMap<QString, SchemaObject>> postgresExpected(const Database &db)
{
    static std::optional<QMap<QString, SchemaObject>> cached;
    if (cached)
        return *cached;
    QSqlQuery q(db.connection());
    const QString scratch =
        QStringLiteral("cii_schema_check_%1").arg(QCoreApplication::applicationPid());
    auto failed = [&](const QString &what) -> Error {
        const QString why = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return Error::storage(SchemaCheck::tr("the schema of %1 could not be compared with the "
                                              "migrations' (%2: %3)")
                                  .arg(db.location(), what, why));
    };
    if (!q.exec(QStringLiteral("BEGIN READ WRITE")))
        return failed(QStringLiteral("BEGIN"));
    if (!q.exec(QStringLiteral("CREATE SCHEMA %1").arg(scratch)) ||
        !q.exec(QStringLiteral("SET LOCAL search_path TO %1").arg(scratch)))
        return failed(QStringLiteral("CREATE SCHEMA"));
    for (const Migration &m : Migrations::all()) {
        for (const QString &statement : m.statements(db.dialect())) {
            if (!q.exec(statement))
                return failed(statement.left(80));
        }
    }
    Result<QMap<QString, SchemaObject>> listed = postgresObjects(q, scratch, db.location());
    q.exec(QStringLiteral("ROLLBACK"));
    if (!listed)
        return listed.error();
    cached = listed.value();
    return *cached;
}

// The schema a new store gets from this build's migrations, made once per process.
Result<QMap<QString, SchemaObject>> expected(const Database &db)
{
    if (db.isShared())
        return postgresExpected(db);
    static std::optional<Result<QMap<QString, SchemaObject>>> cached;
    if (cached)
        return *cached;
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("reference.sqlite"));
    Database reference;
    if (Status s = reference.open(location, Database::OpenMode::CreateIfMissing); !s)
        return s.error();
    cached = objects(reference);
    // A throwaway store: leave no audit head of it in the user's settings.
    KnownAuditHead::forget(location);
    return *cached;
}

// The store's own objects.
Result<QMap<QString, SchemaObject>> present(const Database &db)
{
    if (!db.isShared())
        return objects(db);
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT current_schema()")) || !q.next())
        return StoreError::from(q.lastError(), db.location());
    const QString schema = q.value(0).toString();
    return postgresObjects(q, schema, db.location());
}

} // namespace

Result<QStringList> SchemaCheck::differences(const Database &db)
{
    if (db.schemaVersion() != Database::latestSchemaVersion())
        return QStringList{tr("the store is at schema version %1, not %2: its triggers cannot be "
                              "compared")
                               .arg(db.schemaVersion())
                               .arg(Database::latestSchemaVersion())};
    Result<QMap<QString, SchemaObject>> want = expected(db);
    if (!want)
        return want.error();
    Result<QMap<QString, SchemaObject>> have = present(db);
    if (!have)
        return have.error();
    // PostgreSQL's keys are type:name (a constraint and an index may share a name).
    auto nameOf = [](const QString &key) { return key.section(QLatin1Char(':'), -1); };
    QStringList out;
    for (auto it = want->cbegin(); it != want->cend(); ++it) {
        const auto found = have->constFind(it.key());
        if (found == have->cend())
            out << tr("%1 %2 is missing").arg(it->type, nameOf(it.key()));
        else if (found->sql != it->sql)
            out << tr("%1 %2 differs from the one the migrations created")
                       .arg(it->type, nameOf(it.key()));
    }
    for (auto it = have->cbegin(); it != have->cend(); ++it)
        if (!want->contains(it.key()))
            out << tr("%1 %2 is not part of the schema").arg(it->type, nameOf(it.key()));
    return out;
}

} // namespace cii
