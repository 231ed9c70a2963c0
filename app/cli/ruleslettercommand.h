#pragma once

#include "rulesetcommand.h"

namespace cii::cli {

// rules letter ID --format pdf|odt --lang zh|en|bilingual --out FILE [--date D]: the numbered
// letter filing the rule set with the MPS (Art. 9); its attachment is `rules document ID`.
class RulesLetterCommand : public RuleSetCommand
{
    Q_DECLARE_TR_FUNCTIONS(RulesLetterCommand)

public:
    QString name() const override;
    QString summary() const override;
    bool makesDocument() const override { return true; }

protected:
    bool ownsLangOption() const override { return true; }
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
