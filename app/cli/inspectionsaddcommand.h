#pragma once

#include "command.h"

namespace cii::cli {

// inspections add --operator ID --lead DEPT --start D --end D [--kind K] [--participants DEPT,…]
// [--systems ID,…] [--team T]
class InspectionsAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InspectionsAddCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
