#pragma once

#include "io/doclanguage.h"
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
    // Font families as CSS lists: Latin text in Liberation (Times/Arial metrics), Chinese in
    // the Noto CJK SC families, named explicitly because the default fallback picks the
    // Japanese variant. Latin text set in the CJK fonts lost its digits in extracted PDF text
    // (their shaped glyphs have no code point for Qt's ToUnicode map).
    static QString bodyFamily()
    {
        return QStringLiteral("'Liberation Serif', 'Noto Serif CJK SC'");
    }
    static QString headingFamily()
    {
        return QStringLiteral("'Liberation Sans', 'Noto Sans CJK SC'");
    }
};

} // namespace cii
