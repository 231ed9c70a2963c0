#pragma once

#include "rulesetcommand.h"

namespace cii::cli {

// rules export ID [--out FILE]
class RulesExportCommand : public RuleSetCommand
{
    Q_DECLARE_TR_FUNCTIONS(RulesExportCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
