#include "findingslistcommand.h"

#include "jsonstream.h"
#include "storage/inspectionrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString FindingsListCommand::name() const
{
    return QStringLiteral("findings list");
}

QString FindingsListCommand::summary() const
{
    return tr("List findings and their rectification.");
}

void FindingsListCommand::configure(QCommandLineParser &p) const
{
    p.addOption(
        {QStringLiteral("inspection"), tr("Only this inspection's (id)."), QStringLiteral("ID")});
}

int FindingsListCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 inspection = 0;
    if (!intOption(ctx, p, QStringLiteral("inspection"), &inspection, 1,
                   std::numeric_limits<qint64>::max()))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    InspectionRepository repo(*db);
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("findings"), [&](JsonStream &json) {
            return repo.forEachFinding(inspection,
                                       [&](const Finding &f) { json.value(f.toJson()); });
        });
    return ctx.printTable({tr("ID"), tr("Inspection"), tr("Operator"), tr("Severity"), tr("Due"),
                           tr("Status"), tr("Description")},
                          [&](const CliContext::RowSink &row) {
                              return repo.forEachFinding(inspection, [&](const Finding &f) {
                                  row({QString::number(f.id), QString::number(f.inspectionId),
                                       f.operatorName, Finding::severityName(f.severity),
                                       f.rectificationDue.toString(Qt::ISODate),
                                       Finding::statusName(f.status), f.description});
                              });
                          });
}

} // namespace cii::cli
