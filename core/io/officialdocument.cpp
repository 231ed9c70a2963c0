#include "officialdocument.h"

#include "domain/securitysettings.h"
#include "io/officialdocumentlayout.h"
#include "rules/ruleset.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace cii {
namespace {

using Layout = OfficialDocumentLayout;
using Role = OfficialDocumentLayout::Role;

QString &configuredBodyFamily()
{
    static QString family;
    return family;
}

QString cssFamilies(const QStringList &families)
{
    QStringList quoted;
    for (const QString &f : families)
        quoted << QLatin1Char('\'') + f + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

QStringList bodyFamilies()
{
    QStringList f{QStringLiteral("Liberation Serif"), OfficialDocument::chineseBodyFamily()};
    if (!f.contains(QStringLiteral("Noto Serif CJK SC")))
        f << QStringLiteral("Noto Serif CJK SC");
    return f;
}

QFont bodyFont(qreal points)
{
    QFont font;
    font.setFamilies(bodyFamilies());
    font.setPointSizeF(points);
    return font;
}

// Width in document units, as the layout will measure it.
qreal widthOf(const QString &text, const QFont &font)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

qreal textWidthPx()
{
    return Layout::textBlockSize().width();
}

QString cssPx(qreal px)
{
    return QString::number(px, 'f', 1) + QStringLiteral("px");
}

// Where a Chinese title may break: after 关于 or 领域, after 、 or ）, before 的 or （ — never
// inside a word. The break that balances the two lines best wins.
QString balancedTitle(const QString &zh)
{
    QFont font;
    font.setFamilies({QStringLiteral("Liberation Serif"), QStringLiteral("Noto Serif CJK SC")});
    font.setPointSizeF(Layout::titlePt);
    font.setBold(true);
    const qreal limit = textWidthPx();
    if (widthOf(zh, font) <= limit)
        return OfficialDocument::esc(zh);
    int best = -1;
    qreal bestDiff = 0;
    for (int i = 1; i < zh.size(); ++i) {
        const bool candidate = (i == 2 && zh.startsWith(QStringLiteral("关于"))) ||
                               (i >= 2 && zh.mid(i - 2, 2) == QStringLiteral("领域")) ||
                               zh.at(i - 1) == QChar(u'、') || zh.at(i - 1) == QChar(u'）') ||
                               zh.at(i) == QChar(u'的') || zh.at(i) == QChar(u'（');
        if (!candidate)
            continue;
        const qreal a = widthOf(zh.left(i), font);
        const qreal b = widthOf(zh.mid(i), font);
        if (a > limit || b > limit)
            continue;
        if (best < 0 || std::abs(a - b) < bestDiff) {
            best = i;
            bestDiff = std::abs(a - b);
        }
    }
    if (best < 0)
        return OfficialDocument::esc(zh);
    return OfficialDocument::esc(zh.left(best)) + QStringLiteral("<br/>") +
           OfficialDocument::esc(zh.mid(best));
}

// One element in the document's language: bilingual is the Chinese block, then the English
// one (unless they read the same).
QString inLanguage(const QString &zhBlock, const QString &enBlock, bool same, const DocLanguage &l)
{
    if (l.value() == DocLanguage::Zh)
        return zhBlock;
    if (l.value() == DocLanguage::En)
        return enBlock;
    return same ? zhBlock : zhBlock + enBlock;
}

} // namespace

void OfficialDocument::setChineseBodyFamily(const QString &family)
{
    configuredBodyFamily() = family;
}

QString OfficialDocument::chineseBodyFamily()
{
    const QString &f = configuredBodyFamily();
    return !f.isEmpty() && QFontDatabase::hasFamily(f) ? f : QStringLiteral("Noto Serif CJK SC");
}

static QString &configuredClassification()
{
    static QString marking;
    return marking;
}

void OfficialDocument::setClassification(const QString &marking)
{
    configuredClassification() = marking.trimmed();
}

QString OfficialDocument::classification()
{
    const QString &m = configuredClassification();
    return m.isEmpty() ? SecuritySettings::defaultClassification() : m;
}

QString OfficialDocument::bodyFamily()
{
    return cssFamilies(bodyFamilies());
}

QString OfficialDocument::block(int role, const QString &align, const QString &style,
                                const QString &html)
{
    return QStringLiteral("<p%1 style=\"-qt-user-state:%2; margin-top:0px; margin-bottom:0px; "
                          "%3\">%4</p>")
        .arg(align.isEmpty() ? QString() : QStringLiteral(" align=\"%1\"").arg(align))
        .arg(Layout::userState(Role(role)))
        .arg(style, html);
}

QString OfficialDocument::begin(const DocLanguage &l)
{
    // §7.2.2: the marking at the top left, 3号黑体.
    return QStringLiteral("<html><body style=\"font-family:%1; font-size:%2pt;\">")
               .arg(bodyFamily())
               .arg(Layout::bodyPt) +
           block(int(Role::Marking), {},
                 QStringLiteral("font-family:%1; font-size:%2pt;")
                     .arg(headingFamily())
                     .arg(Layout::bodyPt),
                 // The department's own marking as it wrote it; the default in each language.
                 configuredClassification().isEmpty()
                     ? l.inline_(classification(), QStringLiteral("INTERNAL — CONFIDENTIAL"))
                     : esc(classification()));
}

QString OfficialDocument::header(const QStringList &deptsZh, const QStringList &deptsEn,
                                 const QString &number, const DocLanguage &l)
{
    // §7.2.3: the mark in red 小标宋, as large as the longest name allows on one line.
    QFont font;
    font.setFamilies({QStringLiteral("Liberation Serif"), QStringLiteral("Noto Serif CJK SC")});
    font.setBold(true);
    font.setPointSizeF(36);
    const auto fitted = [&](const QStringList &names, qreal largest, qreal smallest) {
        qreal widest = 0;
        for (const QString &n : names)
            widest = std::max(widest, widthOf(n, font) * largest / 36);
        const qreal size =
            widest > 0 ? largest * std::min(1.0, 0.96 * textWidthPx() / widest) : largest;
        return std::max(smallest, std::floor(size * 2) / 2);
    };
    QStringList en;
    for (int i = 0; i < deptsZh.size(); ++i)
        en << (deptsEn.value(i).isEmpty() ? deptsZh.at(i) : deptsEn.at(i));
    const QString style = QStringLiteral("font-family:%1; font-size:%2pt; font-weight:bold; "
                                         "color:#c00000;");
    QString h;
    const auto marks = [&](const QStringList &names, qreal size) {
        for (const QString &n : names)
            h += block(int(Role::IssuerMark), QStringLiteral("center"),
                       style.arg(titleFamily()).arg(size), esc(n));
    };
    if (l.value() != DocLanguage::En)
        marks(deptsZh, fitted(deptsZh, 36, 22));
    if (l.value() == DocLanguage::En)
        marks(en, fitted(en, 26, 18));
    else if (l.value() == DocLanguage::Bilingual && en != deptsZh)
        marks(en, fitted(en, Layout::bodyPt, 12));
    if (!number.isEmpty())
        h += block(int(Role::DocNumber), QStringLiteral("center"),
                   QStringLiteral("font-size:%1pt;").arg(Layout::bodyPt), esc(number));
    h += block(int(Role::RedRule), {}, QStringLiteral("background-color:#c00000; font-size:1pt;"),
               QStringLiteral("&nbsp;"));
    return h;
}

QString OfficialDocument::header(const QString &deptZh, const QString &deptEn,
                                 const QString &number, const DocLanguage &l)
{
    return header(QStringList{deptZh}, QStringList{deptEn}, number, l);
}

QString OfficialDocument::title(const QString &zh, const QString &en, const DocLanguage &l)
{
    const QString style = QStringLiteral("font-family:%1; font-size:%2pt; font-weight:bold;");
    const auto line = [&](const QString &html, qreal size) {
        return block(int(Role::Title), QStringLiteral("center"), style.arg(titleFamily()).arg(size),
                     html);
    };
    const QString english = esc(en.isEmpty() ? zh : en);
    switch (l.value()) {
    case DocLanguage::Zh:
        return line(balancedTitle(zh), Layout::titlePt);
    case DocLanguage::En:
        return line(english, Layout::titlePt);
    case DocLanguage::Bilingual:
        return line(balancedTitle(zh), Layout::titlePt) +
               (en.isEmpty() || en == zh ? QString() : line(english, Layout::bodyPt));
    }
    return {};
}

QString OfficialDocument::addressee(const QString &zh, const QString &en, const DocLanguage &l)
{
    return inLanguage(
        block(int(Role::Addressee), {}, {}, esc(zh) + QStringLiteral("：")),
        block(int(Role::Addressee), {}, {}, esc(en.isEmpty() ? zh : en) + QStringLiteral(":")),
        en.isEmpty() || en == zh, l);
}

QString OfficialDocument::paragraph(const QString &zhHtml, const QString &enHtml,
                                    const DocLanguage &l)
{
    return inLanguage(block(int(Role::Body), {}, {}, zhHtml),
                      block(int(Role::Body), {}, {}, enHtml.isEmpty() ? zhHtml : enHtml),
                      enHtml.isEmpty() || enHtml == zhHtml, l);
}

QString OfficialDocument::attachments(const QStringList &zh, const QStringList &en,
                                      const DocLanguage &l)
{
    if (zh.isEmpty())
        return {};
    // §7.3.5: 正文下空一行左空二字, "附件：1．名称"; a name that wraps lines up with its first
    // character, and so does every later name.
    const QFont font = bodyFont(Layout::bodyPt);
    const auto list = [&](const QString &label, const QStringList &names) {
        const qreal indent = Layout::px(2 * Layout::bodyPt);
        const qreal labelWidth = widthOf(label, font);
        QString h;
        for (int i = 0; i < names.size(); ++i) {
            const QString number = names.size() > 1 ? QStringLiteral("%1.").arg(i + 1) : QString();
            const qreal numberWidth = widthOf(number, font);
            const qreal hanging = (i == 0 ? labelWidth : 0) + numberWidth;
            h += block(int(Role::Attachment), {},
                       QStringLiteral("margin-left:%1; text-indent:%2;")
                           .arg(cssPx(indent + labelWidth + numberWidth), cssPx(-hanging)),
                       (i == 0 ? esc(label) : QString()) + number + esc(names.at(i)));
        }
        return h;
    };
    QStringList english;
    for (int i = 0; i < zh.size(); ++i)
        english << (en.value(i).isEmpty() ? zh.at(i) : en.at(i));
    const QString z = list(QStringLiteral("附件："), zh);
    const QString e =
        list(english.size() > 1 ? QStringLiteral("Attachments: ") : QStringLiteral("Attachment: "),
             english);
    return inLanguage(z, e, english == zh, l);
}

QString OfficialDocument::closing(const QString &zh, const QString &en, const DocLanguage &l)
{
    return inLanguage(block(int(Role::Closing), {}, {}, esc(zh)),
                      block(int(Role::Closing), {}, {}, esc(en.isEmpty() ? zh : en)),
                      en.isEmpty() || en == zh, l);
}

QString OfficialDocument::signature(const QString &deptZh, const QString &deptEn, const QDate &date,
                                    const DocLanguage &l)
{
    // §7.3.5.1: the date four characters in from the right, the authority centred over it.
    const QString nameEn = deptEn.isEmpty() ? deptZh : deptEn;
    QStringList lines;
    if (l.value() == DocLanguage::Zh)
        lines = {deptZh, dateText(date, DocLanguage::Zh)};
    else if (l.value() == DocLanguage::En)
        lines = {nameEn, dateText(date, DocLanguage::En)};
    else
        lines = {deptZh, nameEn, dateText(date, DocLanguage::Zh), dateText(date, DocLanguage::En)};
    lines.removeDuplicates();
    const QFont font = bodyFont(Layout::bodyPt);
    qreal column = 0;
    for (const QString &s : lines)
        column = std::max(column, widthOf(s, font));
    const qreal right =
        std::max(0.0, std::min(Layout::px(4 * Layout::bodyPt), textWidthPx() - column));
    QString h;
    for (const QString &s : lines)
        h += block(
            int(Role::Signature), QStringLiteral("right"),
            QStringLiteral("margin-right:%1;").arg(cssPx(right + (column - widthOf(s, font)) / 2)),
            esc(s));
    return h;
}

QString OfficialDocument::copyTo(const QStringList &zh, const QStringList &en, const DocLanguage &l)
{
    if (zh.isEmpty())
        return {};
    // §7.4.2: 4号, one character in on both sides; a wrapped line starts under the first name.
    const QFont font = bodyFont(Layout::recordPt);
    const qreal side = Layout::px(Layout::recordPt);
    const auto line = [&](const QString &label, const QString &names) {
        const qreal w = widthOf(label, font);
        return block(int(Role::CopyTo), {},
                     QStringLiteral("font-size:%1pt; margin-left:%2; margin-right:%3; "
                                    "text-indent:%4;")
                         .arg(Layout::recordPt)
                         .arg(cssPx(side + w), cssPx(side), cssPx(-w)),
                     esc(label) + esc(names));
    };
    QStringList english;
    for (int i = 0; i < zh.size(); ++i)
        english << (en.value(i).isEmpty() ? zh.at(i) : en.at(i));
    const QString z = line(QStringLiteral("抄送："), zh.join(QStringLiteral("，")) + QChar(u'。'));
    const QString e =
        line(QStringLiteral("Copy to: "), english.join(QStringLiteral(", ")) + QLatin1Char('.'));
    QString h =
        block(int(Role::RecordRule), {}, QStringLiteral("background-color:#000000; font-size:1pt;"),
              QStringLiteral("&nbsp;"));
    return h + inLanguage(z, e, english == zh, l);
}

QString OfficialDocument::printingLine(const QString &deptZh, const QString &deptEn,
                                       const QDate &printed, const DocLanguage &l,
                                       const QString &anchor)
{
    // §7.4.3: 印发机关 one character in from the left, "…印发" one in from the right.
    const QString rule =
        block(int(Role::RecordRule), {}, QStringLiteral("background-color:#000000; font-size:1pt;"),
              QStringLiteral("&nbsp;"));
    const auto line = [&](const QString &dept, const QString &when) {
        return block(int(Role::PrintingLine), {},
                     QStringLiteral("font-size:%1pt; margin-left:%2; white-space:pre;")
                         .arg(Layout::recordPt)
                         .arg(cssPx(Layout::px(Layout::recordPt))),
                     esc(dept) + QStringLiteral("&#9;") + esc(when));
    };
    const QString z = line(deptZh, dateText(printed, DocLanguage::Zh) + QStringLiteral("印发"));
    const QString e = line(deptEn.isEmpty() ? deptZh : deptEn,
                           QStringLiteral("Issued %1").arg(dateText(printed, DocLanguage::En)));
    QString audit;
    if (!anchor.isEmpty())
        audit =
            block(int(Role::PrintingLine), {},
                  QStringLiteral("font-size:%1pt; margin-left:%2;")
                      .arg(Layout::tableSmallPt)
                      .arg(cssPx(Layout::px(Layout::recordPt))),
                  esc(l.inline_(QStringLiteral("审计链校验：%1"), QStringLiteral("Audit chain: %1"))
                          .arg(anchor)));
    return rule + inLanguage(z, e, false, l) + audit + rule;
}

QString OfficialDocument::dateText(const QDate &d, const DocLanguage &l)
{
    const QString zh = QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    const QString en = QLocale(QLocale::English, QLocale::UnitedKingdom)
                           .toString(d, QStringLiteral("d MMMM yyyy"));
    return l.text(zh, en);
}

QString OfficialDocument::categoryName(const QString &c, const DocLanguage &l)
{
    if (c == QLatin1String("website"))
        return l.inline_(QStringLiteral("网站类"), QStringLiteral("websites"));
    if (c == QLatin1String("platform"))
        return l.inline_(QStringLiteral("平台类"), QStringLiteral("platforms"));
    if (c == QLatin1String("production"))
        return l.inline_(QStringLiteral("生产业务类"), QStringLiteral("production systems"));
    return l.inline_(QStringLiteral("其他"), QStringLiteral("other"));
}

QString OfficialDocument::outcomeName(const QString &o, const DocLanguage &l)
{
    if (o == Outcome::Cii)
        return l.inline_(QStringLiteral("认定为关键信息基础设施"), QStringLiteral("CII"));
    if (o == Outcome::NotCii)
        return l.inline_(QStringLiteral("不认定"), QStringLiteral("not CII"));
    return l.inline_(QStringLiteral("数据不足"), QStringLiteral("insufficient data"));
}

std::unique_ptr<QTextDocument> OfficialDocument::build(const QString &html, const QString &title)
{
    return build(html, title, {});
}

QString OfficialDocument::figure(const QString &name, const QImage &image, qreal widthMm,
                                 const QString &captionZh, const QString &captionEn,
                                 const DocLanguage &l)
{
    const qreal width = Layout::pxFromMm(std::min(widthMm, Layout::textWidthMm));
    const qreal height = image.width() > 0 ? width * image.height() / image.width() : 0;
    return block(int(Role::Figure), QStringLiteral("center"), {},
                 QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>")
                     .arg(esc(name))
                     .arg(qRound(width))
                     .arg(qRound(height))) +
           caption(captionZh, captionEn, l);
}

QString OfficialDocument::caption(const QString &zh, const QString &en, const DocLanguage &l)
{
    const QString style = QStringLiteral("font-size:%1pt;").arg(Layout::tablePt);
    return inLanguage(
        block(int(Role::Caption), QStringLiteral("center"), style, esc(zh)),
        block(int(Role::Caption), QStringLiteral("center"), style, esc(en.isEmpty() ? zh : en)),
        en.isEmpty() || en == zh, l);
}

std::unique_ptr<QTextDocument> OfficialDocument::build(const QString &html, const QString &title,
                                                       const QHash<QString, QImage> &images)
{
    auto doc = std::make_unique<QTextDocument>();
    // Before the HTML: the layout asks for each picture as it meets it.
    for (auto it = images.constBegin(); it != images.constEnd(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    QFont font = bodyFont(Layout::bodyPt);
    // Any letter spacing turns off ligatures, so "fi" stays two searchable letters in the PDF.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.01);
    doc->setDefaultFont(font);
    doc->setHtml(html);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    OfficialDocumentLayout::apply(doc.get());
    return doc;
}

} // namespace cii
