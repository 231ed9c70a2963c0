#pragma once

#include "command.h"

namespace cii::cli {

// incidents narrative ID [--impact T] [--measures T] …
class IncidentsNarrativeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsNarrativeCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
