#pragma once

#include "command.h"

namespace cii::cli {

// decide CASE (--confirm | --override cii|not-cii --reason T)
class DecideCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DecideCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
