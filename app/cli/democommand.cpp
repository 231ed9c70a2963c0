#include "democommand.h"

#include "services/demogenerator.h"
#include "storage/registryrepository.h"

namespace cii::cli {

QString DemoCommand::name() const
{
    return QStringLiteral("demo");
}

QString DemoCommand::summary() const
{
    return tr("Fill the store with synthetic sector data (the same seed gives the same data).");
}

void DemoCommand::configure(QCommandLineParser &p) const
{
    p.addOption(
        {QStringLiteral("seed"), tr("Random seed."), QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("operators"), tr("Number of operators."), QStringLiteral("N"),
                 QStringLiteral("30")});
    p.addOption({QStringLiteral("systems"), tr("Number of systems."), QStringLiteral("N"),
                 QStringLiteral("200")});
    p.addOption({QStringLiteral("inspections"),
                 tr("Number of inspections to add across this year (default 0)."),
                 QStringLiteral("N"), QStringLiteral("0")});
}

int DemoCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 seed = 1, operators = 30, systems = 200, inspections = 0;
    if (!intOption(ctx, p, QStringLiteral("seed"), &seed, 0, 4294967295LL) ||
        !intOption(ctx, p, QStringLiteral("operators"), &operators, 0, 1000000) ||
        !intOption(ctx, p, QStringLiteral("systems"), &systems, 0, 10000000) ||
        !intOption(ctx, p, QStringLiteral("inspections"), &inspections, 0, 10000000))
        return Usage;
    if (systems > 0 && operators == 0)
        return ctx.usage(tr("systems need at least one operator"));
    Database *db = ctx.openStore(Database::OpenMode::CreateIfMissing);
    if (!db)
        return StorageError;
    RegistryRepository repo(*db);
    if (Status s = DemoGenerator::populate(repo, quint32(seed), int(operators), int(systems)); !s)
        return ctx.fail(s.error());
    if (Status s = DemoGenerator::populateReports(*db, quint32(seed), QDate::currentDate()); !s)
        return ctx.fail(s.error());
    if (Status s = DemoGenerator::populateInspections(*db, quint32(seed), int(inspections),
                                                      QDate::currentDate().year());
        !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(
            {{QStringLiteral("operators"), operators}, {QStringLiteral("systems"), systems}});
    else
        ctx.err() << tr("Added %1 operators and %2 systems to %3.")
                         .arg(operators)
                         .arg(systems)
                         .arg(db->location())
                  << Qt::endl;
    return Ok;
}

} // namespace cii::cli
