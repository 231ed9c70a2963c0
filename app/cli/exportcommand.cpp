#include "exportcommand.h"

#include "services/registrytransfer.h"

namespace cii::cli {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Export operators or systems as CSV (to stdout, or a file written 0600).");
}

void ExportCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("KIND"), tr("operators or systems"));
    p.addOption({QStringLiteral("out"), tr("Write to this file instead of stdout."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("encoding"), tr("utf-8, utf-8-bom (for Excel) or gbk."),
                 QStringLiteral("E"), QStringLiteral("utf-8")});
}

int ExportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1 ||
        (args.at(0) != QLatin1String("operators") && args.at(0) != QLatin1String("systems")))
        return ctx.usage(tr("expected: export operators|systems"));
    Csv::Encoding encoding;
    if (!Csv::encodingFromKey(p.value(QStringLiteral("encoding")), &encoding) ||
        encoding == Csv::Encoding::Auto)
        return ctx.usage(tr("--encoding takes utf-8, utf-8-bom or gbk"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    RegistryRepository repo(*db);
    RegistryTransfer transfer(repo);
    const QString marking = AuditedExport::classification(*db);
    Result<QString> csv = args.at(0) == QLatin1String("operators")
                              ? transfer.exportOperators(marking)
                              : transfer.exportSystems(marking);
    if (!csv)
        return ctx.fail(csv.error());
    return writeExport(ctx, p, *db,
                       {args.at(0), QStringLiteral("csv"), {}, Csv::rowCount(csv.value())},
                       Csv::encode(csv.value(), encoding));
}

} // namespace cii::cli
