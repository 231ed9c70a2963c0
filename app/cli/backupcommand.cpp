#include "backupcommand.h"

#include "storage/storebackup.h"

namespace cii::cli {

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::summary() const
{
    return tr("Write a verified, consistent copy of the store (owner-only); the store may be in "
              "use meanwhile.");
}

void BackupCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("out"), tr("The backup file to write (must not exist)."),
                 QStringLiteral("FILE")});
}

int BackupCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usage(tr("expected: backup --out FILE"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<BackupCheck> made = StoreBackup::backup(*db, out);
    if (!made)
        return ctx.fail(made.error());
    if (ctx.json)
        ctx.printJson(
            {{QStringLiteral("file"), out},
             {QStringLiteral("schema_version"), made->schemaVersion},
             {QStringLiteral("audit_records"), made->auditRecords},
             {QStringLiteral("anchor"),
              QStringLiteral("%1:%2").arg(made->lastAuditId).arg(made->lastAuditHash.left(16))}});
    else
        ctx.out() << out << Qt::endl;
    return Ok;
}

} // namespace cii::cli
