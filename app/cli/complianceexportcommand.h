#pragma once

#include "command.h"

namespace cii::cli {

// compliance export [--out FILE]
class ComplianceExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceExportCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
