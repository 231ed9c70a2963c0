#pragma once

#include "command.h"

namespace cii::cli {

// findings add --inspection ID --severity S --description T --due D [--system ID]
class FindingsAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FindingsAddCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
