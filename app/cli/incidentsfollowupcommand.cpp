#include "incidentsfollowupcommand.h"

#include "instantoption.h"
#include "storage/incidentrepository.h"

namespace cii::cli {

QString IncidentsFollowUpCommand::name() const
{
    return QStringLiteral("incidents follow-up");
}

QString IncidentsFollowUpCommand::summary() const
{
    return tr("Set when the department expects the operator's follow-up report (补报, "
              "Reporting Measures Art. 7): its own target.");
}

void IncidentsFollowUpCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Incident id."));
    p.addOption(
        {QStringLiteral("due"), tr("When the follow-up is expected."), QStringLiteral("DT")});
    p.addOption({QStringLiteral("note"), tr("What is asked for."), QStringLiteral("T")});
}

int IncidentsFollowUpCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    QDateTime due;
    if (int rc = InstantOption::read(ctx, p, QStringLiteral("due"), &due, true))
        return rc;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    if (Status s =
            IncidentRepository(*db).requestFollowUp(id, due, p.value(QStringLiteral("note")));
        !s)
        return ctx.fail(s.error());
    return Ok;
}

} // namespace cii::cli
