#include "systemsaddcommand.h"

#include "storage/registryrepository.h"

namespace cii::cli {

QString SystemsAddCommand::name() const
{
    return QStringLiteral("systems add");
}

QString SystemsAddCommand::summary() const
{
    return tr("Add a system to an operator; prints its id.");
}

void SystemsAddCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("operator"), tr("Operator id (required)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("name"), tr("Name (required)."), QStringLiteral("T")});
    p.addOption({QStringLiteral("description"), tr("Description."), QStringLiteral("T")});
    p.addOption({QStringLiteral("category"), tr("website, platform, production or other."),
                 QStringLiteral("C"), QStringLiteral("other")});
    p.addOption(
        {QStringLiteral("mlps"), tr("MLPS level 1-5."), QStringLiteral("N"), QStringLiteral("2")});
    p.addOption({QStringLiteral("status"), tr("in-service, planned or retired."),
                 QStringLiteral("S"), QStringLiteral("in-service")});
}

int SystemsAddCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("operator")) || !p.isSet(QStringLiteral("name")))
        return ctx.usage(tr("--operator and --name are required"));
    qint64 operatorId = 0, mlps = 2;
    if (!intOption(ctx, p, QStringLiteral("operator"), &operatorId, 1,
                   std::numeric_limits<qint64>::max()) ||
        !intOption(ctx, p, QStringLiteral("mlps"), &mlps, 1, 5))
        return Usage;
    SystemInfo s;
    s.operatorId = operatorId;
    s.name = p.value(QStringLiteral("name"));
    s.description = p.value(QStringLiteral("description"));
    s.category = p.value(QStringLiteral("category"));
    s.mlpsLevel = int(mlps);
    s.status = p.value(QStringLiteral("status"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> id = RegistryRepository(*db).addSystem(s);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
