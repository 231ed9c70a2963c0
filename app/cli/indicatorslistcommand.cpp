#include "indicatorslistcommand.h"

#include "storage/registryrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString IndicatorsListCommand::name() const
{
    return QStringLiteral("indicators list");
}

QString IndicatorsListCommand::summary() const
{
    return tr("List the indicator catalogue.");
}

void IndicatorsListCommand::configure(QCommandLineParser &) const {}

int IndicatorsListCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<Indicator>> list = RegistryRepository(*db).indicators();
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray a;
        for (const Indicator &i : list.value())
            a.append(i.toJson());
        ctx.printJson({{QStringLiteral("indicators"), a}});
        return Ok;
    }
    QVector<QStringList> rows;
    for (const Indicator &i : list.value())
        rows << QStringList{i.key, i.displayName(), i.unit, Indicator::typeKey(i.type)};
    ctx.printTable({tr("Key"), tr("Name"), tr("Unit"), tr("Type")}, rows);
    return Ok;
}

} // namespace cii::cli
