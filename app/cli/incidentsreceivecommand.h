#pragma once

#include "command.h"

namespace cii::cli {

// incidents receive ID --report followup|summary --at DT [--party T] [--note T]
class IncidentsReceiveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsReceiveCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
