#pragma once

#include "command.h"

namespace cii::cli {

// rules test ID: runs the rule set's own test cases.
class RulesTestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesTestCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
