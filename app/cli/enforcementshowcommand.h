#pragma once

#include "command.h"

namespace cii::cli {

// enforcement show ID: the case, its steps, documents and dates
class EnforcementShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementShowCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
