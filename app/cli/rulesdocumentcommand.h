#pragma once

#include "command.h"

namespace cii::cli {

// rules document ID --format pdf|odt --lang zh|en|bilingual --out FILE: the filing document.
class RulesDocumentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesDocumentCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    bool ownsLangOption() const override { return true; }
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
