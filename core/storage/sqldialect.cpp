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

QString SqlDialect::beginWrite() const
{
    return isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QStringList SqlDialect::appendOnlyTriggers(const QString &table) const
{
    return immutableRowTriggers(table, QStringLiteral("1 = 1"),
                                QStringLiteral("%1 is append-only").arg(table));
}

QStringList SqlDialect::immutableRowTriggers(const QString &table, const QString &whereOld,
                                             const QString &message) const
{
    if (isSqlite()) {
        QStringList out;
        for (const char *event : {"UPDATE", "DELETE"}) {
            out << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 FOR EACH ROW "
                                  "WHEN %4 BEGIN SELECT RAISE(ABORT, '%5'); END")
                       .arg(table, QString::fromLatin1(event).toLower(), QString::fromLatin1(event),
                            whereOld, message);
        }
        return out;
    }
    QString cond = whereOld;
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION %1_immutable() RETURNS trigger AS $$ BEGIN "
                       "IF %2 THEN RAISE EXCEPTION '%3'; END IF; "
                       "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$ "
                       "LANGUAGE plpgsql")
            .arg(table, cond, message),
        QStringLiteral("CREATE TRIGGER %1_immutable BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW "
                       "EXECUTE FUNCTION %1_immutable()")
            .arg(table),
    };
}

} // namespace cii
