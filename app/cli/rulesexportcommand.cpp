#include "rulesexportcommand.h"

#include "rules/rulesetjson.h"

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
    return withRuleSet(ctx, p, [&](Database &, const RuleSet &rules) {
        return writeOutput(ctx, p, RuleSetJson::toBytes(rules));
    });
}

} // namespace cii::cli
