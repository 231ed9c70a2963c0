#include "changereportlistcommand.h"

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
    QJsonArray list;
    QVector<QStringList> rows;
    for (const ChangeReport &r : reports.value()) {
        QJsonObject o = r.toJson();
        const QDate due = DeadlineEngine::reidentificationDue(r.received);
        o.insert(QStringLiteral("due"), due.toString(Qt::ISODate));
        list.append(o);
        QStringList systems;
        for (qint64 s : r.systemIds)
            systems << QString::number(s);
        rows << QStringList{QString::number(r.id),
                            r.operatorName,
                            r.received.toString(Qt::ISODate),
                            due.toString(Qt::ISODate),
                            systems.join(QLatin1Char(',')),
                            r.description};
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("change_reports"), list}});
    else
        ctx.printTable(
            {tr("ID"), tr("Operator"), tr("Received"), tr("Due"), tr("Systems"), tr("Description")},
            rows);
    return Ok;
}

} // namespace cii::cli
