#include "operatorslistcommand.h"

#include "domain/sector.h"
#include "storage/registryrepository.h"

#include <QJsonArray>

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
    Result<QVector<OperatorInfo>> ops = RegistryRepository(*db).operators(sector);
    if (!ops)
        return ctx.fail(ops.error());
    if (ctx.json) {
        QJsonArray list;
        for (const OperatorInfo &o : ops.value())
            list.append(o.toJson());
        ctx.printJson({{QStringLiteral("operators"), list}});
        return Ok;
    }
    QVector<QStringList> rows;
    for (const OperatorInfo &o : ops.value())
        rows << QStringList{
            QString::number(o.id), o.uscc, o.displayName(),
            Sector::find(o.sector) ? Sector::find(o.sector)->displayName() : o.sector, o.region};
    ctx.printTable({tr("ID"), tr("USCC"), tr("Name"), tr("Sector"), tr("Region")}, rows);
    return Ok;
}

} // namespace cii::cli
