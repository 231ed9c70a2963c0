#include "restorecommand.h"

#include "storage/storeaddress.h"
#include "storage/storebackup.h"

namespace cii::cli {

QString RestoreCommand::name() const
{
    return QStringLiteral("restore");
}

QString RestoreCommand::summary() const
{
    return tr("Replace the store with a backup once the backup verifies (integrity, schema, "
              "audit chain); the replaced store is kept beside it as a dated copy.");
}

void RestoreCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The backup file."));
}

int RestoreCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return ctx.usage(tr("expected: restore FILE"));
    // An embedded store is not opened: it may be the damaged one being replaced. A shared one
    // is replaced in place, by a connection that neither checks nor upgrades it.
    Result<QString> kept = Error::storage(QString());
    if (StoreAddress::isPostgres(ctx.dbLocation)) {
        Database store;
        if (Status s = CliContext::open(store, ctx.dbLocation, Database::OpenMode::Replace); !s)
            return ctx.fail(s.error());
        kept = StoreBackup::restore(store, p.positionalArguments().at(0));
    } else {
        kept = StoreBackup::restore(ctx.dbLocation, p.positionalArguments().at(0));
    }
    if (!kept)
        return ctx.fail(kept.error());
    if (ctx.json)
        ctx.printJson(
            {{QStringLiteral("store"), ctx.dbLocation},
             {QStringLiteral("from"), p.positionalArguments().at(0)},
             {QStringLiteral("kept"), kept->isEmpty() ? QJsonValue() : QJsonValue(kept.value())}});
    else {
        ctx.out() << tr("Restored %1 from %2.").arg(ctx.dbLocation, p.positionalArguments().at(0))
                  << '\n';
        if (!kept->isEmpty())
            ctx.out() << tr("The store it replaced is kept as %1.").arg(kept.value()) << '\n';
        ctx.out().flush();
    }
    return Ok;
}

} // namespace cii::cli
