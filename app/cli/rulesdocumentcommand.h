#pragma once

#include "io/doclanguage.h"
#include "io/documentfile.h"
#include "rulesetcommand.h"

namespace cii::cli {

// rules document ID --format pdf|odt --lang zh|en|bilingual --out FILE: the filing document.
class RulesDocumentCommand : public RuleSetCommand
{
    Q_DECLARE_TR_FUNCTIONS(RulesDocumentCommand)

public:
    QString name() const override;
    QString summary() const override;
    bool makesDocument() const override { return true; }

protected:
    bool ownsLangOption() const override { return true; }
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;

private:
    static int write(CliContext &ctx, const QCommandLineParser &p, Database &db,
                     const RuleSet &rules, DocumentFile::Format format, DocLanguage language,
                     const QDate &date);
};

} // namespace cii::cli
