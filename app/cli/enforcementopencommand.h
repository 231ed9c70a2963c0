#pragma once

#include "command.h"

namespace cii::cli {

// enforcement open --operator ID --article "Art. 39(8)" [--evidence KIND:ID,…] [--facts T]
// [--person T]
class EnforcementOpenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementOpenCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
