#include "rulesetfilingletter.h"

#include "io/contactline.h"
#include "io/officialdocument.h"

#include <QTextDocument>

namespace cii {
namespace {

using Doc = OfficialDocument;

QString rulesZh(const FilingLetterContent &c)
{
    return QStringLiteral("《%1》（第%2版）").arg(c.rulesZh).arg(c.version);
}

QString rulesEn(const FilingLetterContent &c)
{
    return QStringLiteral("\"%1\" (version %2)")
        .arg(c.rulesEn.isEmpty() ? c.rulesZh : c.rulesEn)
        .arg(c.version);
}

} // namespace

QString RuleSetFilingLetter::title(const FilingLetterContent &c, const DocLanguage &l)
{
    return l.inline_(QStringLiteral("关于报送%1备案的函").arg(rulesZh(c)),
                     QStringLiteral("Letter submitting %1 for filing").arg(rulesEn(c)));
}

QString RuleSetFilingLetter::html(const FilingLetterContent &c, DocLanguage l)
{
    const QString departmentEn = c.departmentEn.isEmpty() ? c.departmentZh : c.departmentEn;
    QString h = Doc::begin(l);
    h += Doc::header({c.departmentZh}, {departmentEn},
                     l.value() == DocLanguage::En ? c.numberEn : c.numberZh, l);
    h += Doc::title(QStringLiteral("关于报送%1备案的函").arg(rulesZh(c)),
                    QStringLiteral("Letter submitting %1 for filing").arg(rulesEn(c)), l);
    h += Doc::addressee(QStringLiteral("公安部"), QStringLiteral("Ministry of Public Security"), l);
    // Art. 9: the department formulates the rules for its sector and reports them to the
    // State Council public security department for filing.
    h += Doc::paragraph(
        QStringLiteral("根据《关键信息基础设施安全保护条例》第九条，%1结合%2行业、领域实际，制定了"
                       "%3。现将该认定规则报送你部备案。")
            .arg(Doc::esc(c.departmentZh), Doc::esc(c.sectorZh), Doc::esc(rulesZh(c))),
        QStringLiteral("Under Article 9 of the Critical Information Infrastructure Security "
                       "Protection Regulations, %1 has formulated %3 in the light of the actual "
                       "situation of the %2 sector. We hereby report these identification rules "
                       "to your Ministry for filing.")
            .arg(Doc::esc(departmentEn), Doc::esc(c.sectorEn), Doc::esc(rulesEn(c))),
        l);
    h += Doc::paragraph(
        QStringLiteral("认定规则的认定因素、认定标准、判定逻辑和测试案例详见附件。"),
        QStringLiteral("The identification factors, criteria, decision logic and test cases of "
                       "the rules are set out in the attachment."),
        l);
    const ContactLine contact(c.contactName, c.contactPhone);
    h += Doc::paragraph(contact.zh, contact.en, l);
    h += Doc::attachments({rulesZh(c) + QStringLiteral("备案材料")},
                          {QStringLiteral("Filing document of %1").arg(rulesEn(c))}, l);
    h += Doc::closing(QStringLiteral("请予备案。"),
                      QStringLiteral("We ask that the rules be filed."), l);
    h += Doc::signature(c.departmentZh, c.departmentEn, c.date, l);
    h += Doc::printingLine(c.departmentZh, c.departmentEn, c.date, l, c.anchor);
    h += Doc::end();
    return h;
}

std::unique_ptr<QTextDocument> RuleSetFilingLetter::build(const FilingLetterContent &content,
                                                          DocLanguage language)
{
    return OfficialDocument::build(html(content, language), title(content, DocLanguage::Zh) +
                                                                QLatin1Char(' ') +
                                                                content.numberZh);
}

} // namespace cii
