#pragma once

#include "command.h"

namespace cii::cli {

// cases show CASE: one case with its full trace
class CasesShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CasesShowCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
