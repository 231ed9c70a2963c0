#include "eventclosecommand.h"

#include "storage/deadlinerepository.h"

namespace cii::cli {

QString EventCloseCommand::name() const
{
    return QStringLiteral("event close");
}

QString EventCloseCommand::summary() const
{
    return tr("Record that an event's follow-up was completed.");
}

void EventCloseCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Event id."));
    p.addOption({QStringLiteral("date"), tr("Day the follow-up was completed, YYYY-MM-DD."),
                 QStringLiteral("D")});
}

int EventCloseCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    QDate date;
    if (!positionalId(ctx, p, &id) || !dateOption(ctx, p, QStringLiteral("date"), &date, true))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    if (Status s = DeadlineRepository(*db).closeEvent(id, date); !s)
        return ctx.fail(s.error());
    return Ok;
}

} // namespace cii::cli
