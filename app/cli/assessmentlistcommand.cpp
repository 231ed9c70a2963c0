#include "assessmentlistcommand.h"

#include "jsonstream.h"
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
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("assessments"), [&](JsonStream &json) {
            for (const AssessmentReport &a : list.value())
                json.value(a.toJson());
            return Status{};
        });
    return ctx.printTable({tr("ID"), tr("System"), tr("Name"), tr("Year"), tr("Received"),
                           tr("Findings"), tr("Rectification")},
                          [&](const CliContext::RowSink &row) {
                              for (const AssessmentReport &a : list.value())
                                  row({QString::number(a.id), QString::number(a.systemId),
                                       a.systemName, QString::number(a.year),
                                       a.received.toString(Qt::ISODate),
                                       QString::number(a.findings), a.rectification});
                              return Status{};
                          });
}

} // namespace cii::cli
