#include "checkcommand.h"

#include "storage/auditlog.h"
#include "storage/schemacheck.h"

#include <QJsonArray>

namespace cii::cli {

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return tr("Check the store: integrity, schema version, audit chain, and that every table, "
              "index and trigger is the one the migrations created.");
}

void CheckCommand::configure(QCommandLineParser &) const {}

int CheckCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    // Opening already refuses newer schemas and damage it can see; the full check follows.
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    if (Status integrity = db->checkIntegrity(); !integrity)
        return ctx.fail(integrity.error());
    Result<AuditVerification> v = AuditLog::verify(*db);
    if (!v)
        return ctx.fail(v.error());
    Result<QStringList> schema = SchemaCheck::differences(*db);
    if (!schema)
        return ctx.fail(schema.error());
    const bool ok = v->ok && schema->isEmpty();
    if (ctx.json) {
        ctx.printJson(
            {{QStringLiteral("ok"), ok},
             {QStringLiteral("schema_version"), db->schemaVersion()},
             {QStringLiteral("audit_records"), v->records},
             {QStringLiteral("first_broken"),
              v->ok ? QJsonValue(QJsonValue::Null) : QJsonValue(v->firstBroken)},
             {QStringLiteral("schema_problems"), QJsonArray::fromStringList(schema.value())},
             {QStringLiteral("read_only"), db->isReadOnly()}});
    } else {
        QTextStream &o = ctx.out();
        o << tr("Store: %1").arg(db->location()) << '\n'
          << tr("Integrity: ok") << '\n'
          << tr("Schema version: %1").arg(db->schemaVersion()) << '\n'
          << (v->ok ? tr("Audit log: intact, %n record(s)", nullptr, int(v->records))
                    : tr("Audit log: BROKEN at record %1: %2").arg(v->firstBroken).arg(v->reason))
          << '\n';
        if (schema->isEmpty())
            o << tr("Tables, indexes and triggers: as the migrations created them") << '\n';
        for (const QString &problem : schema.value())
            o << tr("Schema: %1").arg(problem) << '\n';
        if (db->isReadOnly())
            o << tr("Opened read-only: %1").arg(db->readOnlyReason()) << '\n';
        o.flush();
    }
    return ok ? Ok : StorageError;
}

} // namespace cii::cli
