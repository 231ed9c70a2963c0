#pragma once

#include "command.h"

namespace cii::cli {

// report --sector KEY --year Y --format pdf|odt --lang zh|en|bilingual --out DIR [--date D]
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    bool ownsLangOption() const override { return true; }
    bool makesDocument() const override { return true; }
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
