#pragma once

#include "command.h"

namespace cii::cli {

// enforcement step ID --to order|check|advance-notice|decision|closed [the step's fields] [--format
// pdf|odt --lang L --out DIR]
class EnforcementStepCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementStepCommand)

public:
    QString name() const override;
    QString summary() const override;
    bool makesDocument() const override { return true; }

protected:
    void configure(QCommandLineParser &parser) const override;
    bool ownsLangOption() const override { return true; }
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
