#pragma once

#include "command.h"

namespace cii::cli {

// incidents list [--open] [--grade G]
class IncidentsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsListCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
