#pragma once

#include "command.h"

namespace cii::cli {

// compliance period KEY MONTHS
class CompliancePeriodCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CompliancePeriodCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
