#include "rulesfilecommand.h"

#include "storage/rulesetrepository.h"

namespace cii::cli {

QString RulesFileCommand::name() const
{
    return QStringLiteral("rules file");
}

QString RulesFileCommand::summary() const
{
    return tr("Record that a rule set was filed with the MPS; it can never change afterwards.");
}

void RulesFileCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Rule set id."));
    p.addOption(
        {QStringLiteral("reference"), tr("Filing reference (required)."), QStringLiteral("T")});
    p.addOption(
        {QStringLiteral("date"), tr("Filing date, YYYY-MM-DD (required)."), QStringLiteral("D")});
}

int RulesFileCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    const QDate date = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
    if (!p.isSet(QStringLiteral("reference")) || !date.isValid())
        return ctx.usage(tr("--reference and --date YYYY-MM-DD are required"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    if (Status s = RuleSetRepository(*db).file(id, p.value(QStringLiteral("reference")), date); !s)
        return ctx.fail(s.error());
    if (!ctx.json)
        ctx.err() << tr("Rule set %1 filed.").arg(id) << Qt::endl;
    else
        ctx.printJson(
            {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("filed")}});
    return Ok;
}

} // namespace cii::cli
