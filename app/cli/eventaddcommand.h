#pragma once

#include "command.h"

namespace cii::cli {

// event add --operator ID --kind K --date D --due D --description T
class EventAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EventAddCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
