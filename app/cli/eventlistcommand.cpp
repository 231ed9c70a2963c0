#include "eventlistcommand.h"

#include "jsonstream.h"
#include "schedule/deadlineengine.h"
#include "storage/deadlinerepository.h"

#include <QJsonArray>

namespace cii::cli {

QString EventListCommand::name() const
{
    return QStringLiteral("event list");
}

QString EventListCommand::summary() const
{
    return tr("List operator events and their follow-ups.");
}

void EventListCommand::configure(QCommandLineParser &) const {}

int EventListCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<OperatorEvent>> list = DeadlineRepository(*db).events();
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("events"), [&](JsonStream &json) {
            for (const OperatorEvent &e : list.value())
                json.value(e.toJson());
            return Status{};
        });
    return ctx.printTable(
        {tr("ID"), tr("Operator"), tr("Kind"), tr("Date"), tr("Follow-up due"), tr("Closed"),
         tr("Description")},
        [&](const CliContext::RowSink &row) {
            for (const OperatorEvent &e : list.value())
                row({QString::number(e.id), e.operatorName, DeadlineEngine::eventKindName(e.kind),
                     e.occurred.toString(Qt::ISODate), e.followUpDue.toString(Qt::ISODate),
                     e.closed.toString(Qt::ISODate), e.description});
            return Status{};
        });
}

} // namespace cii::cli
