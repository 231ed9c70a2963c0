#include "inspectionsstatuscommand.h"

#include "storage/inspectionrepository.h"

namespace cii::cli {

QString InspectionsStatusCommand::name() const
{
    return QStringLiteral("inspections set-status");
}

QString InspectionsStatusCommand::summary() const
{
    return tr("Move an inspection to planned, notified, in-progress, completed or cancelled.");
}

void InspectionsStatusCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Inspection id."));
    p.addPositionalArgument(QStringLiteral("STATUS"), tr("The new status."));
}

int InspectionsStatusCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    if (p.positionalArguments().size() != 2)
        return ctx.usage(tr("give the inspection id and the new status"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    if (Status s = InspectionRepository(*db).setStatus(id, p.positionalArguments().at(1)); !s)
        return ctx.fail(s.error());
    return Ok;
}

} // namespace cii::cli
