#include "verifyauditcommand.h"

#include "storage/auditlog.h"

namespace cii::cli {

QString VerifyAuditCommand::name() const
{
    return QStringLiteral("verify-audit");
}

QString VerifyAuditCommand::summary() const
{
    return tr("Check the audit log's hash chain; names the first broken record.");
}

void VerifyAuditCommand::configure(QCommandLineParser &) const {}

int VerifyAuditCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<AuditVerification> v = AuditLog::verify(*db);
    if (!v)
        return ctx.fail(v.error());
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("ok"), v->ok},
                       {QStringLiteral("records"), v->records},
                       {QStringLiteral("first_broken"),
                        v->ok ? QJsonValue(QJsonValue::Null) : QJsonValue(v->firstBroken)}});
    } else if (v->ok) {
        ctx.out() << tr("Audit log intact: %n record(s).", nullptr, int(v->records)) << Qt::endl;
    } else {
        ctx.out() << tr("Audit log BROKEN at record %1: %2").arg(v->firstBroken).arg(v->reason)
                  << Qt::endl;
    }
    // A broken chain is a finding about the store, not a failure to run.
    return v->ok ? Ok : StorageError;
}

} // namespace cii::cli
