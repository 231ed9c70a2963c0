#pragma once

#include "command.h"

namespace cii::cli {

// systems set-indicator SYSTEM KEY VALUE [--date D]
class SetIndicatorCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetIndicatorCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
