#include "inspectionnotice.h"

#include "io/officialdocument.h"

#include <QHash>
#include <QTextDocument>

namespace cii {
namespace {

using Doc = OfficialDocument;

struct KindWords
{
    QString nameZh, nameEn, methodZh, methodEn;
};

// Document wording per inspection kind, in the document's language (not the UI's).
KindWords kindWords(const QString &kind)
{
    static const QHash<QString, KindWords> words = {
        {QStringLiteral("inspection"),
         {QStringLiteral("网络安全检查"), QStringLiteral("cybersecurity inspection"),
          QStringLiteral("资料审查、人员访谈和现场核查"),
          QStringLiteral("review of documents, interviews and on-site verification")}},
        {QStringLiteral("monitoring"),
         {QStringLiteral("网络安全监测"), QStringLiteral("cybersecurity monitoring"),
          QStringLiteral("对网络运行状况进行安全监测"),
          QStringLiteral("security monitoring of the networks in operation")}},
        {QStringLiteral("penetration-test"),
         {QStringLiteral("漏洞探测和渗透性测试"),
          QStringLiteral("vulnerability detection and penetration testing"),
          QStringLiteral("在授权的范围和时间内实施漏洞探测、渗透性测试"),
          QStringLiteral("vulnerability detection and penetration testing within the "
                         "authorised scope and dates")}},
        {QStringLiteral("on-site-check"),
         {QStringLiteral("现场检查"), QStringLiteral("on-site check"),
          QStringLiteral("现场查看、核验安全保护措施"),
          QStringLiteral("on-site examination and verification of the protection measures")}},
        {QStringLiteral("document-review"),
         {QStringLiteral("文档资料审查"), QStringLiteral("document review"),
          QStringLiteral("审查网络安全制度、记录和报告"),
          QStringLiteral("review of the security rules, records and reports")}},
    };
    return words.value(kind, words.value(QStringLiteral("inspection")));
}

} // namespace

QString InspectionNotice::html(const InspectionNoticeContent &c, DocLanguage l)
{
    const KindWords kind = kindWords(c.kind);
    const QString ownZh = c.departmentsZh.value(0);
    const QString ownEn = c.departmentsEn.value(0).isEmpty() ? ownZh : c.departmentsEn.value(0);
    const QStringList othersZh = c.departmentsZh.mid(1);
    const QStringList othersEn = c.departmentsEn.mid(1);
    const QString titleZh =
        c.joint() ? QStringLiteral("关于开展关键信息基础设施网络安全联合检查检测的通知")
                  : QStringLiteral("关于开展关键信息基础设施网络安全检查检测的通知");
    const QString titleEn =
        c.joint() ? QStringLiteral("Notice of a joint cybersecurity inspection and testing of "
                                   "critical information infrastructure")
                  : QStringLiteral("Notice of a cybersecurity inspection and testing of critical "
                                   "information infrastructure");
    QString h = Doc::begin(l);
    h += Doc::header(c.departmentsZh, c.departmentsEn,
                     l.value() == DocLanguage::En ? c.numberEn : c.numberZh, l);
    h += Doc::title(titleZh, titleEn, l);
    h += Doc::addressee(c.operatorZh, c.operatorEn, l);
    const QString windowZh = QStringLiteral("%1至%2").arg(Doc::dateText(c.start, DocLanguage::Zh),
                                                          Doc::dateText(c.end, DocLanguage::Zh));
    const QString windowEn =
        QStringLiteral("%1 to %2")
            .arg(Doc::dateText(c.start, DocLanguage::En), Doc::dateText(c.end, DocLanguage::En));
    const QString whoZh =
        c.joint() ? QStringLiteral("%1会同%2")
                        .arg(Doc::esc(ownZh), Doc::esc(othersZh.join(QStringLiteral("、"))))
                  : Doc::esc(ownZh);
    const QString whoEn =
        c.joint() ? QStringLiteral("%1, jointly with %2")
                        .arg(Doc::esc(ownEn), Doc::esc(othersEn.join(QStringLiteral(", "))))
                  : Doc::esc(ownEn);
    h += Doc::paragraph(
        QStringLiteral("根据《关键信息基础设施安全保护条例》第二十六条至第二十八条，%1定于%2对"
                       "你单位关键信息基础设施开展网络安全检查检测（%3）。现将有关事项通知如下：")
            .arg(whoZh, windowZh, kind.nameZh),
        QStringLiteral("Under Articles 26 to 28 of the Critical Information Infrastructure "
                       "Security Protection Regulations, %1 will carry out a cybersecurity "
                       "inspection and testing (%2) of your critical information infrastructure "
                       "from %3. The arrangements are as follows:")
            .arg(whoEn, kind.nameEn, windowEn),
        l);
    auto row = [](const QString &k, const QString &v) {
        return QStringLiteral("<tr><td width=\"26%\" style=\"background-color:#eeeeee;\"><b>%1"
                              "</b></td><td>%2</td></tr>")
            .arg(k, v);
    };
    const QString scopeZh = c.systems.isEmpty() ? QStringLiteral("你单位关键信息基础设施")
                                                : Doc::esc(c.systems.join(QStringLiteral("、")));
    const QString scopeEn = c.systems.isEmpty()
                                ? QStringLiteral("your critical information infrastructure")
                                : Doc::esc(c.systems.join(QStringLiteral(", ")));
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                        "style=\"border-collapse:collapse;\">");
    h += row(l.inline_(QStringLiteral("被检查单位"), QStringLiteral("Inspected organisation")),
             QStringLiteral("%1<br/><span style=\"font-size:9pt;\">%2</span>")
                 .arg(l.inline_(Doc::esc(c.operatorZh),
                                Doc::esc(c.operatorEn.isEmpty() ? c.operatorZh : c.operatorEn)),
                      Doc::esc(c.operatorUscc)));
    h += row(l.inline_(QStringLiteral("检查检测内容"), QStringLiteral("Content")),
             l.inline_(QStringLiteral("%1：%2").arg(kind.nameZh, scopeZh),
                       QStringLiteral("%1: %2").arg(kind.nameEn, scopeEn)));
    h += row(l.inline_(QStringLiteral("检查检测方式"), QStringLiteral("Method")),
             l.inline_(kind.methodZh, kind.methodEn));
    h += row(l.inline_(QStringLiteral("检查检测时间"), QStringLiteral("Dates")),
             l.inline_(windowZh, windowEn));
    h += row(l.inline_(QStringLiteral("牵头部门"), QStringLiteral("Lead department")),
             l.inline_(Doc::esc(ownZh), Doc::esc(ownEn)));
    if (c.joint())
        h += row(l.inline_(QStringLiteral("参加部门"), QStringLiteral("Participating departments")),
                 l.inline_(Doc::esc(othersZh.join(QStringLiteral("、"))),
                           Doc::esc(othersEn.join(QStringLiteral(", ")))));
    if (!c.team.isEmpty())
        h += row(l.inline_(QStringLiteral("检查检测人员"), QStringLiteral("Team")),
                 Doc::esc(c.team));
    h += row(l.inline_(QStringLiteral("联系人"), QStringLiteral("Contact")),
             l.inline_(QStringLiteral("%1，联系电话：%2")
                           .arg(Doc::esc(c.contactName), Doc::esc(c.contactPhone)),
                       QStringLiteral("%1, telephone %2")
                           .arg(Doc::esc(c.contactName), Doc::esc(c.contactPhone))));
    h += QStringLiteral("</table>");
    if (c.kind == QLatin1String("penetration-test")) {
        // Art. 31: without authorisation no one may probe or penetration-test CII; this notice
        // is the department's authorisation, limited to what it states.
        h += Doc::paragraph(
            QStringLiteral("依照条例第三十一条，未经授权不得对关键信息基础设施实施漏洞探测、"
                           "渗透性测试等活动。本通知即为%1对上述检查检测人员在上述范围和时间内"
                           "实施漏洞探测、渗透性测试的授权；超出上述范围或者时间的活动不在授权"
                           "之列。")
                .arg(Doc::esc(ownZh)),
            QStringLiteral("Under Art. 31 of the Regulations, no one may carry out vulnerability "
                           "detection, penetration testing or similar activities on critical "
                           "information infrastructure without authorisation. This notice is "
                           "%1's authorisation for the team named above to carry out "
                           "vulnerability detection and penetration testing within the scope and "
                           "dates stated above; nothing beyond them is authorised.")
                .arg(Doc::esc(ownEn)),
            l);
        if (c.telecom)
            h += Doc::paragraph(
                QStringLiteral("依照条例第三十一条，对基础电信网络实施漏洞探测、渗透性测试等活动，"
                               "应当事先向国务院电信主管部门报告。涉及基础电信网络的测试，本部门"
                               "将在实施前向国务院电信主管部门报告，报告前不予实施。"),
                QStringLiteral("Under Art. 31, vulnerability detection, penetration testing and "
                               "similar activities on basic telecommunications networks must be "
                               "reported in advance to the State Council department in charge "
                               "of telecommunications. This department will report the testing "
                               "of basic telecommunications networks to it before the testing "
                               "begins, and none is carried out before then."),
                l);
    }
    h += Doc::paragraph(QStringLiteral("<b>有关要求</b>"),
                        QStringLiteral("<b>Assurances and requests</b>"), l);
    h += Doc::paragraph(
        QStringLiteral("一、依照条例第二十七条，本次检查检测不收取任何费用，不要求你单位购买指定"
                       "品牌或者指定生产、销售单位的产品和服务。"),
        QStringLiteral("1. Under Art. 27, no fee of any kind is charged, and your organisation "
                       "will not be required to buy products or services of any specified brand, "
                       "producer or seller."),
        l);
    h += Doc::paragraph(
        QStringLiteral("二、请你单位依照条例第二十八条予以配合，指定联系人，提供必要的资料和工作"
                       "条件。"),
        QStringLiteral("2. Please cooperate as Art. 28 requires: name a contact and provide the "
                       "necessary documents and working conditions."),
        l);
    h += Doc::paragraph(
        QStringLiteral("三、依照条例第三十条，检查检测中获取的信息只用于维护网络安全，并严格按照"
                       "有关法律、行政法规的要求确保信息安全。"),
        QStringLiteral("3. Under Art. 30, information obtained is used only to maintain "
                       "cybersecurity and is kept secure as the laws and administrative "
                       "regulations require."),
        l);
    h += Doc::closing(QStringLiteral("特此通知。"), QStringLiteral("This notice is hereby given."),
                      l);
    h += Doc::signature(ownZh, ownEn, c.date, l);
    h += Doc::printingLine(ownZh, ownEn, c.date, l, c.anchor);
    h += Doc::end();
    return h;
}

std::unique_ptr<QTextDocument> InspectionNotice::build(const InspectionNoticeContent &content,
                                                       DocLanguage language)
{
    return OfficialDocument::build(html(content, language),
                                   QStringLiteral("检查检测通知 ") + content.numberZh);
}

} // namespace cii
