#include "incidentsclosecommand.h"

#include "instantoption.h"
#include "storage/incidentrepository.h"

namespace cii::cli {

QString IncidentsCloseCommand::name() const
{
    return QStringLiteral("incidents close");
}

QString IncidentsCloseCommand::summary() const
{
    return tr("Record that handling of an incident ended: the summary report is due within 30 "
              "days (Reporting Measures Art. 8).");
}

void IncidentsCloseCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Incident id."));
    p.addOption({QStringLiteral("date"), tr("When handling ended, e.g. 2026-11-28T18:00+08:00."),
                 QStringLiteral("DT")});
}

int IncidentsCloseCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    QDateTime ended;
    if (int rc = InstantOption::read(ctx, p, QStringLiteral("date"), &ended, true))
        return rc;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    if (Status s = IncidentRepository(*db).close(id, ended); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(
            {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("closed")}});
    return Ok;
}

} // namespace cii::cli
