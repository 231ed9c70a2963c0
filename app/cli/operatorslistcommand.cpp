#include "operatorslistcommand.h"

#include "domain/sector.h"
#include "jsonstream.h"
#include "rowjson.h"
#include "storage/registryrepository.h"

namespace cii::cli {

QString OperatorsListCommand::name() const
{
    return QStringLiteral("operators list");
}

QString OperatorsListCommand::summary() const
{
    return tr("List operators.");
}

void OperatorsListCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("sector"), tr("Only this sector (key)."), QStringLiteral("KEY")});
}

int OperatorsListCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QString sector = p.value(QStringLiteral("sector"));
    if (!sector.isEmpty() && !Sector::isKnown(sector))
        return ctx.usage(tr("unknown sector '%1'").arg(sector));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    RegistryRepository repo(*db);
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("operators"), [&](JsonStream &json) {
            return repo.forEachOperator(
                sector, [&](const OperatorInfo &o) { RowJson::operatorRow(json, o); });
        });
    return ctx.printTable({tr("ID"), tr("USCC"), tr("Name"), tr("Sector"), tr("Region")},
                          [&](const CliContext::RowSink &row) {
                              return repo.forEachOperator(sector, [&](const OperatorInfo &o) {
                                  const Sector *known = Sector::find(o.sector);
                                  row({QString::number(o.id), o.uscc, o.displayName(),
                                       known ? known->displayName() : o.sector, o.region});
                              });
                          });
}

} // namespace cii::cli
