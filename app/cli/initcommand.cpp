#include "initcommand.h"

namespace cii::cli {

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::summary() const
{
    return tr("Create the store (or upgrade an older one to this version's schema).");
}

void InitCommand::configure(QCommandLineParser &) const {}

int InitCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    Database *db = ctx.openStore(Database::OpenMode::CreateIfMissing);
    if (!db)
        return StorageError;
    if (ctx.json)
        ctx.printJson({{QStringLiteral("db"), db->location()},
                       {QStringLiteral("schema_version"), db->schemaVersion()}});
    else
        ctx.err() << tr("Store ready at %1 (schema version %2).")
                         .arg(db->location())
                         .arg(db->schemaVersion())
                  << Qt::endl;
    return Ok;
}

} // namespace cii::cli
