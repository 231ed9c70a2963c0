#include "changereportaddcommand.h"

#include "storage/deadlinerepository.h"

namespace cii::cli {

QString ChangeReportAddCommand::name() const
{
    return QStringLiteral("change-report add");
}

QString ChangeReportAddCommand::summary() const
{
    return tr("Record an operator's report of a major change (Art. 11); prints its id.");
}

void ChangeReportAddCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("operator"), tr("Operator id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("systems"), tr("Affected system ids, separated by commas."),
                 QStringLiteral("ID,…")});
    p.addOption({QStringLiteral("received"), tr("Day the report was received, YYYY-MM-DD."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("description"), tr("What changed."), QStringLiteral("T")});
    p.addOption({QStringLiteral("attachments"), tr("References to the papers received."),
                 QStringLiteral("T")});
}

int ChangeReportAddCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    ChangeReport r;
    if (!intOption(ctx, p, QStringLiteral("operator"), &r.operatorId, 1,
                   std::numeric_limits<qint64>::max()) ||
        !idList(ctx, p.values(QStringLiteral("systems")), QStringLiteral("--systems"),
                &r.systemIds) ||
        !dateOption(ctx, p, QStringLiteral("received"), &r.received, true))
        return Usage;
    if (!r.operatorId || r.systemIds.isEmpty() || !p.isSet(QStringLiteral("description")))
        return ctx.usage(tr("--operator, --systems, --received and --description are required"));
    r.description = p.value(QStringLiteral("description"));
    r.attachments = p.value(QStringLiteral("attachments"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> id = DeadlineRepository(*db).addChangeReport(r);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
