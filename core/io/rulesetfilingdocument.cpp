#include "rulesetfilingdocument.h"

#include "domain/sector.h"
#include "i18n/displaynames.h"
#include "io/officialdocument.h"
#include "rules/expression.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>

namespace cii {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString categoryName(const QString &c, const DocLanguage &l)
{
    return OfficialDocument::categoryName(c, l);
}

QString outcomeName(const QString &o, const DocLanguage &l)
{
    return OfficialDocument::outcomeName(o, l);
}

QString dateText(const QDate &d, const DocLanguage &l)
{
    return OfficialDocument::dateText(d, l);
}

QString factorName(const QString &factor, const DocLanguage &l)
{
    if (factor == Factor::Core)
        return l.inline_(QStringLiteral("对关键核心业务的重要程度"),
                         QStringLiteral("importance to critical core business"));
    if (factor == Factor::Harm)
        return l.inline_(QStringLiteral("遭到破坏、丧失功能或数据泄露可能带来的危害程度"),
                         QStringLiteral("harm if destroyed, disabled or its data leaked"));
    return l.inline_(QStringLiteral("对其他行业和领域的关联性影响"),
                     QStringLiteral("impact on other sectors"));
}

QString opWords(const Criterion &c, const DocLanguage &l)
{
    const QLocale locale =
        l.chinese() ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English);
    QString threshold = c.threshold;
    bool isInt = false;
    const qint64 n = c.threshold.toLongLong(&isInt);
    if (isInt)
        threshold = locale.toString(n);
    // The catalogue's units are Chinese (人次, 元): the English text reads them in English.
    const QString zhUnit = c.unit.isEmpty() ? QString() : QStringLiteral(" ") + c.unit;
    const QString enUnit = DisplayNames::unitInEnglish(c.unit).isEmpty()
                               ? QString()
                               : QStringLiteral(" ") + DisplayNames::unitInEnglish(c.unit);
    auto words = [&](const QString &zh, const QString &en) {
        return l.inline_(zh.arg(threshold, zhUnit), en.arg(threshold, enUnit));
    };
    if (c.op == QLatin1String("is-true"))
        return l.inline_(QStringLiteral("为“是”"), QStringLiteral("is yes"));
    if (c.op == QLatin1String("in"))
        return l.inline_(QStringLiteral("属于 %1"), QStringLiteral("is one of %1"))
            .arg(c.set.join(QStringLiteral("、")));
    if (c.op == QLatin1String(">"))
        return words(QStringLiteral("超过 %1%2（不含本数）"), QStringLiteral("more than %1%2"));
    if (c.op == QLatin1String(">="))
        return words(QStringLiteral("%1%2 以上（含本数）"), QStringLiteral("%1%2 or more"));
    if (c.op == QLatin1String("<"))
        return words(QStringLiteral("不满 %1%2"), QStringLiteral("less than %1%2"));
    if (c.op == QLatin1String("<="))
        return words(QStringLiteral("%1%2 以下（含本数）"), QStringLiteral("%1%2 or less"));
    return words(QStringLiteral("等于 %1%2"), QStringLiteral("equal to %1%2"));
}

QString modeWords(const FactorRule &r, const DocLanguage &l)
{
    if (r.mode == QLatin1String("all"))
        return l.inline_(QStringLiteral("同时符合该因素下全部适用标准"),
                         QStringLiteral("all applicable criteria of the factor are met"));
    if (r.mode == QLatin1String("at-least"))
        return l
            .inline_(QStringLiteral("符合该因素下至少 %1 项适用标准"),
                     QStringLiteral("at least %1 applicable criteria of the factor are met"))
            .arg(r.atLeast);
    return l.inline_(QStringLiteral("符合该因素下任一项适用标准"),
                     QStringLiteral("any one applicable criterion of the factor is met"));
}

} // namespace

