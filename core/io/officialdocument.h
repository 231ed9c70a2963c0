#pragma once

#include "io/doclanguage.h"

#include <QDate>
#include <QString>
#include <QStringList>

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

    // Layout helpers for document content (minimal stubs; the layout branch replaces them).
    // Joint issuance: every department's name, stacked.
    static QString header(const QStringList &deptsZh, const QStringList &deptsEn,
                          const QString &number, const DocLanguage &l);
    // The 主送 line.
    static QString addressee(const QString &zh, const QString &en, const DocLanguage &l);
    // A body paragraph; bilingual = the Chinese paragraph, then the English one.
    static QString paragraph(const QString &zhHtml, const QString &enHtml, const DocLanguage &l);
    // 附件：
    static QString attachments(const QStringList &zh, const QStringList &en,
                               const DocLanguage &l);
    // 特此通知。 kept with the signature.
    static QString closing(const QString &zh, const QString &en, const DocLanguage &l);
    // 抄送：
    static QString copyTo(const QStringList &zh, const QStringList &en, const DocLanguage &l);
    // 印发机关 印发日期
    static QString printingLine(const QString &deptZh, const QString &deptEn, const QDate &printed,
                                const DocLanguage &l);
};

} // namespace cii
