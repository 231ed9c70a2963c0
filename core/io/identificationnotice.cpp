#include "identificationnotice.h"

#include "io/officialdocument.h"
#include "rules/ruleset.h"

#include <QTextDocument>

namespace cii {
namespace {

using Doc = OfficialDocument;

QString basis(const NoticeEntry &e, const DocLanguage &l)
{
    QStringList lines;
    const QStringList &met = l.chinese() ? e.metZh : e.metEn;
    for (int i = 0; i < e.metZh.size(); ++i)
        lines << l.inline_(Doc::esc(e.metZh.at(i)),
                           Doc::esc(e.metEn.value(i).isEmpty() ? e.metZh.at(i) : e.metEn.at(i)));
    if (met.isEmpty() && e.overrideReason.isEmpty())
        lines << l.inline_(QStringLiteral("未符合认定标准"), QStringLiteral("no criterion met"));
    if (!e.overrideReason.isEmpty())
        lines << l.inline_(QStringLiteral("部门研判：%1"),
                           QStringLiteral("Department's finding: %1"))
                     .arg(Doc::esc(e.overrideReason));
    return lines.join(QStringLiteral("<br/>"));
}

} // namespace

QString IdentificationNotice::title(const QString &kind, const DocLanguage &l)
{
    return kind == QLatin1String("mps")
               ? l.inline_(QStringLiteral("关于关键信息基础设施认定结果的通报"),
                           QStringLiteral("Notification of CII identification results"))
               : l.inline_(QStringLiteral("关键信息基础设施认定结果通知书"),
                           QStringLiteral("Notice of CII identification result"));
}

QString IdentificationNotice::html(const NoticeContent &c, DocLanguage l)
{
    const bool mps = c.kind == QLatin1String("mps");
    QString h = Doc::begin(l);
    // One number, written as the language writes it (the Chinese form in bilingual notices).
    h += Doc::header(c.departmentZh, c.departmentEn,
                     l.value() == DocLanguage::En ? c.numberEn : c.numberZh, l);
    h += Doc::title(mps ? QStringLiteral("关于关键信息基础设施认定结果的通报")
                        : QStringLiteral("关键信息基础设施认定结果通知书"),
                    mps ? QStringLiteral("Notification of CII identification results")
                        : QStringLiteral("Notice of CII identification result"),
                    l);
    h += Doc::addressee(c.addresseeZh, c.addresseeEn, l);
    QStringList rulesZh, rulesEn;
    for (const NoticeEntry &e : c.entries) {
        if (!rulesZh.contains(e.rulesZh)) {
            rulesZh << e.rulesZh;
            rulesEn << e.rulesEn;
        }
    }
    if (mps)
        h += Doc::paragraph(
            QStringLiteral("根据《关键信息基础设施安全保护条例》第十条，%1依据已备案的%2，"
                           "对本行业领域下列网络设施、信息系统进行了认定，现将认定结果通报如下：")
                .arg(Doc::esc(c.departmentZh), Doc::esc(rulesZh.join(QStringLiteral("、")))),
            QStringLiteral("Under Article 10 of the Critical Information Infrastructure "
                           "Security Protection Regulations, %1 has identified the network "
                           "facilities and information systems below under its filed %2. "
                           "The results are notified as follows:")
                .arg(Doc::esc(c.departmentEn.isEmpty() ? c.departmentZh : c.departmentEn),
                     Doc::esc(rulesEn.join(QStringLiteral(", ")))),
            l);
    else
        h += Doc::paragraph(
            QStringLiteral("根据《关键信息基础设施安全保护条例》第十条，%1依据已备案的%2，"
                           "对你单位下列网络设施、信息系统进行了认定，现将认定结果通知如下：")
                .arg(Doc::esc(c.departmentZh), Doc::esc(rulesZh.join(QStringLiteral("、")))),
            QStringLiteral("Under Article 10 of the Critical Information Infrastructure "
                           "Security Protection Regulations, %1 has identified your "
                           "network facilities and information systems below under its "
                           "filed %2. You are hereby notified of the results:")
                .arg(Doc::esc(c.departmentEn.isEmpty() ? c.departmentZh : c.departmentEn),
                     Doc::esc(rulesEn.join(QStringLiteral(", ")))),
            l);

    const QString th =
        QStringLiteral("<th width=\"%1%\" style=\"background-color:#eeeeee;\">%2</th>");
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"border-collapse:collapse; font-size:9.5pt;\"><tr>");
    h += th.arg(6).arg(l.inline_(QStringLiteral("序号"), QStringLiteral("No.")));
    if (mps)
        h += th.arg(22).arg(l.inline_(QStringLiteral("运营者"), QStringLiteral("Operator")));
    h += th.arg(mps ? 20 : 28)
             .arg(l.inline_(QStringLiteral("网络设施、信息系统"),
                            QStringLiteral("Facility or system")));
    h += th.arg(10).arg(l.inline_(QStringLiteral("类别"), QStringLiteral("Category")));
    h += th.arg(12).arg(l.inline_(QStringLiteral("认定结果"), QStringLiteral("Result")));
    h += th.arg(mps ? 30 : 44).arg(l.inline_(QStringLiteral("认定依据"), QStringLiteral("Basis")));
    h += QStringLiteral("</tr>");
    int row = 0;
    bool anyCii = false;
    for (const NoticeEntry &e : c.entries) {
        anyCii = anyCii || e.outcome == Outcome::Cii;
        h += QStringLiteral("<tr><td>%1</td>").arg(++row);
        if (mps)
            h += QStringLiteral("<td>%1<br/><span style=\"font-size:8pt;\">%2</span></td>")
                     .arg(l.inline_(Doc::esc(e.operatorNameZh),
                                    Doc::esc(e.operatorNameEn.isEmpty() ? e.operatorNameZh
                                                                        : e.operatorNameEn)),
                          Doc::esc(e.operatorUscc));
        h += QStringLiteral("<td>%1</td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                 .arg(Doc::esc(e.systemName), Doc::categoryName(e.category, l),
                      e.outcome == Outcome::Cii
                          ? l.inline_(QStringLiteral("关键信息基础设施"), QStringLiteral("CII"))
                          : l.inline_(QStringLiteral("非关键信息基础设施"),
                                      QStringLiteral("not CII")),
                      basis(e, l));
    }
    h += QStringLiteral("</table>");
    if (!mps && anyCii)
        h += Doc::paragraph(
            QStringLiteral("被认定为关键信息基础设施的，请你单位依照条例第三章的规定落实运营者"
                           "责任，建立健全网络安全保护制度和责任制，并将认定结果纳入本单位"
                           "网络安全工作。认定结果已同时通报国务院公安部门。"),
            QStringLiteral("For the systems identified as critical information "
                           "infrastructure, your organisation shall fulfil the operator's "
                           "responsibilities under Chapter III of the Regulations. The "
                           "result has also been notified to the Ministry of Public Security."),
            l);
    h += mps ? Doc::closing(QStringLiteral("特此通报。"),
                            QStringLiteral("This notification is hereby given."), l)
             : Doc::closing(QStringLiteral("特此通知。"),
                            QStringLiteral("This notice is hereby given."), l);
    h += Doc::signature(c.departmentZh, c.departmentEn, c.date, l);
    if (!mps)
        h += Doc::copyTo({QStringLiteral("公安部")},
                         {QStringLiteral("Ministry of Public Security")}, l);
    h += Doc::printingLine(c.departmentZh, c.departmentEn, c.date, l);
    h += Doc::end();
    return h;
}

std::unique_ptr<QTextDocument> IdentificationNotice::build(const NoticeContent &content,
                                                           DocLanguage language)
{
    return OfficialDocument::build(html(content, language), title(content.kind, DocLanguage::Zh) +
                                                                QLatin1Char(' ') +
                                                                content.numberZh);
}

} // namespace cii
