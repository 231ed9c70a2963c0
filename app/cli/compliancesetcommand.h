#pragma once

#include "command.h"

namespace cii::cli {

// compliance set OPERATOR KEY VALUE [--date D]
class ComplianceSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceSetCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
