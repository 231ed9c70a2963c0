#pragma once

#include "command.h"

namespace cii::cli {

// rules template [--out FILE]: the shipped national-guide template.
class RulesTemplateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesTemplateCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
