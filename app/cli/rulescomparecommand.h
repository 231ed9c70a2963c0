#pragma once

#include "command.h"

namespace cii::cli {

// rules compare ID ID: what changed from one version to another, criterion by criterion.
class RulesCompareCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesCompareCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
