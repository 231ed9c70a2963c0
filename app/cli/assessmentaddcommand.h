#pragma once

#include "command.h"

namespace cii::cli {

// assessment add --system ID --year Y --received D [--findings N] [--rectification T]
class AssessmentAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentAddCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
