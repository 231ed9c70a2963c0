#pragma once

#include "command.h"

namespace cii::cli {

// inspections merge ID ID… [--lead DEPT] [--start D --end D]
class InspectionsMergeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InspectionsMergeCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
