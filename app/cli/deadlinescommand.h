#pragma once

#include "command.h"

namespace cii::cli {

// deadlines [--today D] [--kind K] [--status S] [--sector KEY]
class DeadlinesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinesCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
