#pragma once

#include "command.h"

namespace cii::cli {

// enforcement list [--operator ID]
class EnforcementListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementListCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
