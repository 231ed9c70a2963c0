#pragma once

#include "command.h"

namespace cii::cli {

// operators list [--sector KEY]
class OperatorsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OperatorsListCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
