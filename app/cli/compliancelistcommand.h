#pragma once

#include "command.h"

namespace cii::cli {

// compliance list [--today D] [--state S] [--duty KEY]
class ComplianceListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceListCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
