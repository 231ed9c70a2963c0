#include "systemslistcommand.h"

#include "domain/sector.h"
#include "jsonstream.h"
#include "rowjson.h"
#include "storage/registryrepository.h"

namespace cii::cli {

QString SystemsListCommand::name() const
{
    return QStringLiteral("systems list");
}

QString SystemsListCommand::summary() const
{
    return tr("List systems with their indicator values.");
}

void SystemsListCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("operator"), tr("Only this operator's systems (id)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("sector"), tr("Only this sector (key)."), QStringLiteral("KEY")});
}

int SystemsListCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 operatorId = 0;
    if (!intOption(ctx, p, QStringLiteral("operator"), &operatorId, 1,
                   std::numeric_limits<qint64>::max()))
        return Usage;
    const QString sector = p.value(QStringLiteral("sector"));
    if (!sector.isEmpty() && !Sector::isKnown(sector))
        return ctx.usage(tr("unknown sector '%1'").arg(sector));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    RegistryRepository repo(*db);
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("systems"), [&](JsonStream &json) {
            return repo.forEachSystem(
                operatorId, sector, true,
                [&](const SystemInfo &s, const QVector<IndicatorValue> &values) {
                    RowJson::system(json, s, values);
                });
        });
    return ctx.printTable(
        {tr("ID"), tr("Operator"), tr("Name"), tr("Category"), tr("MLPS"), tr("Status")},
        [&](const CliContext::RowSink &row) {
            return repo.forEachSystem(operatorId, sector, false,
                                      [&](const SystemInfo &s, const QVector<IndicatorValue> &) {
                                          row({QString::number(s.id), QString::number(s.operatorId),
                                               s.name, SystemInfo::categoryName(s.category),
                                               QString::number(s.mlpsLevel),
                                               SystemInfo::statusName(s.status)});
                                      });
        });
}

} // namespace cii::cli
