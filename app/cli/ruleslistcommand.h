#pragma once

#include "command.h"

namespace cii::cli {

// rules list [--sector KEY]
class RulesListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesListCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
