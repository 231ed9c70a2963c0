#include "incidentsaddcommand.h"

#include "instantoption.h"
#include "storage/incidentrepository.h"

#include <limits>

namespace cii::cli {

QString IncidentsAddCommand::name() const
{
    return QStringLiteral("incidents add");
}

QString IncidentsAddCommand::summary() const
{
    return tr("Record an operator's incident report (2025 Reporting Measures Art. 4); prints its "
              "id.");
}

void IncidentsAddCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("operator"), tr("Operator id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("systems"),
                 tr("The operator's systems affected, ids separated by "
                    "commas."),
                 QStringLiteral("ID,…")});
    p.addOption({QStringLiteral("type"),
                 tr("Incident type: %1.").arg(Incident::types().join(QStringLiteral(", "))),
                 QStringLiteral("T")});
    p.addOption(
        {QStringLiteral("occurred"), tr("When it happened, if known."), QStringLiteral("DT")});
    p.addOption({QStringLiteral("discovered"),
                 tr("When the operator discovered it, e.g. 2026-11-26T09:30+08:00."),
                 QStringLiteral("DT")});
    p.addOption({QStringLiteral("received"), tr("When the department received the report."),
                 QStringLiteral("DT")});
    p.addOption({QStringLiteral("place"), tr("Where it was discovered."), QStringLiteral("T")});
    p.addOption({QStringLiteral("description"), tr("What happened."), QStringLiteral("T")});
    p.addOption(
        {QStringLiteral("reporter"), tr("Who reported it (person or unit)."), QStringLiteral("T")});
}

int IncidentsAddCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    Incident i;
    if (!intOption(ctx, p, QStringLiteral("operator"), &i.operatorId, 1,
                   std::numeric_limits<qint64>::max()))
        return Usage;
    if (!i.operatorId || !p.isSet(QStringLiteral("type")))
        return ctx.usage(tr("--operator, --type, --discovered and --received are required"));
    if (!idList(ctx, p.values(QStringLiteral("systems")), QStringLiteral("--systems"), &i.systems))
        return Usage;
    if (int rc = InstantOption::read(ctx, p, QStringLiteral("discovered"), &i.discovered, true))
        return rc;
    if (int rc = InstantOption::read(ctx, p, QStringLiteral("received"), &i.received, true))
        return rc;
    if (int rc = InstantOption::read(ctx, p, QStringLiteral("occurred"), &i.occurred, false))
        return rc;
    i.type = p.value(QStringLiteral("type"));
    i.place = p.value(QStringLiteral("place"));
    i.description = p.value(QStringLiteral("description"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> id = IncidentRepository(*db).add(i, p.value(QStringLiteral("reporter")));
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
