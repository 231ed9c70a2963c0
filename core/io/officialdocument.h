#pragma once

#include "io/doclanguage.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace cii {

// The parts every official document of the department shares, laid out as GB/T 9704-2012
// places them: the confidentiality marking, the red issuing-authority mark with the document
// number and the red rule (版头); title, addressee, body, attachments, closing and signature
// (主体); copy-to and printing line between rules (版记). Each helper returns an HTML fragment
// whose blocks name their element, and build() turns the HTML into a document laid out on the
// GB/T 9704 page (OfficialDocumentLayout) that DocumentFile writes as PDF or ODT.
//
// Fonts: body text 3号 仿宋 (the configured Chinese body family, else Noto Serif CJK SC),
// title and issuer's mark 小标宋 (Noto Serif CJK SC bold), headings 黑体 (Noto Sans CJK SC),
// Latin text in Liberation. The SC families are always named: the default fallback picks the
// Japanese variant.
class OfficialDocument
{
public:
    // An installed 仿宋 family ("FangSong", "仿宋", "FangSong_GB2312", "STFangsong") for
    // Chinese body text; empty or not installed falls back to Noto Serif CJK SC.
    static void setChineseBodyFamily(const QString &family);
    static QString chineseBodyFamily();
    // The classification marking printed at the top left (§7.2.2), the department's setting
    // (SecuritySettings); empty: its default, 内部资料 注意保存.
    static void setClassification(const QString &marking);
    static QString classification();
    // CSS font-family lists.
    static QString bodyFamily();
    static QString headingFamily()
    {
        return QStringLiteral("'Liberation Sans', 'Noto Sans CJK SC'");
    }
    static QString titleFamily()
    {
        return QStringLiteral("'Liberation Serif', 'Noto Serif CJK SC'");
    }
    static QString esc(const QString &s) { return s.toHtmlEscaped(); }

    // <html><body …> with the marking line; close with end().
    static QString begin(const DocLanguage &l);
    static QString end() { return QStringLiteral("</body></html>"); }
    // 版头: the issuing authority's mark in red, centred (one name per department for a joint
    // issuance, stacked); the document number (if any) under it; the red rule.
    static QString header(const QStringList &deptsZh, const QStringList &deptsEn,
                          const QString &number, const DocLanguage &l);
    static QString header(const QString &deptZh, const QString &deptEn, const QString &number,
                          const DocLanguage &l);
    // 2号 小标宋, centred; a Chinese title too long for one line breaks between words.
    static QString title(const QString &zh, const QString &en, const DocLanguage &l);
    // 主送: flush left under the title, followed by "：" / ":".
    static QString addressee(const QString &zh, const QString &en, const DocLanguage &l);
    // Body paragraph with a two-character first-line indent; bilingual is the Chinese
    // paragraph, then its English paragraph.
    static QString paragraph(const QString &zhHtml, const QString &enHtml, const DocLanguage &l);
    // 附件说明 under the body: "附件：1．…", later names aligned with the first.
    static QString attachments(const QStringList &zh, const QStringList &en, const DocLanguage &l);
    // "特此通知。", kept on the page of the signature.
    static QString closing(const QString &zh, const QString &en, const DocLanguage &l);
    // Authority and date (成文日期) at the right, the name centred over the date, four
    // characters in from the right, with room above for the seal; kept together.
    static QString signature(const QString &deptZh, const QString &deptEn, const QDate &date,
                             const DocLanguage &l);
    // 版记: "抄送：…。" under the first rule.
    static QString copyTo(const QStringList &zh, const QStringList &en, const DocLanguage &l);
    // 版记: 印发机关 at the left, "…印发" date at the right, between rules, at the foot of the
    // last page.
    // `anchor` (ID:HEX16, the audit chain's head at issue) is printed under it: whoever holds
    // the document can later prove the store's log still has that record unchanged.
    static QString printingLine(const QString &deptZh, const QString &deptEn, const QDate &printed,
                                const DocLanguage &l, const QString &anchor = {});

    static QString dateText(const QDate &d, const DocLanguage &l);
    static QString categoryName(const QString &category, const DocLanguage &l);
    static QString outcomeName(const QString &outcome, const DocLanguage &l);
    // A QTextDocument from the HTML, with the document fonts, laid out on the GB/T 9704 page.
    static std::unique_ptr<QTextDocument> build(const QString &html, const QString &title);
    // The same with pictures the HTML names in <img src="NAME"> (figure()).
    static std::unique_ptr<QTextDocument> build(const QString &html, const QString &title,
                                                const QHash<QString, QImage> &images);
    // A table's or figure's title (表题, 图题): centred, 小四.
    static QString caption(const QString &zh, const QString &en, const DocLanguage &l);
    // A picture on a line of its own, `widthMm` wide (at most the text block), the caption
    // centred under it.
    static QString figure(const QString &name, const QImage &image, qreal widthMm,
                          const QString &captionZh, const QString &captionEn, const DocLanguage &l);

private:
    static QString block(int role, const QString &align, const QString &style, const QString &html);
};

} // namespace cii
