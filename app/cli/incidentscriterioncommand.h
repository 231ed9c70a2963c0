#pragma once

#include "command.h"

namespace cii::cli {

// incidents criterion KEY [--threshold N] [--op OP] [--enable | --disable]
class IncidentsCriterionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsCriterionCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
