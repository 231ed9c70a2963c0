#include "changereportlistcommand.h"

#include "jsonstream.h"
#include "schedule/deadlineengine.h"
#include "storage/deadlinerepository.h"

#include <QJsonArray>

namespace cii::cli {

QString ChangeReportListCommand::name() const
{
    return QStringLiteral("change-report list");
}

QString ChangeReportListCommand::summary() const
{
    return tr("List change reports with their re-identification due dates.");
}

void ChangeReportListCommand::configure(QCommandLineParser &) const {}

int ChangeReportListCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<ChangeReport>> reports = DeadlineRepository(*db).changeReports();
    if (!reports)
        return ctx.fail(reports.error());
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("change_reports"), [&](JsonStream &json) {
            for (const ChangeReport &r : reports.value()) {
                QJsonObject o = r.toJson();
                o.insert(QStringLiteral("due"),
                         DeadlineEngine::reidentificationDue(r.received).toString(Qt::ISODate));
                json.value(o);
            }
            return Status{};
        });
    return ctx.printTable(
        {tr("ID"), tr("Operator"), tr("Received"), tr("Due"), tr("Systems"), tr("Description")},
        [&](const CliContext::RowSink &row) {
            for (const ChangeReport &r : reports.value()) {
                QStringList systems;
                for (qint64 s : r.systemIds)
                    systems << QString::number(s);
                row({QString::number(r.id), r.operatorName, r.received.toString(Qt::ISODate),
                     DeadlineEngine::reidentificationDue(r.received).toString(Qt::ISODate),
                     systems.join(QLatin1Char(',')), r.description});
            }
            return Status{};
        });
}

} // namespace cii::cli
