#pragma once

#include "io/doclanguage.h"
#include "io/officialdocument.h"
#include "rules/ruleset.h"

#include <QDate>

#include <memory>

class QTextDocument;

namespace cii {

// The document a department files with the Ministry of Public Security for its rules
// (Art. 9): department, sector, version, criteria per factor, the decision logic in words,
// the test cases and the date, laid out in the spirit of GB/T 9704.
class RuleSetFilingDocument
{
public:
    struct Department
    {
        QString nameZh;
        QString nameEn;
    };

    static QString html(const RuleSet &rules, const Department &department, DocLanguage language,
                        const QDate &date);
    static std::unique_ptr<QTextDocument> build(const RuleSet &rules, const Department &department,
                                                DocLanguage language, const QDate &date);
    static QString bodyFamily() { return OfficialDocument::bodyFamily(); }
    static QString headingFamily() { return OfficialDocument::headingFamily(); }
};

} // namespace cii
