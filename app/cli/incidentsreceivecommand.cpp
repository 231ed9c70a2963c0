#include "incidentsreceivecommand.h"

#include "instantoption.h"
#include "storage/incidentrepository.h"

namespace cii::cli {

QString IncidentsReceiveCommand::name() const
{
    return QStringLiteral("incidents receive");
}

QString IncidentsReceiveCommand::summary() const
{
    return tr("Record a follow-up or summary report received from the operator; prints the "
              "timeline entry's id.");
}

void IncidentsReceiveCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Incident id."));
    p.addOption(
        {QStringLiteral("report"), tr("followup or summary."), QStringLiteral("followup|summary")});
    p.addOption({QStringLiteral("at"), tr("When it was received."), QStringLiteral("DT")});
    p.addOption({QStringLiteral("party"), tr("Who sent it."), QStringLiteral("T")});
    p.addOption({QStringLiteral("note"), tr("What it said, in short."), QStringLiteral("T")});
}

int IncidentsReceiveCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    IncidentReport r;
    r.incidentId = id;
    const QString report = p.value(QStringLiteral("report"));
    if (report == QLatin1String("followup"))
        r.kind = QStringLiteral("follow-up");
    else if (report == QLatin1String("summary"))
        r.kind = QStringLiteral("summary-report");
    else
        return ctx.usage(tr("--report takes followup or summary"));
    if (int rc = InstantOption::read(ctx, p, QStringLiteral("at"), &r.at, true))
        return rc;
    r.action = QStringLiteral("received");
    r.party = p.value(QStringLiteral("party"));
    r.note = p.value(QStringLiteral("note"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> entry = IncidentRepository(*db).recordReport(r);
    if (!entry)
        return ctx.fail(entry.error());
    ctx.printCreated(entry.value());
    return Ok;
}

} // namespace cii::cli
