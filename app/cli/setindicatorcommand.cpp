#include "setindicatorcommand.h"

#include "storage/registryrepository.h"

namespace cii::cli {

QString SetIndicatorCommand::name() const
{
    return QStringLiteral("systems set-indicator");
}

QString SetIndicatorCommand::summary() const
{
    return tr("Set a system's reported indicator value.");
}

void SetIndicatorCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("SYSTEM"), tr("System id."));
    p.addPositionalArgument(QStringLiteral("KEY"), tr("Indicator key (see 'indicators list')."));
    p.addPositionalArgument(QStringLiteral("VALUE"), tr("The value."));
    p.addOption({QStringLiteral("date"), tr("Date reported, YYYY-MM-DD (default today)."),
                 QStringLiteral("D")});
}

int SetIndicatorCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 3)
        return ctx.usage(tr("expected SYSTEM KEY VALUE"));
    bool ok = false;
    const qint64 system = args.at(0).toLongLong(&ok);
    if (!ok)
        return ctx.usage(tr("SYSTEM must be an id, not '%1'").arg(args.at(0)));
    QDate date = QDate::currentDate();
    if (p.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return ctx.usage(tr("--date takes YYYY-MM-DD"));
    }
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    if (Status s = RegistryRepository(*db).setIndicatorValue(system, args.at(1), args.at(2), date);
        !s)
        return ctx.fail(s.error());
    return Ok;
}

} // namespace cii::cli
