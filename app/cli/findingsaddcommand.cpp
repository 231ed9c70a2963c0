#include "findingsaddcommand.h"

#include "storage/inspectionrepository.h"

namespace cii::cli {

QString FindingsAddCommand::name() const
{
    return QStringLiteral("findings add");
}

QString FindingsAddCommand::summary() const
{
    return tr("Record a finding of an inspection with its rectification deadline; prints its id.");
}

void FindingsAddCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("inspection"), tr("Inspection id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("severity"), tr("low, medium, high or critical."),
                 QStringLiteral("S"), QStringLiteral("medium")});
    p.addOption({QStringLiteral("description"), tr("What was found."), QStringLiteral("T")});
    p.addOption(
        {QStringLiteral("due"), tr("Rectification deadline, YYYY-MM-DD."), QStringLiteral("D")});
    p.addOption({QStringLiteral("system"), tr("The system concerned (id)."), QStringLiteral("ID")});
}

int FindingsAddCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    Finding f;
    if (!intOption(ctx, p, QStringLiteral("inspection"), &f.inspectionId, 1,
                   std::numeric_limits<qint64>::max()) ||
        !intOption(ctx, p, QStringLiteral("system"), &f.systemId, 1,
                   std::numeric_limits<qint64>::max()) ||
        !dateOption(ctx, p, QStringLiteral("due"), &f.rectificationDue, true))
        return Usage;
    if (!f.inspectionId || !p.isSet(QStringLiteral("description")))
        return ctx.usage(tr("--inspection, --description and --due are required"));
    f.severity = p.value(QStringLiteral("severity"));
    f.description = p.value(QStringLiteral("description"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> id = InspectionRepository(*db).addFinding(f);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
