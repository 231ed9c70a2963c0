#pragma once

#include "rulesetcommand.h"

namespace cii::cli {

// rules update ID FILE: replaces a draft's content; a filed version is refused (exit 3).
class RulesUpdateCommand : public RuleSetCommand
{
    Q_DECLARE_TR_FUNCTIONS(RulesUpdateCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
