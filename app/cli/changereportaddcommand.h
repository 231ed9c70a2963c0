#pragma once

#include "command.h"

namespace cii::cli {

// change-report add --operator ID --systems ID[,ID…] --received D --description T [--attachments T]
class ChangeReportAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChangeReportAddCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
