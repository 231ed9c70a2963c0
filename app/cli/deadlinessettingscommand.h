#pragma once

#include "command.h"

namespace cii::cli {

// deadlines settings [--assessment-due MM-DD] [--notification-days N] [--due-soon-days N]
class DeadlinesSettingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeadlinesSettingsCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
