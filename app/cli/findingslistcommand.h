#pragma once

#include "command.h"

namespace cii::cli {

// findings list [--inspection ID]
class FindingsListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FindingsListCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
