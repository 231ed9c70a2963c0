#pragma once

#include "command.h"

namespace cii::cli {

// identify (--system ID… | --sector KEY | --all): one new case per system (Art. 10).
class IdentifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IdentifyCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
