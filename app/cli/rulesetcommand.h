#pragma once

#include "command.h"
#include "rules/ruleset.h"

#include <functional>

namespace cii::cli {

// Base of the "rules …" verbs that work on one stored rule set or read one from a file.
class RuleSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetCommand)

protected:
    // Parses the ID argument, opens the store, loads the rule set and hands it to `work`;
    // returns the exit code of whichever step ended it.
    int withRuleSet(CliContext &ctx, const QCommandLineParser &p,
                    const std::function<int(Database &, const RuleSet &)> &work);
    // Reads and checks a rule-set JSON file against the store's indicator catalogue.
    static Result<RuleSet> readFile(Database &db, const QString &path);
};

} // namespace cii::cli
