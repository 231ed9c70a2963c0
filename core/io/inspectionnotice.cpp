#include "inspectionnotice.h"

#include "io/officialdocument.h"

#include <QTextDocument>

namespace cii {

QString InspectionNotice::html(const InspectionNoticeContent &c, DocLanguage l)
{
    using Doc = OfficialDocument;
    const QString titleZh = c.joint ? QStringLiteral("关于开展关键信息基础设施联合检查的通知")
                                    : QStringLiteral("关于开展关键信息基础设施安全检查的通知");
    const QString titleEn = c.joint ? QStringLiteral("Notice of a joint CII security inspection")
                                    : QStringLiteral("Notice of a CII security inspection");
    QString h = Doc::begin(l);
    h += Doc::header(c.departmentZh, c.departmentEn,
                     l.value() == DocLanguage::En ? c.numberEn : c.numberZh, l);
    h += Doc::title(titleZh, titleEn, l);
    h += Doc::addressee(c.operatorZh, c.operatorEn, l);
    const QString window = l.inline_(
        QStringLiteral("%1至%2").arg(Doc::dateText(c.start, DocLanguage::Zh),
                                     Doc::dateText(c.end, DocLanguage::Zh)),
        QStringLiteral("%1 to %2")
            .arg(Doc::dateText(c.start, DocLanguage::En), Doc::dateText(c.end, DocLanguage::En)));
    h += Doc::paragraph(
        QStringLiteral("根据《关键信息基础设施安全保护条例》第二十六条至第二十八条，%1定于%2"
                       "对你单位关键信息基础设施开展%3。现将有关事项通知如下：")
            .arg(Doc::esc(c.leadZh), window, Doc::esc(c.kindZh)),
        QStringLiteral("Under Articles 26 to 28 of the Critical Information "
                       "Infrastructure Security Protection Regulations, %1 will "
                       "carry out a %2 of your critical information infrastructure "
                       "from %3. The arrangements are as follows:")
            .arg(Doc::esc(c.leadEn), Doc::esc(c.kindEn.toLower()), window),
        l);
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td width=\"26%\" style=\"background-color:#eeeeee;\"><b>%1"
                              "</b></td><td>%2</td></tr>")
            .arg(k, v);
    };
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                        "style=\"border-collapse:collapse;\">");
    h += row(l.inline_(QStringLiteral("被检查单位"), QStringLiteral("Inspected organisation")),
             QStringLiteral("%1<br/><span style=\"font-size:9pt;\">%2</span>")
                 .arg(l.inline_(Doc::esc(c.operatorZh), Doc::esc(c.operatorEn)),
                      Doc::esc(c.operatorUscc)));
    h += row(l.inline_(QStringLiteral("检查时间"), QStringLiteral("Window")), window);
    h += row(l.inline_(QStringLiteral("牵头部门"), QStringLiteral("Lead department")),
             l.inline_(Doc::esc(c.leadZh), Doc::esc(c.leadEn)));
    if (!c.participantsZh.isEmpty())
        h += row(l.inline_(QStringLiteral("参加部门"), QStringLiteral("Participating departments")),
                 l.inline_(Doc::esc(c.participantsZh.join(QStringLiteral("、"))),
                           Doc::esc(c.participantsEn.join(QStringLiteral(", ")))));
    h += row(l.inline_(QStringLiteral("检查范围"), QStringLiteral("Scope")),
             c.systems.isEmpty()
                 ? l.inline_(QStringLiteral("你单位关键信息基础设施"),
                             QStringLiteral("your critical information infrastructure"))
                 : Doc::esc(c.systems.join(QStringLiteral("、"))));
    if (!c.team.isEmpty())
        h += row(l.inline_(QStringLiteral("检查人员"), QStringLiteral("Team")), Doc::esc(c.team));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><b>%1</b></p>")
             .arg(l.inline_(QStringLiteral("有关要求"), QStringLiteral("Assurances and requests")));
    h +=
        QStringLiteral("<ol><li>%1</li><li>%2</li><li>%3</li></ol>")
            .arg(
                l.text(QStringLiteral("本次检查不收取任何费用。"),
                       QStringLiteral("No fee of any kind is charged for this inspection.")),
                l.text(QStringLiteral(
                           "检查中不要求你单位购买指定品牌或者指定生产、销售单位的产品和服务。"),
                       QStringLiteral("Your organisation will not be required to buy products or "
                                      "services of any specified brand, producer or seller.")),
                l.text(
                    QStringLiteral(
                        "请你单位依照条例第二十八条予以配合，指定联系人，提供必要的资料和工作条件。"
                        "检查中获取的信息仅用于维护网络安全，并严格按照有关要求进行保密。"),
                    QStringLiteral("Please cooperate as Article 28 requires: name a contact and "
                                   "provide the necessary documents and working conditions. "
                                   "Information obtained is used only for cybersecurity and is "
                                   "kept confidential.")));
    h += Doc::closing(QStringLiteral("特此通知。"), QStringLiteral("This notice is hereby given."),
                      l);
    h += Doc::signature(c.departmentZh, c.departmentEn, c.date, l);
    h += Doc::printingLine(c.departmentZh, c.departmentEn, c.date, l);
    h += Doc::end();
    return h;
}

std::unique_ptr<QTextDocument> InspectionNotice::build(const InspectionNoticeContent &content,
                                                       DocLanguage language)
{
    return OfficialDocument::build(html(content, language),
                                   QStringLiteral("检查通知 ") + content.numberZh);
}

} // namespace cii
