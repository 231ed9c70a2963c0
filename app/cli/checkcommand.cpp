#include "checkcommand.h"

#include "storage/auditlog.h"

namespace cii::cli {

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return tr("Check the store: integrity, schema version and audit chain.");
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
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("ok"), v->ok},
                       {QStringLiteral("schema_version"), db->schemaVersion()},
                       {QStringLiteral("audit_records"), v->records},
                       {QStringLiteral("first_broken"),
                        v->ok ? QJsonValue(QJsonValue::Null) : QJsonValue(v->firstBroken)}});
    } else {
        ctx.out()
            << tr("Store: %1").arg(db->location()) << '\n'
            << tr("Integrity: ok") << '\n'
            << tr("Schema version: %1").arg(db->schemaVersion()) << '\n'
            << (v->ok ? tr("Audit log: intact, %n record(s)", nullptr, int(v->records))
                      : tr("Audit log: BROKEN at record %1: %2").arg(v->firstBroken).arg(v->reason))
            << Qt::endl;
    }
    return v->ok ? Ok : StorageError;
}

} // namespace cii::cli
