#pragma once

#include "command.h"

namespace cii::cli {

// systems add --operator ID --name T [--category C] [--mlps N]
class SystemsAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SystemsAddCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
