#pragma once

#include "command.h"

namespace cii::cli {

// inspections notice ID --format pdf|odt --lang zh|en|bilingual --out DIR [--date D]
class InspectionsNoticeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InspectionsNoticeCommand)

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
