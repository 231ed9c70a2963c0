#include "schemacheck.h"

#include "storage/database.h"
#include "storage/knownaudithead.h"
#include "storage/storeerror.h"

#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

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

// The schema a new store gets from this build's migrations, made once per process.
Result<QMap<QString, SchemaObject>> expected()
{
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

} // namespace

Result<QStringList> SchemaCheck::differences(const Database &db)
{
    if (db.schemaVersion() != Database::latestSchemaVersion())
        return QStringList{tr("the store is at schema version %1, not %2: its triggers cannot be "
                              "compared")
                               .arg(db.schemaVersion())
                               .arg(Database::latestSchemaVersion())};
    Result<QMap<QString, SchemaObject>> want = expected();
    if (!want)
        return want.error();
    Result<QMap<QString, SchemaObject>> have = objects(db);
    if (!have)
        return have.error();
    QStringList out;
    for (auto it = want->cbegin(); it != want->cend(); ++it) {
        const auto found = have->constFind(it.key());
        if (found == have->cend())
            out << tr("%1 %2 is missing").arg(it->type, it.key());
        else if (found->sql != it->sql)
            out << tr("%1 %2 differs from the one the migrations created").arg(it->type, it.key());
    }
    for (auto it = have->cbegin(); it != have->cend(); ++it)
        if (!want->contains(it.key()))
            out << tr("%1 %2 is not part of the schema").arg(it->type, it.key());
    return out;
}

} // namespace cii
