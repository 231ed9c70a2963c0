#pragma once

#include "command.h"

namespace cii::cli {

// deadlines export --format ics|csv [--today D] [--out FILE]
class DeadlinesExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinesExportCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
