#include "assessmentlistcommand.h"

#include "storage/deadlinerepository.h"

#include <QJsonArray>

namespace cii::cli {

QString AssessmentListCommand::name() const
{
    return QStringLiteral("assessment list");
}

QString AssessmentListCommand::summary() const
{
    return tr("List the annual risk-assessment reports received.");
}

void AssessmentListCommand::configure(QCommandLineParser &) const {}

int AssessmentListCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<AssessmentReport>> list = DeadlineRepository(*db).assessments();
    if (!list)
        return ctx.fail(list.error());
    QJsonArray json;
    QVector<QStringList> rows;
    for (const AssessmentReport &a : list.value()) {
        json.append(a.toJson());
        rows << QStringList{
            QString::number(a.id),   QString::number(a.systemId),      a.systemName,
            QString::number(a.year), a.received.toString(Qt::ISODate), QString::number(a.findings),
            a.rectification};
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("assessments"), json}});
    else
        ctx.printTable({tr("ID"), tr("System"), tr("Name"), tr("Year"), tr("Received"),
                        tr("Findings"), tr("Rectification")},
                       rows);
    return Ok;
}

} // namespace cii::cli
