#include "rulesimportcommand.h"

#include "domain/sector.h"
#include "storage/rulesetrepository.h"

namespace cii::cli {

QString RulesImportCommand::name() const
{
    return QStringLiteral("rules import");
}

QString RulesImportCommand::summary() const
{
    return tr("Import a rule set (JSON) as a new draft version; prints its id.");
}

void RulesImportCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Rule-set JSON file."));
    p.addOption({QStringLiteral("sector"), tr("Put the rule set into this sector (key)."),
                 QStringLiteral("KEY")});
}

int RulesImportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return ctx.usage(tr("expected: rules import FILE"));
    const QString sector = p.value(QStringLiteral("sector"));
    if (!sector.isEmpty() && !Sector::isKnown(sector))
        return ctx.usage(tr("unknown sector '%1'").arg(sector));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<RuleSet> rules = readFile(*db, p.positionalArguments().at(0));
    if (!rules)
        return ctx.fail(rules.error());
    RuleSet r = rules.value();
    if (!sector.isEmpty())
        r.sector = sector;
    Result<qint64> id = RuleSetRepository(*db).importAsDraft(r);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
