#include "eventaddcommand.h"

#include "storage/deadlinerepository.h"

namespace cii::cli {

QString EventAddCommand::name() const
{
    return QStringLiteral("event add");
}

QString EventAddCommand::summary() const
{
    return tr("Record an incident, threat, merger, separation or dissolution (Art. 18, 21) with "
              "its follow-up due date; prints its id.");
}

void EventAddCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("operator"), tr("Operator id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("kind"), tr("incident, threat, merger, separation or dissolution."),
                 QStringLiteral("K")});
    p.addOption({QStringLiteral("date"), tr("Day it happened, YYYY-MM-DD."), QStringLiteral("D")});
    p.addOption({QStringLiteral("due"), tr("Day the department's follow-up is due, YYYY-MM-DD."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("description"), tr("What happened."), QStringLiteral("T")});
}

int EventAddCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    OperatorEvent e;
    if (!intOption(ctx, p, QStringLiteral("operator"), &e.operatorId, 1,
                   std::numeric_limits<qint64>::max()) ||
        !dateOption(ctx, p, QStringLiteral("date"), &e.occurred, true) ||
        !dateOption(ctx, p, QStringLiteral("due"), &e.followUpDue, true))
        return Usage;
    e.kind = p.value(QStringLiteral("kind"));
    if (!OperatorEvent::kinds().contains(e.kind))
        return ctx.usage(
            tr("--kind takes %1").arg(OperatorEvent::kinds().join(QStringLiteral(", "))));
    if (!e.operatorId || !p.isSet(QStringLiteral("description")))
        return ctx.usage(tr("--operator and --description are required"));
    e.description = p.value(QStringLiteral("description"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> id = DeadlineRepository(*db).addEvent(e);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
