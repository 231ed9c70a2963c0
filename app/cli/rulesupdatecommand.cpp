#include "rulesupdatecommand.h"

#include "storage/rulesetrepository.h"

namespace cii::cli {

QString RulesUpdateCommand::name() const
{
    return QStringLiteral("rules update");
}

QString RulesUpdateCommand::summary() const
{
    return tr("Replace a draft's criteria, logic and tests with a JSON file; filed versions "
              "cannot change.");
}

void RulesUpdateCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Rule set id."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Rule-set JSON file."));
}

int RulesUpdateCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (p.positionalArguments().size() != 2)
        return ctx.usage(tr("expected: rules update ID FILE"));
    if (!positionalId(ctx, p, &id))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<RuleSet> rules = readFile(*db, p.positionalArguments().at(1));
    if (!rules)
        return ctx.fail(rules.error());
    RuleSet r = rules.value();
    r.id = id;
    if (Result<qint64> s = RuleSetRepository(*db).update(r); !s)
        return ctx.fail(s.error());
    return Ok;
}

} // namespace cii::cli
