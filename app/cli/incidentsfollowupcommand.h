#pragma once

#include "command.h"

namespace cii::cli {

// incidents follow-up ID --due DT [--note T]
class IncidentsFollowUpCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsFollowUpCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
