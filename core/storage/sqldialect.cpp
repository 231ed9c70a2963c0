#include "sqldialect.h"

#include <QStringList>

namespace cii {

QString SqlDialect::driverName() const
{
    return isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::ddl(QString statement) const
{
    if (isSqlite()) {
        statement.replace(QLatin1String("{pk}"),
                          QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        statement.replace(QLatin1String("{bigint}"), QLatin1String("INTEGER"));
        statement.replace(QLatin1String("{blob}"), QLatin1String("BLOB"));
    } else {
        statement.replace(QLatin1String("{pk}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        statement.replace(QLatin1String("{bigint}"), QLatin1String("BIGINT"));
        statement.replace(QLatin1String("{blob}"), QLatin1String("BYTEA"));
    }
    return statement;
}

QStringList SqlDialect::beginWrite() const
{
    if (isSqlite())
        return {QStringLiteral("BEGIN IMMEDIATE")};
    // 745: the regulations' decree number, as the lock's key. A writer waits at most a minute
    // for another's transaction (a 100,000-system identification takes seconds).
    return {QStringLiteral("BEGIN"), QStringLiteral("SET LOCAL lock_timeout = '60s'"),
            QStringLiteral("SELECT pg_advisory_xact_lock(745)")};
}

QStringList SqlDialect::appendOnlyTriggers(const QString &table) const
{
    const QString message = QStringLiteral("%1 is append-only").arg(table);
    return rowGuard(table + QStringLiteral("_no_update"), table, QStringLiteral("UPDATE"),
                    QStringLiteral("1 = 1"), message) +
           rowGuard(table + QStringLiteral("_no_delete"), table, QStringLiteral("DELETE"),
                    QStringLiteral("1 = 1"), message);
}

QStringList SqlDialect::rowGuard(const QString &name, const QString &table, const QString &event,
                                 const QString &condition, const QString &message) const
{
    if (isSqlite()) {
        return {QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW WHEN %4 "
                               "BEGIN SELECT RAISE(ABORT, '%5'); END")
                    .arg(name, event, table, condition, message)};
    }
    const QString returned =
        event == QLatin1String("DELETE") ? QStringLiteral("OLD") : QStringLiteral("NEW");
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger AS $$ BEGIN "
                       "IF %2 THEN RAISE EXCEPTION '%3'; END IF; RETURN %4; END $$ "
                       "LANGUAGE plpgsql")
            .arg(name, condition, message, returned),
        QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()")
            .arg(name, event, table),
    };
}

QString SqlDialect::groupConcat(const QString &expression, int separator) const
{
    return isSqlite() ? QStringLiteral("group_concat(%1, char(%2))").arg(expression).arg(separator)
                      : QStringLiteral("string_agg(%1, chr(%2))").arg(expression).arg(separator);
}

QString SqlDialect::containsLower(const QString &expression) const
{
    return (isSqlite() ? QStringLiteral("instr(lower(%1), ?) > 0")
                       : QStringLiteral("strpos(lower(%1), ?) > 0"))
        .arg(expression);
}

QString SqlDialect::jsonObjectAgg(const QString &key, const QString &value) const
{
    return isSqlite() ? QStringLiteral("json_group_object(%1, CAST(%2 AS TEXT))").arg(key, value)
                      : QStringLiteral("json_object_agg(%1, CAST(%2 AS TEXT))").arg(key, value);
}

QString SqlDialect::nullSafeEquals(const QString &a, const QString &b) const
{
    return isSqlite() ? QStringLiteral("%1 IS %2").arg(a, b)
                      : QStringLiteral("%1 IS NOT DISTINCT FROM %2").arg(a, b);
}

QString SqlDialect::inIdList(const QString &expression) const
{
    return (isSqlite() ? QStringLiteral("%1 IN (SELECT value FROM json_each(?))")
                       : QStringLiteral("%1 = ANY(CAST(? AS bigint[]))"))
        .arg(expression);
}

QVariant SqlDialect::idList(const QVector<qint64> &ids) const
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    const QString joined = numbers.join(QLatin1Char(','));
    return isSqlite() ? QLatin1Char('[') + joined + QLatin1Char(']')
                      : QLatin1Char('{') + joined + QLatin1Char('}');
}

QString SqlDialect::beginSnapshot() const
{
    // SQLite: a read transaction reads one snapshot of the write-ahead log.
    return isSqlite() ? QStringLiteral("BEGIN")
                      : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString SqlDialect::tablesQuery() const
{
    return isSqlite() ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "ORDER BY name")
                      // pg_catalog, not information_schema: that one lists only the tables
                      // the user has rights on, so a store it may not read looked empty.
                      : QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n "
                                       "ON n.oid = c.relnamespace WHERE n.nspname = "
                                       "current_schema() AND c.relkind IN ('r', 'p') "
                                       "ORDER BY c.relname");
}

