#pragma once

#include "command.h"

namespace cii::cli {

// findings update ID [--status S] [--fixed-on D] [--due D]
class FindingsUpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FindingsUpdateCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
