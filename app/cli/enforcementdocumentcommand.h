#pragma once

#include "command.h"

namespace cii::cli {

// enforcement document ID --step order|advance-notice|decision --format pdf|odt --lang L --out DIR
class EnforcementDocumentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementDocumentCommand)

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
