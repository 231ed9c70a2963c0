#pragma once

#include "command.h"

namespace cii::cli {

// operators add --name-zh T --name-en T --uscc CODE --sector KEY [--region T]
class OperatorsAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OperatorsAddCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
