#pragma once

#include "rulesetcommand.h"

namespace cii::cli {

// rules test ID: runs the rule set's own test cases.
class RulesTestCommand : public RuleSetCommand
{
    Q_DECLARE_TR_FUNCTIONS(RulesTestCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;

private:
    static int report(CliContext &ctx, const RuleSet &rules);
};

} // namespace cii::cli
