#pragma once

#include "command.h"

namespace cii::cli {

// rules validate FILE: every problem with its JSON path.
class RulesValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesValidateCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
