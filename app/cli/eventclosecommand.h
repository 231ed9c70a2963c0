#pragma once

#include "command.h"

namespace cii::cli {

// event close ID --date D
class EventCloseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EventCloseCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
