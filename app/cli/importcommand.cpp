#include "importcommand.h"

#include "io/atomicfile.h"
#include "services/registrytransfer.h"

#include <QJsonArray>

namespace cii::cli {

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("Import operators or systems from a CSV file: every row or none.");
}

void ImportCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("KIND"), tr("operators or systems"));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            tr("CSV file (UTF-8, UTF-8 with BOM, or GBK)."));
    p.addOption({QStringLiteral("encoding"), tr("auto, utf-8 or gbk."), QStringLiteral("E"),
                 QStringLiteral("auto")});
}

int ImportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2 ||
        (args.at(0) != QLatin1String("operators") && args.at(0) != QLatin1String("systems")))
        return ctx.usage(tr("expected: import operators|systems FILE"));
    Csv::Encoding encoding;
    if (!Csv::encodingFromKey(p.value(QStringLiteral("encoding")), &encoding))
        return ctx.usage(tr("--encoding takes auto, utf-8 or gbk"));
    Result<QByteArray> bytes = AtomicFile::read(args.at(1));
    if (!bytes)
        return ctx.fail(bytes.error());
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    RegistryRepository repo(*db);
    const auto kind = args.at(0) == QLatin1String("operators") ? ImportPreview::Kind::Operators
                                                               : ImportPreview::Kind::Systems;
    Result<QVector<qint64>> ids = RegistryTransfer(repo).import(kind, bytes.value(), encoding);
    if (!ids)
        return ctx.fail(ids.error());
    if (ctx.json) {
        QJsonArray list;
        for (qint64 id : ids.value())
            list.append(id);
        ctx.printJson(
            {{QStringLiteral("imported"), ids.value().size()}, {QStringLiteral("ids"), list}});
    } else {
        ctx.err() << tr("Imported %n row(s).", nullptr, ids.value().size()) << Qt::endl;
    }
    return Ok;
}

} // namespace cii::cli
