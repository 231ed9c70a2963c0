#pragma once

#include "command.h"

namespace cii::cli {

// cases list [--system ID] [--status S] [--latest]
class CasesListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CasesListCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
