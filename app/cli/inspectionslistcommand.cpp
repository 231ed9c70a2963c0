#include "inspectionslistcommand.h"

#include "jsonstream.h"
#include "rowjson.h"
#include "storage/inspectionrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString InspectionsListCommand::name() const
{
    return QStringLiteral("inspections list");
}

QString InspectionsListCommand::summary() const
{
    return tr("List inspections (a year's plan with --year).");
}

void InspectionsListCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("operator"), tr("Only this operator (id)."), QStringLiteral("ID")});
    p.addOption(
        {QStringLiteral("year"), tr("Only inspections in this year."), QStringLiteral("Y")});
}

int InspectionsListCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 operatorId = 0, year = 0;
    if (!intOption(ctx, p, QStringLiteral("operator"), &operatorId, 1,
                   std::numeric_limits<qint64>::max()) ||
        !intOption(ctx, p, QStringLiteral("year"), &year, 2000, 2200))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    InspectionRepository repo(*db);
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("inspections"), [&](JsonStream &json) {
            return repo.forEach(operatorId, int(year),
                                [&](const Inspection &i) { RowJson::inspection(json, i); });
        });
    return ctx.printTable({tr("ID"), tr("Operator"), tr("Lead"), tr("Kind"), tr("Start"), tr("End"),
                           tr("Status"), tr("Note")},
                          [&](const CliContext::RowSink &row) {
                              return repo.forEach(operatorId, int(year), [&](const Inspection &i) {
                                  row({QString::number(i.id), i.operatorName, i.lead,
                                       Inspection::kindName(i.kind), i.start.toString(Qt::ISODate),
                                       i.end.toString(Qt::ISODate),
                                       Inspection::statusName(i.status),
                                       i.mergedInto ? tr("merged into %1").arg(i.mergedInto)
                                                    : (i.joint ? tr("joint") : QString())});
                              });
                          });
}

} // namespace cii::cli
