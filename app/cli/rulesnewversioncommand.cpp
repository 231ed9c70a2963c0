#include "rulesnewversioncommand.h"

#include "storage/rulesetrepository.h"

namespace cii::cli {

QString RulesNewVersionCommand::name() const
{
    return QStringLiteral("rules new-version");
}

QString RulesNewVersionCommand::summary() const
{
    return tr("Copy a rule set into a new draft version; prints its id.");
}

void RulesNewVersionCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Rule set id."));
}

int RulesNewVersionCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> created = RuleSetRepository(*db).newVersion(id);
    if (!created)
        return ctx.fail(created.error());
    ctx.printCreated(created.value());
    return Ok;
}

} // namespace cii::cli
