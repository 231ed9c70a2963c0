#pragma once

#include "command.h"

namespace cii::cli {

// notice export CASE… --to operator|mps --format pdf|odt --lang zh|en|bilingual --out DIR
//               [--reissue --reason T]
class NoticeExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(NoticeExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    bool makesDocument() const override { return true; }

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
    bool ownsLangOption() const override { return true; }
};

} // namespace cii::cli
