#include "systemslistcommand.h"

#include "domain/sector.h"
#include "storage/registryrepository.h"

#include <QJsonArray>

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
    Result<QVector<SystemInfo>> systems = repo.systems(operatorId, sector);
    if (!systems)
        return ctx.fail(systems.error());
    if (ctx.json) {
        Result<QHash<qint64, QVector<IndicatorValue>>> values = repo.allIndicatorValues();
        if (!values)
            return ctx.fail(values.error());
        QJsonArray list;
        for (const SystemInfo &s : systems.value()) {
            QJsonObject o = s.toJson();
            QJsonObject indicators;
            for (const IndicatorValue &v : values.value().value(s.id))
                indicators.insert(v.key, v.value);
            o.insert(QStringLiteral("indicators"), indicators);
            list.append(o);
        }
        ctx.printJson({{QStringLiteral("systems"), list}});
        return Ok;
    }
    QVector<QStringList> rows;
    for (const SystemInfo &s : systems.value())
        rows << QStringList{QString::number(s.id),
                            QString::number(s.operatorId),
                            s.name,
                            SystemInfo::categoryName(s.category),
                            QString::number(s.mlpsLevel),
                            SystemInfo::statusName(s.status)};
    ctx.printTable({tr("ID"), tr("Operator"), tr("Name"), tr("Category"), tr("MLPS"), tr("Status")},
                   rows);
    return Ok;
}

} // namespace cii::cli
