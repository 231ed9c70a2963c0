#include "findingslistcommand.h"

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
    Result<QVector<Finding>> list = InspectionRepository(*db).findings(inspection);
    if (!list)
        return ctx.fail(list.error());
    QJsonArray json;
    QVector<QStringList> rows;
    for (const Finding &f : list.value()) {
        json.append(f.toJson());
        rows << QStringList{QString::number(f.id),
                            QString::number(f.inspectionId),
                            f.operatorName,
                            Finding::severityName(f.severity),
                            f.rectificationDue.toString(Qt::ISODate),
                            Finding::statusName(f.status),
                            f.description};
    }
    if (ctx.json)
        ctx.printJson({{QStringLiteral("findings"), json}});
    else
        ctx.printTable({tr("ID"), tr("Inspection"), tr("Operator"), tr("Severity"), tr("Due"),
                        tr("Status"), tr("Description")},
                       rows);
    return Ok;
}

} // namespace cii::cli
