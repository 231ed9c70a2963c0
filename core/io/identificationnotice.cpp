#include "identificationnotice.h"

#include "io/contactline.h"
#include "io/officialdocument.h"
#include "rules/ruleset.h"

#include <QTextDocument>

namespace cii {
namespace {

using Doc = OfficialDocument;

QString orZh(const QString &en, const QString &zh)
{
    return en.isEmpty() ? zh : en;
}

// The basis of one result: the criteria met, or — where the department overrode the
// engine — its decision and reason alone, never criteria that contradict it.
QString basis(const NoticeEntry &e, const DocLanguage &l)
{
    if (!e.overrideReason.isEmpty()) {
        const bool cii = e.outcome == Outcome::Cii;
        return l.inline_(
            QStringLiteral("本部门决定%1。理由：%2")
                .arg(cii ? QStringLiteral("认定为关键信息基础设施")
                         : QStringLiteral("不认定为关键信息基础设施"),
                     Doc::esc(e.overrideReason)),
            QStringLiteral("Decided by this department: %1. Reason: %2")
                .arg(cii ? QStringLiteral("identified as CII") : QStringLiteral("not CII"),
                     Doc::esc(e.overrideReason)));
    }
    QStringList lines;
    for (int i = 0; i < e.metZh.size(); ++i)
        lines << l.inline_(Doc::esc(e.metZh.at(i)),
                           Doc::esc(orZh(e.metEn.value(i), e.metZh.at(i))));
    if (lines.isEmpty())
        lines << l.inline_(QStringLiteral("未符合认定标准"), QStringLiteral("no criterion met"));
    return lines.join(QStringLiteral("<br/>"));
}

// Art. 12–21 as the operator must act on them; paraphrased from the Regulations.
QVector<QPair<QString, QString>> operatorDuties()
{
    return {
        {QStringLiteral("第十一条　关键信息基础设施发生较大变化，可能影响其认定结果的，及时将相关"
                        "情况报告本部门。"),
         QStringLiteral("Art. 11 — Where major changes to the infrastructure may affect its "
                        "identification result, promptly report them to this department.")},
        {QStringLiteral("第十二条　安全保护措施与关键信息基础设施同步规划、同步建设、同步使用。"),
         QStringLiteral("Art. 12 — Plan, build and put into use the security protection "
                        "measures at the same time as the infrastructure.")},
        {QStringLiteral("第十三条　建立健全网络安全保护制度和责任制，保障人力、财力、物力投入；"
                        "主要负责人对关键信息基础设施安全保护负总责。"),
         QStringLiteral("Art. 13 — Establish and improve cybersecurity protection rules and a "
                        "responsibility system and provide the staff, funds and resources; the "
                        "principal person in charge bears overall responsibility for the "
                        "infrastructure's security protection.")},
        {QStringLiteral("第十四条　设置专门安全管理机构，并对专门安全管理机构负责人和关键岗位"
                        "人员进行安全背景审查。"),
         QStringLiteral("Art. 14 — Set up a dedicated security management body and conduct "
                        "security background checks on its head and on staff in key "
                        "positions.")},
        {QStringLiteral("第十五条、第十六条　专门安全管理机构履行第十五条规定的职责；保障其运行"
                        "经费、配备相应的人员，开展与网络安全和信息化有关的决策应当有其人员"
                        "参与。"),
         QStringLiteral("Arts. 15–16 — The dedicated body carries out the duties listed in "
                        "Art. 15; ensure its operating funds and staff, and involve its staff in "
                        "decisions on cybersecurity and informatisation.")},
        {QStringLiteral("第十七条　自行或者委托网络安全服务机构对关键信息基础设施每年至少进行"
                        "一次网络安全检测和风险评估，对发现的安全问题及时整改，并按照本部门"
                        "要求将有关情况报送本部门。"),
         QStringLiteral("Art. 17 — At least once a year, yourselves or through a cybersecurity "
                        "service organisation, carry out cybersecurity testing and a risk "
                        "assessment of the infrastructure, rectify the problems found promptly, "
                        "and report on them to this department as it requires.")},
        {QStringLiteral("第十八条　发生重大网络安全事件或者发现重大网络安全威胁时，按照有关"
                        "规定向本部门、公安机关报告。"),
         QStringLiteral("Art. 18 — Report major cybersecurity incidents, and major threats "
                        "discovered, to this department and to the public security organs as the "
                        "relevant provisions require.")},
        {QStringLiteral("第十九条、第二十条　优先采购安全可信的网络产品和服务，可能影响国家安全"
                        "的，按照国家网络安全规定通过安全审查；与网络产品和服务提供者签订安全"
                        "保密协议，明确其技术支持和安全保密义务与责任，并对履行情况进行监督。"),
         QStringLiteral("Arts. 19–20 — Give priority to secure and trustworthy network "
                        "products and services, and pass the security review where a purchase "
                        "may affect national security; sign security and confidentiality "
                        "agreements with providers stating their technical-support and "
                        "confidentiality obligations, and supervise their performance.")},
        {QStringLiteral("第二十一条　发生合并、分立、解散等情况的，及时报告本部门，并按照本部门"
                        "的要求对关键信息基础设施进行处置，确保安全。"),
         QStringLiteral("Art. 21 — Report mergers, splits, dissolutions and similar events "
                        "promptly to this department, and handle the infrastructure as it "
                        "requires to keep it secure.")},
    };
}

QString reidentifications(const NoticeContent &c, bool mps, const DocLanguage &l)
{
    QString h;
    for (int i = 0; i < c.entries.size(); ++i) {
        const NoticeEntry &e = c.entries.at(i);
        if (!e.changeReportReceived.isValid())
            continue;
        const QString reporterZh = mps ? QStringLiteral("运营者") : QStringLiteral("你单位");
        const QString reporterEn =
            mps ? QStringLiteral("the operator") : QStringLiteral("your organisation");
        QString zh = QStringLiteral("第%1项系依照条例第十一条，根据%2于%3报告的较大变化情况进行的"
                                    "重新认定")
                         .arg(i + 1)
                         .arg(reporterZh, Doc::dateText(e.changeReportReceived, DocLanguage::Zh));
        QString en = QStringLiteral("Item %1 is a re-identification under Art. 11 of the "
                                    "Regulations, following the major change %2 reported on %3")
                         .arg(i + 1)
                         .arg(reporterEn, Doc::dateText(e.changeReportReceived, DocLanguage::En));
        if (!e.replacesZh.isEmpty()) {
            zh += QStringLiteral("，其认定结果替代本部门%1所载认定结果")
                      .arg(Doc::esc(e.replacesZh.join(QStringLiteral("、"))));
            en += QStringLiteral("; its result replaces the one stated in %1")
                      .arg(Doc::esc(e.replacesEn.join(QStringLiteral(", "))));
        }
        h += Doc::paragraph(zh + QStringLiteral("。"), en + QStringLiteral("."), l);
    }
    return h;
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
    const QString departmentEn = orZh(c.departmentEn, c.departmentZh);
    QString h = Doc::begin(l);
    // One number, written as the language writes it (the Chinese form in bilingual notices).
    h += Doc::header({c.departmentZh}, {departmentEn},
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
    const QString rulesTextZh = Doc::esc(rulesZh.join(QStringLiteral("、")));
    const QString rulesTextEn = Doc::esc(rulesEn.join(QStringLiteral(", ")));
    // Art. 10: to the MPS the sector's results are notified (通报), to the operator its own.
    h += Doc::paragraph(
        QStringLiteral("根据《关键信息基础设施安全保护条例》第十条，%1依据已备案的%2，对%3下列"
                       "网络设施、信息系统进行了认定，现将认定结果%4如下：")
            .arg(Doc::esc(c.departmentZh), rulesTextZh,
                 mps ? QStringLiteral("本行业领域") : QStringLiteral("你单位"),
                 mps ? QStringLiteral("通报") : QStringLiteral("通知")),
        QStringLiteral("Under Article 10 of the Critical Information Infrastructure Security "
                       "Protection Regulations, %1 has identified %3 network facilities and "
                       "information systems below under its filed %2. %4")
            .arg(Doc::esc(departmentEn), rulesTextEn,
                 mps ? QStringLiteral("the sector's") : QStringLiteral("your"),
                 mps ? QStringLiteral("The results are notified as follows:")
                     : QStringLiteral("You are hereby notified of the results:")),
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
                                    Doc::esc(orZh(e.operatorNameEn, e.operatorNameZh))),
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
    h += reidentifications(c, mps, l);
    const ContactLine contact(c.contactName, c.contactPhone);
    if (!c.reissueReason.isEmpty())
        h += Doc::paragraph(
            QStringLiteral("本%1替代本部门%2，重新印发原因：%3。")
                .arg(mps ? QStringLiteral("通报") : QStringLiteral("通知书"),
                     Doc::esc(c.reissueOfZh), Doc::esc(c.reissueReason)),
            QStringLiteral("This %1 replaces %2 of this department. Reason for the reissue: %3.")
                .arg(mps ? QStringLiteral("notification") : QStringLiteral("notice"),
                     Doc::esc(c.reissueOfEn), Doc::esc(c.reissueReason)),
            l);
    if (!mps) {
        if (anyCii) {
            h += Doc::paragraph(
                QStringLiteral("被认定为关键信息基础设施的，你单位作为运营者，应当依照条例第三章"
                               "的规定履行下列责任义务："),
                QStringLiteral("For the systems identified as critical information "
                               "infrastructure, your organisation, as their operator, shall "
                               "fulfil the duties of Chapter III of the Regulations, among "
                               "them:"),
                l);
            for (const auto &duty : operatorDuties())
                h += Doc::paragraph(duty.first, duty.second, l);
        }
        // Art. 10: the MPS is notified too; say it was only when that is on record.
        h += c.mpsNotified
                 ? Doc::paragraph(QStringLiteral("认定结果已通报国务院公安部门。"),
                                  QStringLiteral("The result has been notified to the Ministry "
                                                 "of Public Security."),
                                  l)
                 : Doc::paragraph(QStringLiteral("认定结果将同时通报国务院公安部门。"),
                                  QStringLiteral("The result will also be notified to the "
                                                 "Ministry of Public Security."),
                                  l);
        h += Doc::paragraph(QStringLiteral("对认定结果有疑问或者异议的，可向本部门提出。") +
                                contact.zh,
                            QStringLiteral("Questions or objections about the result may be "
                                           "raised with this department. ") +
                                contact.en,
                            l);
        h += Doc::closing(QStringLiteral("特此通知。"),
                          QStringLiteral("This notice is hereby given."), l);
    } else {
        h += Doc::paragraph(contact.zh, contact.en, l);
        h += Doc::closing(QStringLiteral("特此通报。"),
                          QStringLiteral("This notification is hereby given."), l);
    }
    h += Doc::signature(c.departmentZh, c.departmentEn, c.date, l);
    h += Doc::printingLine(c.departmentZh, c.departmentEn, c.date, l, c.anchor);
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
