#pragma once

#include "command.h"

namespace cii::cli {

// incidents show ID
class IncidentsShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsShowCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
