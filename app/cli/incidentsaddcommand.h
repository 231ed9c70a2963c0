#pragma once

#include "command.h"

namespace cii::cli {

// incidents add --operator ID [--systems ID,…] --type T --discovered DT --received DT
// [--description T]
class IncidentsAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsAddCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