bool SqlDialect::isEngineTable(const QString &table)
{
    return table.startsWith(QLatin1String("sqlite_")) || table == QLatin1String("system_search") ||
           table.startsWith(QLatin1String("system_search_"));
}

QString SqlDialect::foreignKeysQuery() const
{
    return isSqlite() ? QStringLiteral("SELECT m.name, f.\"table\" FROM sqlite_master m, "
                                       "pragma_foreign_key_list(m.name) f WHERE m.type = 'table'")
                      : QStringLiteral("SELECT c.conrelid::regclass::text, "
                                       "c.confrelid::regclass::text FROM pg_constraint c WHERE "
                                       "c.contype = 'f' AND c.connamespace = "
                                       "current_schema()::regnamespace");
}

QString SqlDialect::primaryKeyQuery() const
{
    return isSqlite() ? QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 "
                                       "ORDER BY pk")
                      : QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON "
                                       "a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                                       "WHERE i.indrelid = CAST(? AS regclass) AND i.indisprimary "
                                       "ORDER BY array_position(i.indkey::int2[], a.attnum)");
}

QString SqlDialect::serialColumnsQuery() const
{
    return isSqlite() ? QString()
                      : QStringLiteral("SELECT table_name, column_name FROM "
                                       "information_schema.columns WHERE table_schema = "
                                       "current_schema() AND column_default LIKE 'nextval(%'");
}

QString SqlDialect::resetSequence(const QString &table, const QString &column) const
{
    if (isSqlite())
        return {};
    QString literal = table;
    literal.replace(QLatin1Char('\''), QLatin1String("''"));
    QString columnLiteral = column;
    columnLiteral.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), MAX(%3)) FROM %4 "
                          "HAVING MAX(%3) IS NOT NULL")
        .arg(literal, columnLiteral, quoted(column), quoted(table));
}

QStringList SqlDialect::deferForeignKeys() const
{
    // PostgreSQL's keys are not deferrable: the copy's order (parents first) satisfies them.
    return isSqlite() ? QStringList{QStringLiteral("PRAGMA defer_foreign_keys = ON")}
                      : QStringList{};
}

int SqlDialect::copyBatchRows(int columns) const
{
    return isSqlite() ? 1 : qMax(1, 2000 / qMax(1, columns));
}

QString SqlDialect::quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString SqlDialect::typedParameter(const QString &type) const
{
    return isSqlite() ? QStringLiteral("?") : QStringLiteral("CAST(? AS %1)").arg(type);
}

QString SqlDialect::valuesAlias() const
{
    return isSqlite() ? QString() : QStringLiteral(" AS v");
}

QString SqlDialect::ascendingNullsFirst(const QString &expression) const
{
    return isSqlite() ? expression : expression + QStringLiteral(" NULLS FIRST");
}

QString SqlDialect::descendingNullsLast(const QString &expression) const
{
    return isSqlite() ? expression + QStringLiteral(" DESC")
                      : expression + QStringLiteral(" DESC NULLS LAST");
}

} // namespace cii
