#pragma once

#include "command.h"

namespace cii::cli {

// incidents report ID --to cac-mps|followup|summary (--format pdf|odt --lang L --out DIR | --sent
// DT)
class IncidentsReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsReportCommand)

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
