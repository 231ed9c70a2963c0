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

QString SqlDialect::bigintParameter() const
{
    return isSqlite() ? QStringLiteral("?") : QStringLiteral("CAST(? AS BIGINT)");
}

} // namespace cii
