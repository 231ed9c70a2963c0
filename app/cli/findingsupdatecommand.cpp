#include "findingsupdatecommand.h"

#include "storage/inspectionrepository.h"

namespace cii::cli {

QString FindingsUpdateCommand::name() const
{
    return QStringLiteral("findings update");
}

QString FindingsUpdateCommand::summary() const
{
    return tr("Move a finding to rectifying, fixed or verified, or change its deadline.");
}

void FindingsUpdateCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Finding id."));
    p.addOption({QStringLiteral("status"), tr("open, rectifying, fixed or verified."),
                 QStringLiteral("S")});
    p.addOption(
        {QStringLiteral("fixed-on"), tr("Day it was fixed (default today)."), QStringLiteral("D")});
    p.addOption({QStringLiteral("due"), tr("New rectification deadline."), QStringLiteral("D")});
}

int FindingsUpdateCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    QDate fixedOn, due;
    if (!positionalId(ctx, p, &id) ||
        !dateOption(ctx, p, QStringLiteral("fixed-on"), &fixedOn, false) ||
        !dateOption(ctx, p, QStringLiteral("due"), &due, false))
        return Usage;
    if (!p.isSet(QStringLiteral("status")) && !due.isValid())
        return ctx.usage(tr("give --status or --due"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    if (Status s = InspectionRepository(*db).updateFinding(id, p.value(QStringLiteral("status")),
                                                           fixedOn, due);
        !s)
        return ctx.fail(s.error());
    return Ok;
}

} // namespace cii::cli