QString RuleSetFilingDocument::html(const RuleSet &r, const Department &dept, DocLanguage l,
                                    const QDate &date)
{
    const Sector *sector = Sector::find(r.sector);
    const QString sectorName = sector ? l.inline_(sector->nameZh, sector->nameEn) : r.sector;
    const QString status =
        r.status == QLatin1String("filed")
            ? l.inline_(QStringLiteral("已备案"), QStringLiteral("filed"))
        : r.status == QLatin1String("superseded")
            ? l.inline_(QStringLiteral("已被新版本替代"), QStringLiteral("superseded"))
        : r.status == QLatin1String("submitted")
            ? l.inline_(QStringLiteral("已提交备案"), QStringLiteral("submitted for filing"))
            : l.inline_(QStringLiteral("草稿"), QStringLiteral("draft"));
    QString h;
    h += OfficialDocument::begin(l);
    h += OfficialDocument::header(dept.nameZh, dept.nameEn, {}, l);
    h += OfficialDocument::title(r.titleZh, r.titleEn, l);
    h += QStringLiteral("<p align=\"center\" style=\"font-size:12pt;\">%1</p>")
             .arg(l.inline_(QStringLiteral("（第 %1 版）"), QStringLiteral("(version %1)"))
                      .arg(r.version));

    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>").arg(k, v);
    };
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"3\">");
    h += row(l.inline_(QStringLiteral("制定部门"), QStringLiteral("Department")),
             l.inline_(esc(dept.nameZh), esc(dept.nameEn)));
    h += row(l.inline_(QStringLiteral("行业领域"), QStringLiteral("Sector")), esc(sectorName));
    h += row(l.inline_(QStringLiteral("版本与状态"), QStringLiteral("Version and status")),
             QStringLiteral("%1 · %2").arg(r.version).arg(status));
    if (!r.filingReference.isEmpty())
        h += row(l.inline_(QStringLiteral("备案编号"), QStringLiteral("Filing reference")),
                 esc(r.filingReference));
    if (r.filedOn.isValid())
        h += row(l.inline_(QStringLiteral("备案日期"), QStringLiteral("Filed on")),
                 dateText(r.filedOn, l));
    h += row(
        l.inline_(QStringLiteral("依据"), QStringLiteral("Legal basis")),
        l.inline_(
            QStringLiteral("《关键信息基础设施安全保护条例》第九条"),
            QStringLiteral(
                "Art. 9, Critical Information Infrastructure Security Protection Regulations")));
    h += QStringLiteral("</table>");

    // One: how the decision is made.
    h += QStringLiteral("<h3 style=\"font-family:%1;\">%2</h3>")
             .arg(headingFamily(), l.inline_(QStringLiteral("一、认定因素与判定逻辑"),
                                             QStringLiteral("1. Factors and decision logic")));
    h += OfficialDocument::paragraph(
        QStringLiteral("依据条例第九条，本规则从以下三个因素考量网络设施、信息系统："),
        QStringLiteral("Following Art. 9, these rules weigh each network facility or "
                       "information system on three factors:"),
        l);
    h += QStringLiteral("<ol>");
    for (const QString &f : Factor::all())
        h += QStringLiteral("<li><b>%1</b>：%2</li>")
                 .arg(factorName(f, l), modeWords(r.factorRule(f), l));
    h += QStringLiteral("</ol>");
    if (const Result<Expression> e = Expression::parse(r.expression)) {
        auto name = [&](const QString &n) {
            if (Factor::all().contains(n))
                return QStringLiteral("“%1”").arg(factorName(n, l));
            return l.inline_(QStringLiteral("标准 %1"), QStringLiteral("criterion %1")).arg(n);
        };
        const QString words =
            l.chinese() && l.value() != DocLanguage::Bilingual
                ? e.value().toWords(name, QStringLiteral("且"), QStringLiteral("或"),
                                    QStringLiteral("非"))
                : e.value().toWords(name, QStringLiteral(" and "), QStringLiteral(" or "),
                                    QStringLiteral("not "));
        h += OfficialDocument::paragraph(
            QStringLiteral(
                "满足以下条件的，认定为关键信息基础设施：%"
                "1。某项指标数据缺失且可能影响结论的，结论为“数据不足”，不作“不符合”处理。")
                .arg(esc(words)),
            QStringLiteral("A system is identified as CII when: %1. Where a missing "
                           "indicator value could change the result, the result is "
                           "\"insufficient data\", never \"not met\".")
                .arg(esc(words)),
            l);
        h += QStringLiteral("<p style=\"font-size:9pt; color:#555555;\">%1 <code>%2</code></p>")
                 .arg(l.inline_(QStringLiteral("判定表达式："),
                                QStringLiteral("Decision expression:")),
                      esc(r.expression));
    }

    // Two: the criteria, factor by factor.
    h += QStringLiteral("<h3 style=\"font-family:%1;\">%2</h3>")
             .arg(headingFamily(),
                  l.inline_(QStringLiteral("二、认定标准"), QStringLiteral("2. Criteria")));
    const QString th = QStringLiteral("<th style=\"background-color:#eeeeee;\">%1</th>");
    for (const QString &f : Factor::all()) {
        QVector<const Criterion *> list;
        for (const Criterion &c : r.criteria)
            if (c.factor == f)
                list << &c;
        h += QStringLiteral("<p><b>%1</b></p>").arg(factorName(f, l));
        if (list.isEmpty()) {
            h += QStringLiteral("<p>%1</p>")
                     .arg(l.inline_(QStringLiteral("（本因素未设标准）"),
                                    QStringLiteral("(no criteria for this factor)")));
            continue;
        }
        h +=
            QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse:collapse; font-size:9.5pt;\"><tr>");
        const QString thw =
            QStringLiteral("<th width=\"%1%\" style=\"background-color:#eeeeee;\">%2</th>");
        h += thw.arg(9).arg(l.inline_(QStringLiteral("编号"), QStringLiteral("No.")));
        h += thw.arg(15).arg(l.inline_(QStringLiteral("适用类别"), QStringLiteral("Applies to")));
        h += thw.arg(42).arg(l.inline_(QStringLiteral("标准表述"), QStringLiteral("Criterion")));
        h += thw.arg(34).arg(
            l.inline_(QStringLiteral("指标与条件"), QStringLiteral("Indicator and condition")));
        h += QStringLiteral("</tr>");
        for (const Criterion *c : list) {
            QStringList cats;
            for (const QString &cat : c->appliesTo)
                cats << categoryName(cat, l);
            h +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><span "
                               "style=\"font-size:8pt; color:#444444;\">%4</span><br/>%5</td></tr>")
                    .arg(esc(c->id),
                         cats.isEmpty() ? l.inline_(QStringLiteral("全部"), QStringLiteral("all"))
                                        : cats.join(QStringLiteral("、")),
                         l.text(esc(c->textZh), esc(c->textEn.isEmpty() ? c->textZh : c->textEn)),
                         esc(c->indicator), esc(opWords(*c, l)));
        }
        h += QStringLiteral("</table>");
    }

    // Three: the test cases the rules pass.
    h += QStringLiteral("<h3 style=\"font-family:%1;\">%2</h3>")
             .arg(headingFamily(),
                  l.inline_(QStringLiteral("三、测试用例"), QStringLiteral("3. Test cases")));
    h += OfficialDocument::paragraph(
        QStringLiteral("本规则附 %1 个测试用例，备案前均已通过。").arg(r.tests.size()),
        QStringLiteral("The rules carry %1 test cases, all passing before filing.")
            .arg(r.tests.size()),
        l);
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                        "style=\"border-collapse:collapse; font-size:9pt;\"><tr>");
    h += th.arg(l.inline_(QStringLiteral("用例"), QStringLiteral("Test case")));
    h += th.arg(l.inline_(QStringLiteral("类别"), QStringLiteral("Category")));
    h += th.arg(l.inline_(QStringLiteral("预期结论"), QStringLiteral("Expected result")));
    h += QStringLiteral("</tr>");
    for (const RuleTest &t : r.tests)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                 .arg(esc(t.name),
                      categoryName(t.category.isEmpty() ? QStringLiteral("other") : t.category, l),
                      outcomeName(t.expected, l));
    h += QStringLiteral("</table>");

    // The rule set's notes are guidance for whoever edits it (the template's sources and its
    // "verify before filing" caveat): never part of what the department files. A closing
    // paragraph of recorded facts keeps the signature off a page of its own.
    h += OfficialDocument::paragraph(
        QStringLiteral("以上为%1依照《关键信息基础设施安全保护条例》第九条制定的第%2版认定规则，"
                       "共%3项认定标准、%4项测试用例。")
            .arg(esc(dept.nameZh))
            .arg(r.version)
            .arg(r.criteria.size())
            .arg(r.tests.size()),
        QStringLiteral("These are version %2 of the identification rules made by %1 under "
                       "Art. 9 of the Regulations: %3 criteria and %4 test cases.")
            .arg(esc(dept.nameEn.isEmpty() ? dept.nameZh : dept.nameEn))
            .arg(r.version)
            .arg(r.criteria.size())
            .arg(r.tests.size()),
        l);
    h += OfficialDocument::signature(dept.nameZh, dept.nameEn, date, l);
    h += OfficialDocument::printingLine(dept.nameZh, dept.nameEn, date, l);
    h += OfficialDocument::end();
    return h;
}

std::unique_ptr<QTextDocument> RuleSetFilingDocument::build(const RuleSet &rules,
                                                            const Department &department,
                                                            DocLanguage language, const QDate &date)
{
    return OfficialDocument::build(html(rules, department, language, date), rules.titleZh);
}

} // namespace cii
