#include "inspectionsaddcommand.h"

#include "storage/inspectionrepository.h"

namespace cii::cli {

QString InspectionsAddCommand::name() const
{
    return QStringLiteral("inspections add");
}

QString InspectionsAddCommand::summary() const
{
    return tr("Plan an inspection of an operator (ours or another department's); prints its id.");
}

void InspectionsAddCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("operator"), tr("Operator id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("lead"), tr("Lead department key (own, mps, …)."),
                 QStringLiteral("DEPT"), QStringLiteral("own")});
    p.addOption({QStringLiteral("start"), tr("First day, YYYY-MM-DD."), QStringLiteral("D")});
    p.addOption({QStringLiteral("end"), tr("Last day, YYYY-MM-DD."), QStringLiteral("D")});
    p.addOption({QStringLiteral("kind"),
                 tr("Kind: %1.").arg(Inspection::kinds().join(QStringLiteral(", "))),
                 QStringLiteral("K"), QStringLiteral("inspection")});
    p.addOption({QStringLiteral("participants"),
                 tr("Participating department keys, comma-separated."), QStringLiteral("DEPT,…")});
    p.addOption({QStringLiteral("systems"), tr("Systems in scope, comma-separated ids."),
                 QStringLiteral("ID,…")});
    p.addOption({QStringLiteral("team"), tr("The inspection team."), QStringLiteral("T")});
}

int InspectionsAddCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    Inspection in;
    if (!intOption(ctx, p, QStringLiteral("operator"), &in.operatorId, 1,
                   std::numeric_limits<qint64>::max()) ||
        !dateOption(ctx, p, QStringLiteral("start"), &in.start, true) ||
        !dateOption(ctx, p, QStringLiteral("end"), &in.end, true) ||
        !idList(ctx, p.values(QStringLiteral("systems")), QStringLiteral("--systems"), &in.systems))
        return Usage;
    if (!in.operatorId)
        return ctx.usage(tr("--operator ID is required"));
    in.lead = p.value(QStringLiteral("lead"));
    in.kind = p.value(QStringLiteral("kind"));
    for (const QString &v : p.values(QStringLiteral("participants")))
        in.participants += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::sort(in.systems.begin(), in.systems.end());
    in.team = p.value(QStringLiteral("team"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> id = InspectionRepository(*db).add(in);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
