#pragma once

#include "command.h"

namespace cii::cli {

// rules new-version ID: copies a version into a new draft.
class RulesNewVersionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesNewVersionCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
