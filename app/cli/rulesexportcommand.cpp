#include "rulesexportcommand.h"

#include "rules/rulesetjson.h"
#include "storage/rulesetrepository.h"

namespace cii::cli {

QString RulesExportCommand::name() const
{
    return QStringLiteral("rules export");
}

QString RulesExportCommand::summary() const
{
    return tr("Export a rule set as JSON (to stdout, or a file).");
}

void RulesExportCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Rule set id."));
    p.addOption({QStringLiteral("out"), tr("Write to this file instead of stdout."),
                 QStringLiteral("FILE")});
}

int RulesExportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<RuleSet> r = RuleSetRepository(*db).byId(id);
    if (!r)
        return ctx.fail(r.error());
    return writeOutput(ctx, p, RuleSetJson::toBytes(r.value()));
}

} // namespace cii::cli
