#include "storeroles.h"

#include "storage/database.h"
#include "storage/storeerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cii {
namespace {

// How many tables and sequences of the store's schema that the current user owns still lack a
// right of the group role `role` (one of the two fixed names).
QString missingQuery(const QString &role, bool writers)
{
    const QString tablePrivileges =
        writers ? QStringLiteral("SELECT INSERT UPDATE DELETE") : QStringLiteral("SELECT");
    QStringList lacks;
    for (const QString &p : tablePrivileges.split(QLatin1Char(' ')))
        lacks << QStringLiteral("NOT has_table_privilege('%1', c.oid, '%2')").arg(role, p);
    QString sql = QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                 "c.relnamespace WHERE n.nspname = current_schema() AND "
                                 "pg_get_userbyid(c.relowner) = current_user AND (("
                                 "c.relkind IN ('r', 'p') AND (%1))")
                      .arg(lacks.join(QLatin1String(" OR ")));
    if (writers)
        sql += QStringLiteral(" OR (c.relkind = 'S' AND NOT has_sequence_privilege('%1', c.oid, "
                              "'USAGE'))")
                   .arg(role);
    return sql + QLatin1Char(')');
}

} // namespace

Result<QStringList> StoreRoles::existingGroups(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN ('%1', '%2') ORDER "
                               "BY 1")
                    .arg(readers(), writers())))
        return StoreError::from(q.lastError(), db.location());
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    return found;
}

Status StoreRoles::grantToGroups(Database &db)
{
    if (!db.isShared() || db.isReadOnly() || !db.isOpen())
        return {};
    const Result<QStringList> groups = existingGroups(db);
    if (!groups)
        return groups.error();
    QStringList statements;
    for (const QString &role : groups.value()) {
        const bool writers = role == StoreRoles::writers();
        QSqlQuery q(db.connection());
        if (!q.exec(missingQuery(role, writers)) || !q.next())
            return StoreError::from(q.lastError(), db.location());
        if (q.value(0).toLongLong() == 0)
            continue;
        // Only what this user owns: another's tables are not its to give.
        statements << QStringLiteral("DO $$DECLARE t record; BEGIN FOR t IN SELECT c.relname, "
                                     "c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                     "c.relnamespace WHERE n.nspname = current_schema() AND "
                                     "pg_get_userbyid(c.relowner) = current_user AND c.relkind "
                                     "IN ('r', 'p'%1) LOOP IF t.relkind = 'S' THEN EXECUTE "
                                     "format('GRANT USAGE ON SEQUENCE %I TO %2', t.relname); "
                                     "ELSE EXECUTE format('GRANT %3 ON TABLE %I TO %2', "
                                     "t.relname); END IF; END LOOP; END$$")
                          .arg(writers ? QStringLiteral(", 'S'") : QString(), role,
                               writers ? QStringLiteral("SELECT, INSERT, UPDATE, DELETE")
                                       : QStringLiteral("SELECT"));
    }
    if (statements.isEmpty())
        return {};
    // Under the store's write lock: two owners' workstations opening at once never update
    // the same catalog rows together. No audit record: the rights are the server's, not the
    // store's records, and granting them again changes nothing.
    QSqlQuery q(db.connection());
    QStringList all = db.dialect().beginWrite();
    all << statements << QStringLiteral("COMMIT");
    for (const QString &statement : all) {
        if (!q.exec(statement)) {
            const Error why = StoreError::from(q.lastError(), db.location());
            QSqlQuery(db.connection()).exec(QStringLiteral("ROLLBACK"));
            return why;
        }
    }
    return {};
}

} // namespace cii
