#include "officialdocument.h"

#include "rules/ruleset.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>

namespace cii {

QString OfficialDocument::begin(const DocLanguage &l)
{
    return QStringLiteral("<html><body style=\"font-family:%1; font-size:11pt;\">"
                          "<p style=\"font-family:%2; font-size:10pt;\">%3</p>")
        .arg(bodyFamily(), headingFamily(),
             l.inline_(QStringLiteral("内部资料　注意保密"),
                       QStringLiteral("INTERNAL — CONFIDENTIAL")));
}

QString OfficialDocument::header(const QString &deptZh, const QString &deptEn,
                                 const QString &number, const DocLanguage &l)
{
    QString h =
        QStringLiteral("<p align=\"center\" style=\"font-family:%1; font-size:24pt; "
                       "font-weight:bold; color:#c00000;\">%2</p>")
            .arg(headingFamily(), l.text(esc(deptZh), esc(deptEn.isEmpty() ? deptZh : deptEn)));
    if (!number.isEmpty())
        h += QStringLiteral("<p align=\"center\" style=\"font-size:12pt;\">%1</p>").arg(number);
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                        "style=\"border-collapse:collapse;\">"
                        "<tr><td style=\"border-bottom: 2px solid #c00000; "
                        "font-size:2pt;\">&nbsp;</td></tr></table>");
    return h;
}

QString OfficialDocument::title(const QString &zh, const QString &en, const DocLanguage &l)
{
    return QStringLiteral("<p align=\"center\" style=\"font-size:18pt; font-weight:bold; "
                          "margin-top:18px;\">%1</p>")
        .arg(l.text(esc(zh), esc(en.isEmpty() ? zh : en)));
}

QString OfficialDocument::signature(const QString &deptZh, const QString &deptEn, const QDate &date,
                                    const DocLanguage &l)
{
    return QStringLiteral("<p align=\"right\" style=\"margin-top:36px;\">%1<br/>%2</p>")
        .arg(l.inline_(esc(deptZh), esc(deptEn.isEmpty() ? deptZh : deptEn)), dateText(date, l));
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
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies({QStringLiteral("Liberation Serif"), QStringLiteral("Noto Serif CJK SC")});
    font.setPointSizeF(11);
    // Any letter spacing turns off ligatures, so "fi" stays two searchable letters in the PDF.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.01);
    doc->setDefaultFont(font);
    doc->setHtml(html);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    return doc;
}

// Layout helper stubs: plain markup, replaced by the layout branch.

QString OfficialDocument::header(const QStringList &deptsZh, const QStringList &deptsEn,
                                 const QString &number, const DocLanguage &l)
{
    QStringList names;
    for (int i = 0; i < deptsZh.size(); ++i)
        names << l.text(esc(deptsZh.at(i)),
                        esc(deptsEn.value(i).isEmpty() ? deptsZh.at(i) : deptsEn.at(i)));
    QString h = QStringLiteral("<p align=\"center\" style=\"font-size:20pt; color:#c00000;\">%1</p>")
                    .arg(names.join(QStringLiteral("<br/>")));
    if (!number.isEmpty())
        h += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(number));
    return h;
}

QString OfficialDocument::addressee(const QString &zh, const QString &en, const DocLanguage &l)
{
    return QStringLiteral("<p>%1</p>")
        .arg(l.inline_(esc(zh) + QStringLiteral("："),
                       esc(en.isEmpty() ? zh : en) + QStringLiteral(":")));
}

QString OfficialDocument::paragraph(const QString &zhHtml, const QString &enHtml,
                                    const DocLanguage &l)
{
    if (l.value() == DocLanguage::Bilingual)
        return QStringLiteral("<p>%1</p><p>%2</p>").arg(zhHtml, enHtml);
    return QStringLiteral("<p>%1</p>").arg(l.chinese() ? zhHtml : enHtml);
}

QString OfficialDocument::attachments(const QStringList &zh, const QStringList &en,
                                      const DocLanguage &l)
{
    QStringList items;
    for (int i = 0; i < zh.size(); ++i)
        items << l.inline_(esc(zh.at(i)), esc(en.value(i).isEmpty() ? zh.at(i) : en.at(i)));
    return QStringLiteral("<p>%1%2</p>")
        .arg(l.inline_(QStringLiteral("附件："), QStringLiteral("Attachments: ")),
             items.join(QStringLiteral("<br/>")));
}

QString OfficialDocument::closing(const QString &zh, const QString &en, const DocLanguage &l)
{
    return QStringLiteral("<p>%1</p>").arg(l.inline_(esc(zh), esc(en.isEmpty() ? zh : en)));
}

QString OfficialDocument::copyTo(const QStringList &zh, const QStringList &en,
                                 const DocLanguage &l)
{
    return QStringLiteral("<p>%1</p>")
        .arg(l.inline_(QStringLiteral("抄送：") + esc(zh.join(QStringLiteral("，"))),
                       QStringLiteral("Copy to: ") + esc(en.join(QStringLiteral(", ")))));
}

QString OfficialDocument::printingLine(const QString &deptZh, const QString &deptEn,
                                       const QDate &printed, const DocLanguage &l)
{
    return QStringLiteral("<p>%1　%2</p>")
        .arg(l.inline_(esc(deptZh), esc(deptEn.isEmpty() ? deptZh : deptEn)),
             l.inline_(QStringLiteral("%1印发").arg(dateText(printed, DocLanguage::Zh)),
                       QStringLiteral("printed %1").arg(dateText(printed, DocLanguage::En))));
}

} // namespace cii
