#pragma once

#include "io/doclanguage.h"

#include <QDate>
#include <QString>

#include <memory>

class QTextDocument;

namespace cii {

// The parts every official document of the department shares, in the spirit of GB/T 9704:
// the confidentiality marking, the red issuing-department header with its rule, the
// document number, dates written out, the signature block, and the fonts (Latin text in
// Liberation, Chinese in the Noto CJK SC families, named explicitly because the default
// fallback picks the Japanese variant).
class OfficialDocument
{
public:
    static QString bodyFamily()
    {
        return QStringLiteral("'Liberation Serif', 'Noto Serif CJK SC'");
    }
    static QString headingFamily()
    {
        return QStringLiteral("'Liberation Sans', 'Noto Sans CJK SC'");
    }
    static QString esc(const QString &s) { return s.toHtmlEscaped(); }

    // <html><body …> with the marking line; close with end().
    static QString begin(const DocLanguage &l);
    static QString end() { return QStringLiteral("</body></html>"); }
    // The department's name in red, large, centred; the document number (if any) under it at
    // the right; the red rule.
    static QString header(const QString &deptZh, const QString &deptEn, const QString &number,
                          const DocLanguage &l);
    static QString title(const QString &zh, const QString &en, const DocLanguage &l);
    // Department and date at the right, under the body.
    static QString signature(const QString &deptZh, const QString &deptEn, const QDate &date,
                             const DocLanguage &l);
    static QString dateText(const QDate &d, const DocLanguage &l);
    static QString categoryName(const QString &category, const DocLanguage &l);
    static QString outcomeName(const QString &outcome, const DocLanguage &l);
    // A QTextDocument from the HTML, with the document fonts.
    static std::unique_ptr<QTextDocument> build(const QString &html, const QString &title);
};

} // namespace cii
