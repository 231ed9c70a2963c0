#pragma once

#include "rulesetcommand.h"

namespace cii::cli {

// rules show ID
class RulesShowCommand : public RuleSetCommand
{
    Q_DECLARE_TR_FUNCTIONS(RulesShowCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;

private:
    static int show(CliContext &ctx, const RuleSet &rules);
};

} // namespace cii::cli
