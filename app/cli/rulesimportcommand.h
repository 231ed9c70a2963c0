#pragma once

#include "rulesetcommand.h"

namespace cii::cli {

// rules import FILE [--sector KEY]: stores the rule set as a new draft version.
class RulesImportCommand : public RuleSetCommand
{
    Q_DECLARE_TR_FUNCTIONS(RulesImportCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
