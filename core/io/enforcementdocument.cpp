#include "enforcementdocument.h"

#include "io/contactline.h"
#include "io/officialdocument.h"

#include <QHash>
#include <QLocale>
#include <QTextDocument>

namespace cii {
namespace {

using Doc = OfficialDocument;

const QString notRecordedZh = QStringLiteral("未记录");
const QString notRecordedEn = QStringLiteral("not recorded");

// A provision the department enforces: the penalty provision as the case cites it, the duty
// it enforces, both texts (quoted in the documents) and the fine ranges the article sets.
struct Provision
{
    QString penaltyZh; // 第三十九条第（八）项
    QString penaltyEn; // Art. 39(8)
    QString itemZh;    // the item's text (the situation the article lists)
    QString itemEn;
    QString dutyZh; // 第十七条
    QString dutyEn;
    QString dutyTextZh;
    QString dutyTextEn;
    bool warning = false;  // the article orders a warning with the order to rectify
    QString articleZh;     // 第三十九条
    QString consequenceZh; // the fines, in the article's words
    QString consequenceEn;
    QString triggerZh; // when the fines apply
    QString triggerEn;
};

const QString art39Fines =
    QStringLiteral("处10万元以上100万元以下罚款，对直接负责的主管人员处1万元以上10万元以下罚款");
const QString art39FinesEn = QStringLiteral(
    "a fine of 100,000 to 1,000,000 yuan, and a fine of 10,000 to 100,000 yuan on the person "
    "directly in charge");

QHash<QString, Provision> provisions()
{
    QHash<QString, Provision> p;
    struct Item
    {
        int n;
        const char16_t *numZh;
        const char16_t *itemZh;
        const char *itemEn;
        const char16_t *dutyZh;
        const char *dutyEn;
        const char16_t *dutyTextZh;
        const char *dutyTextEn;
    };
    // Art. 39: each item and the Chapter III duty it enforces.
    static const Item items[] = {
        {1, u"一",
         u"在关键信息基础设施发生较大变化，可能影响其认定结果时未及时将相关情况报告保护工作部门的",
         "failing to report to the protection work department in time a major change of the "
         "critical information infrastructure that may affect its identification",
         u"第十一条", "Art. 11",
         u"关键信息基础设施发生较大变化，可能影响其认定结果的，运营者应当及时将相关情况报告保护工作"
         u"部门。",
         "Where critical information infrastructure changes substantially in a way that may "
         "affect its identification, the operator shall report it to the protection work "
         "department in time."},
        {2, u"二", u"安全保护措施未与关键信息基础设施同步规划、同步建设、同步使用的",
         "security protection measures not planned, built and put into use together with the "
         "critical information infrastructure",
         u"第十二条", "Art. 12",
         u"安全保护措施应当与关键信息基础设施同步规划、同步建设、同步使用。",
         "Security protection measures shall be planned, built and put into use together with "
         "the critical information infrastructure."},
        {3, u"三", u"未建立健全网络安全保护制度和责任制的",
         "not establishing and improving a cybersecurity protection system and responsibility "
         "system",
         u"第十三条", "Art. 13",
         u"运营者应当建立健全网络安全保护制度和责任制，保障人力、财力、物力投入。",
         "Operators shall establish and improve a cybersecurity protection system and "
         "responsibility system, and ensure the staff, funds and material it needs."},
        {4, u"四", u"未设置专门安全管理机构的",
         "not setting up a dedicated security management body", u"第十四条", "Art. 14",
         u"运营者应当设置专门安全管理机构，并对专门安全管理机构负责人和关键岗位人员进行安全背景审查"
         u"。",
         "Operators shall set up a dedicated security management body and carry out security "
         "background checks of its head and of the staff in key positions."},
        {5, u"五", u"未对专门安全管理机构负责人和关键岗位人员进行安全背景审查的",
         "not carrying out security background checks of the head of the dedicated security "
         "management body and of the staff in key positions",
         u"第十四条", "Art. 14",
         u"运营者应当设置专门安全管理机构，并对专门安全管理机构负责人和关键岗位人员进行安全背景审查"
         u"。",
         "Operators shall set up a dedicated security management body and carry out security "
         "background checks of its head and of the staff in key positions."},
        {6, u"六", u"开展与网络安全和信息化有关的决策没有专门安全管理机构人员参与的",
         "taking decisions on cybersecurity and informatisation without the participation of "
         "the dedicated security management body",
         u"第十六条", "Art. 16",
         u"运营者应当保障专门安全管理机构的运行经费、配备相应的人员，开展与网络安全和信息化有关的决"
         u"策应当有专门安全管理机构人员参与。",
         "Operators shall fund and staff the dedicated security management body, and its "
         "members shall take part in decisions on cybersecurity and informatisation."},
        {7, u"七", u"专门安全管理机构未履行本条例第十五条规定的职责的",
         "the dedicated security management body not performing the duties of Art. 15", u"第十五条",
         "Art. 15",
         u"专门安全管理机构具体负责本单位的关键信息基础设施安全保护工作，履行本条例第十五条规定的职"
         u"责。",
         "The dedicated security management body is responsible for the protection of the "
         "organisation's critical information infrastructure and performs the duties Art. 15 "
         "lists."},
        {8, u"八",
         u"未对关键信息基础设施每年至少进行一次网络安全检测和风险评估，未对发现的安全问题及时整改，"
         u"或者未按照保护工作部门要求报送情况的",
         "not carrying out a cybersecurity test and risk assessment of the critical information "
         "infrastructure at least once a year, not rectifying the security problems found in "
         "time, or not reporting as the protection work department requires",
         u"第十七条", "Art. 17",
         u"运营者应当自行或者委托网络安全服务机构对关键信息基础设施每年至少进行一次网络安全检测和风"
         u"险评估，对发现的安全问题及时整改，并按照保护工作部门要求报送情况。",
         "Operators shall, themselves or through a cybersecurity service provider, test and "
         "assess the risks of their critical information infrastructure at least once a year, "
         "rectify the security problems found in time, and report as the protection work "
         "department requires."},
        {9, u"九",
         u"采购网络产品和服务，未按照国家有关规定与网络产品和服务提供者签订安全保密协议的",
         "buying network products and services without a security and confidentiality agreement "
         "with the provider as the state's rules require",
         u"第二十条", "Art. 20",
         u"运营者采购网络产品和服务，应当按照国家有关规定与网络产品和服务提供者签订安全保密协议，明"
         u"确提供者的技术支持和安全保密义务与责任，并对义务与责任履行情况进行监督。",
         "Operators buying network products and services shall sign a security and "
         "confidentiality agreement with the provider as the state's rules require, setting out "
         "the provider's technical support and security and confidentiality obligations, and "
         "supervise their performance."},
        {10, u"十",
         u"发生合并、分立、解散等情况，未及时报告保护工作部门，或者未按照保护工作部门的要求对关键信"
         u"息基础设施进行处置的",
         "not reporting a merger, split, dissolution or similar event to the protection work "
         "department in time, or not disposing of the critical information infrastructure as "
         "the department requires",
         u"第二十一条", "Art. 21",
         u"运营者发生合并、分立、解散等情况，应当及时报告保护工作部门，并按照保护工作部门的要求对关"
         u"键信息基础设施进行处置，确保安全。",
         "Operators that merge, split, dissolve or the like shall report it to the protection "
         "work department in time and dispose of the critical information infrastructure as the "
         "department requires, keeping it secure."},
    };
    for (const Item &i : items) {
        Provision v;
        v.penaltyZh = QStringLiteral("第三十九条第（%1）项").arg(QString::fromUtf16(i.numZh));
        v.penaltyEn = QStringLiteral("Art. 39(%1)").arg(i.n);
        v.itemZh = QString::fromUtf16(i.itemZh);
        v.itemEn = QString::fromUtf8(i.itemEn);
        v.dutyZh = QString::fromUtf16(i.dutyZh);
        v.dutyEn = QString::fromUtf8(i.dutyEn);
        v.dutyTextZh = QString::fromUtf16(i.dutyTextZh);
        v.dutyTextEn = QString::fromUtf8(i.dutyTextEn);
        v.warning = true;
        v.articleZh = QStringLiteral("第三十九条");
        v.consequenceZh = art39Fines;
        v.consequenceEn = art39FinesEn;
        v.triggerZh = QStringLiteral("拒不改正或者导致危害网络安全等后果的");
        v.triggerEn = QStringLiteral("refuses to rectify or the failure leads to harm to "
                                     "cybersecurity or similar consequences");
        p.insert(v.penaltyEn, v);
    }
    Provision a40;
    a40.penaltyZh = QStringLiteral("第四十条");
    a40.penaltyEn = QStringLiteral("Art. 40");
    a40.itemZh = QStringLiteral("运营者在关键信息基础设施发生重大网络安全事件或者发现重大网络安全"
                                "威胁时，未按照有关规定向保护工作部门、公安机关报告的");
    a40.itemEn = QStringLiteral("an operator not reporting a major cybersecurity incident at its "
                                "critical information infrastructure, or a major threat found, to "
                                "the protection work department and the public security organ as "
                                "the rules require");
    a40.dutyZh = QStringLiteral("第十八条第一款");
    a40.dutyEn = QStringLiteral("Art. 18(1)");
    a40.dutyTextZh = QStringLiteral("关键信息基础设施发生重大网络安全事件或者发现重大网络安全威胁"
                                    "时，运营者应当按照有关规定向保护工作部门、公安机关报告。");
    a40.dutyTextEn = QStringLiteral("Where a major cybersecurity incident occurs at critical "
                                    "information infrastructure or a major threat is found, the "
                                    "operator shall report it to the protection work department "
                                    "and the public security organ as the rules require.");
    a40.warning = true;
    a40.articleZh = QStringLiteral("第四十条");
    a40.consequenceZh = art39Fines;
    a40.consequenceEn = art39FinesEn;
    a40.triggerZh = QStringLiteral("拒不改正或者导致危害网络安全等后果的");
    a40.triggerEn = QStringLiteral("refuses to rectify or the failure leads to harm to "
                                   "cybersecurity or similar consequences");
    p.insert(a40.penaltyEn, a40);
    Provision a42;
    a42.penaltyZh = QStringLiteral("第四十二条");
    a42.penaltyEn = QStringLiteral("Art. 42");
    a42.itemZh = QStringLiteral("运营者对保护工作部门开展的关键信息基础设施网络安全检查检测工作，"
                                "以及公安、国家安全、保密行政管理、密码管理等有关部门依法开展的"
                                "关键信息基础设施网络安全检查工作不予配合的");
    a42.itemEn = QStringLiteral("an operator not cooperating with the cybersecurity inspection "
                                "and testing of the protection work department, or with the "
                                "inspections that public security, state security, secrecy and "
                                "cryptography authorities carry out by law");
    a42.dutyZh = QStringLiteral("第二十八条");
    a42.dutyEn = QStringLiteral("Art. 28");
    a42.dutyTextZh =
        QStringLiteral("运营者对保护工作部门开展的关键信息基础设施网络安全检查检测工作，"
                       "以及公安、国家安全、保密行政管理、密码管理等有关部门依法开展的"
                       "关键信息基础设施网络安全检查工作应当予以配合。");
    a42.dutyTextEn = QStringLiteral("Operators shall cooperate with the cybersecurity inspection "
                                    "and testing of critical information infrastructure by the "
                                    "protection work department and with the inspections that "
                                    "public security, state security, secrecy and cryptography "
                                    "authorities carry out by law.");
    a42.warning = false; // Art. 42 orders rectification without a warning
    a42.articleZh = QStringLiteral("第四十二条");
    a42.consequenceZh = QStringLiteral("处5万元以上50万元以下罚款，对直接负责的主管人员和其他直接"
                                       "责任人员处1万元以上10万元以下罚款");
    a42.consequenceEn = QStringLiteral("a fine of 50,000 to 500,000 yuan, and a fine of 10,000 to "
                                       "100,000 yuan on the person directly in charge and other "
                                       "persons directly responsible");
    a42.triggerZh = QStringLiteral("拒不改正的");
    a42.triggerEn = QStringLiteral("refuses to rectify");
    p.insert(a42.penaltyEn, a42);
    return p;
}

const QHash<QString, Provision> &table()
{
    static const QHash<QString, Provision> t = provisions();
    return t;
}

const QString regulationsZh = QStringLiteral("《关键信息基础设施安全保护条例》");
const QString regulationsEn =
    QStringLiteral("the Critical Information Infrastructure Security Protection Regulations");
const QString aplZh = QStringLiteral("《中华人民共和国行政处罚法》");
const QString aplEn = QStringLiteral("the Administrative Penalty Law");

QString english(const QString &zh, const QString &en)
{
    return en.isEmpty() ? zh : en;
}

QString textOr(const QString &value, const QString &missing)
{
    const QString v = value.trimmed();
    return v.isEmpty() ? missing : Doc::esc(v).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// A recorded sentence without its final stop, so that the document adds exactly one.
QString clause(const QString &value, const QString &missing)
{
    QString v = value.trimmed();
    while (v.endsWith(QChar(u'。')) || v.endsWith(QLatin1Char('.')) || v.endsWith(QChar(u'；')))
        v.chop(1);
    return textOr(v, missing);
}

// A quotation in Chinese text: the quotation marks in the Chinese face (the Latin face that
// leads the family list draws them narrow), the quoted sentence without its stop.
QString quoted(const QString &text)
{
    QString t = text;
    while (t.endsWith(QChar(u'。')))
        t.chop(1);
    const QString mark =
        QStringLiteral("<span style=\"font-family:'%1', 'Noto Serif CJK SC';\">%2</span>")
            .arg(Doc::chineseBodyFamily());
    return mark.arg(QChar(0x201C)) + Doc::esc(t) + mark.arg(QChar(0x201D));
}

struct Builder
{
    const EnforcementDocumentContent &c;
    const DocLanguage &l;
    const Provision *p; // null: a provision this document does not know
    QString h;

    void para(const QString &zh, const QString &en) { h += Doc::paragraph(zh, en, l); }
    QString opZh() const { return Doc::esc(c.operatorZh); }
    QString opEn() const { return Doc::esc(english(c.operatorZh, c.operatorEn)); }
    QString penaltyZh() const { return regulationsZh + (p ? p->penaltyZh : Doc::esc(c.article)); }
    QString penaltyEn() const
    {
        return QStringLiteral("%1 of %2")
            .arg(p ? p->penaltyEn : Doc::esc(c.article), regulationsEn);
    }
    QString articleZh() const { return p ? p->articleZh : Doc::esc(c.article); }
    QString articleEn() const
    {
        if (!p)
            return Doc::esc(c.article);
        const int paren = p->penaltyEn.indexOf(QLatin1Char('('));
        return paren < 0 ? p->penaltyEn : p->penaltyEn.left(paren);
    }
    static QString dateZh(const QDate &d) { return Doc::dateText(d, DocLanguage::Zh); }
    static QString dateEn(const QDate &d) { return Doc::dateText(d, DocLanguage::En); }

    // The facts found and the evidence, as recorded.
    void facts(const QString &leadZh, const QString &leadEn)
    {
        para(QStringLiteral("%1%2。").arg(leadZh, clause(c.factsZh, notRecordedZh)),
             QStringLiteral("%1%2.").arg(leadEn,
                                         clause(english(c.factsZh, c.factsEn), notRecordedEn)));
        if (c.evidenceZh.isEmpty()) {
            para(QStringLiteral("证据：%1。").arg(notRecordedZh),
                 QStringLiteral("Evidence: %1.").arg(notRecordedEn));
            return;
        }
        para(QStringLiteral("以上事实有下列证据证明："),
             QStringLiteral("The facts are shown by the following evidence:"));
        // One item a paragraph: a long reference (a finding number) never stretches a line.
        for (int i = 0; i < c.evidenceZh.size(); ++i) {
            const bool last = i == c.evidenceZh.size() - 1;
            para(QStringLiteral("%1．%2%3")
                     .arg(i + 1)
                     .arg(clause(c.evidenceZh.at(i), {}),
                          last ? QStringLiteral("。") : QStringLiteral("；")),
                 QStringLiteral("%1. %2%3")
                     .arg(i + 1)
                     .arg(clause(english(c.evidenceZh.at(i), c.evidenceEn.value(i)), {}),
                          last ? QStringLiteral(".") : QStringLiteral(";")));
        }
    }

    // The duty violated and the provision that applies, with both texts.
    void violation(const QString &whoZh, const QString &whoEn)
    {
        if (!p) {
            para(QStringLiteral("%1的上述行为属于%2所列情形。").arg(whoZh, penaltyZh()),
                 QStringLiteral("The conduct of %1 described above falls under %2.")
                     .arg(whoEn, penaltyEn()));
            return;
        }
        para(QStringLiteral("%1的上述行为违反了%2%3%4的规定，属于该条例%5%6所列情形。")
                 .arg(whoZh, regulationsZh, p->dutyZh, quoted(p->dutyTextZh), p->penaltyZh,
                      quoted(p->itemZh)),
             QStringLiteral("The conduct of %1 described above breaches %2 of %3 (“%4”) and "
                            "falls under %5 (“%6”).")
                 .arg(whoEn, p->dutyEn, regulationsEn, clause(p->dutyTextEn, {}), p->penaltyEn,
                      p->itemEn));
    }

    // The fine range the article sets, in its words.
    void fineRange()
    {
        if (!p || (c.operatorFine <= 0 && c.personFine <= 0))
            return;
        para(QStringLiteral("%1%2规定：%3，%4。")
                 .arg(regulationsZh, p->articleZh, p->triggerZh, p->consequenceZh),
             QStringLiteral("%1 of the Regulations provides, where the operator %2, for %3.")
                 .arg(articleEn(), p->triggerEn, p->consequenceEn));
    }

    // The penalties, one item each: （一）警告；（二）罚款人民币…元；…
    QStringList penaltiesZh() const
    {
        QStringList out;
        if (c.warning)
            out << QStringLiteral("警告");
        if (c.operatorFine > 0)
            out << QStringLiteral("对%1罚款人民币%2")
                       .arg(opZh(),
                            EnforcementDocument::amountText(c.operatorFine, DocLanguage::Zh));
        if (c.personFine > 0)
            out << QStringLiteral("对直接负责的主管人员%1%2罚款人民币%3")
                       .arg(textOr(c.personName, notRecordedZh),
                            c.personTitleZh.isEmpty()
                                ? QString()
                                : QStringLiteral("（%1）").arg(Doc::esc(c.personTitleZh)),
                            EnforcementDocument::amountText(c.personFine, DocLanguage::Zh));
        static const QStringList n = {QStringLiteral("一"), QStringLiteral("二"),
                                      QStringLiteral("三")};
        for (int i = 0; i < out.size(); ++i)
            out[i] = QStringLiteral("（%1）%2").arg(n.value(i), out.at(i));
        return out;
    }
    QStringList penaltiesEn() const
    {
        QStringList out;
        if (c.warning)
            out << QStringLiteral("a warning");
        if (c.operatorFine > 0)
            out << QStringLiteral("a fine of %1 on %2")
                       .arg(EnforcementDocument::amountText(c.operatorFine, DocLanguage::En),
                            opEn());
        if (c.personFine > 0)
            out << QStringLiteral("a fine of %1 on %2%3, the person directly in charge")
                       .arg(EnforcementDocument::amountText(c.personFine, DocLanguage::En),
                            textOr(c.personName, notRecordedEn),
                            c.personTitleZh.isEmpty() && c.personTitleEn.isEmpty()
                                ? QString()
                                : QStringLiteral(" (%1)").arg(
                                      Doc::esc(english(c.personTitleZh, c.personTitleEn))));
        for (int i = 0; i < out.size(); ++i)
            out[i] = QStringLiteral("(%1) %2").arg(i + 1).arg(out.at(i));
        return out;
    }

    // Reconsideration within 60 days (Administrative Reconsideration Law Art. 20), litigation
    // within 6 months (Administrative Litigation Law Art. 46), before the bodies recorded.
    void remedies(const QString &whoZh, const QString &whatZh, const QString &whoEn,
                  const QString &whatEn, const QString &receiptZh, const QString &receiptEn)
    {
        const QString bodyZh = c.reconsiderationBodyZh.isEmpty()
                                   ? QStringLiteral("依法")
                                   : QStringLiteral("向%1").arg(Doc::esc(c.reconsiderationBodyZh));
        const QString bodyEn =
            c.reconsiderationBodyZh.isEmpty() && c.reconsiderationBodyEn.isEmpty()
                ? QString()
                : QStringLiteral(" to %1").arg(
                      Doc::esc(english(c.reconsiderationBodyZh, c.reconsiderationBodyEn)));
        const QString courtZh = c.courtZh.isEmpty()
                                    ? QStringLiteral("依法")
                                    : QStringLiteral("向%1").arg(Doc::esc(c.courtZh));
        const QString courtEn =
            c.courtZh.isEmpty() && c.courtEn.isEmpty()
                ? QString()
                : QStringLiteral(" before %1").arg(Doc::esc(english(c.courtZh, c.courtEn)));
        para(QStringLiteral("%1如对%2不服，可以自%3之日起六十日内%4申请行政复议，或者自%3之日起"
                            "六个月内%5提起行政诉讼（《中华人民共和国行政复议法》第二十条、"
                            "《中华人民共和国行政诉讼法》第四十六条）。")
                 .arg(whoZh, whatZh, receiptZh, bodyZh, courtZh),
             QStringLiteral("If %1 disagrees with %2, it may apply for administrative "
                            "reconsideration%3 within 60 days of %4, or bring an administrative "
                            "action%5 within six months of %4 (Administrative Reconsideration "
                            "Law Art. 20, Administrative Litigation Law Art. 46).")
                 .arg(whoEn, whatEn, bodyEn, receiptEn, courtEn));
    }

    // The contact, the closing line where the document has one, the authority and the date.
    void closingBlock(const QString &closingZh = {}, const QString &closingEn = {})
    {
        const ContactLine contact(c.contactName, c.contactPhone);
        para(contact.zh, contact.en);
        if (!closingZh.isEmpty())
            h += Doc::closing(closingZh, closingEn, l);
        h += Doc::signature(c.departmentZh, english(c.departmentZh, c.departmentEn), c.date, l);
        h += Doc::printingLine(c.departmentZh, english(c.departmentZh, c.departmentEn), c.date, l,
                               c.anchor);
        h += Doc::end();
    }

    void order()
    {
        h += Doc::addressee(c.operatorZh, english(c.operatorZh, c.operatorEn), l);
        facts(QStringLiteral("经查，你单位存在以下违法事实："),
              QStringLiteral("This department has found the following facts: "));
        violation(QStringLiteral("你单位"), QStringLiteral("your organisation"));
        const QString byZh = c.rectifyBy.isValid()
                                 ? QStringLiteral("于%1前").arg(dateZh(c.rectifyBy))
                                 : QStringLiteral("在期限内（改正期限：未记录）");
        const QString byEn = c.rectifyBy.isValid()
                                 ? QStringLiteral("by %1").arg(dateEn(c.rectifyBy))
                                 : QStringLiteral("(time limit: not recorded)");
        const QString warnZh = c.warning ? QStringLiteral("，并给予警告") : QString();
        const QString warnEn =
            c.warning ? QStringLiteral(", and gives your organisation a warning") : QString();
        para(QStringLiteral("依据%1%2的规定，本部门责令你单位%3改正上述违法行为%4。请你单位在"
                            "改正期限届满前将改正情况书面报告本部门。")
                 .arg(regulationsZh, articleZh(), byZh, warnZh),
             QStringLiteral("Under %1 of %2, this department orders your organisation to rectify "
                            "the conduct described above %3%4. Please report the rectification "
                            "to this department in writing before the time limit ends.")
                 .arg(articleEn(), regulationsEn, byEn, warnEn));
        if (p)
            para(QStringLiteral("你单位%1，本部门将依据%2%3的规定，%4。")
                     .arg(p->triggerZh, regulationsZh, p->articleZh, p->consequenceZh),
                 QStringLiteral("If your organisation %1, this department will, under %2 of %3, "
                                "impose %4.")
                     .arg(p->triggerEn, articleEn(), regulationsEn, p->consequenceEn));
        if (c.warning)
            // A warning is an administrative penalty (APL Art. 9), open to review like any.
            remedies(QStringLiteral("你单位"), QStringLiteral("本通知书中的警告"),
                     QStringLiteral("your organisation"),
                     QStringLiteral("the warning in this notice"), QStringLiteral("收到本通知书"),
                     QStringLiteral("receiving this notice"));
        else
            remedies(QStringLiteral("你单位"), QStringLiteral("本通知书"),
                     QStringLiteral("your organisation"), QStringLiteral("this notice"),
                     QStringLiteral("收到本通知书"), QStringLiteral("receiving this notice"));
        closingBlock(QStringLiteral("特此通知。"), QStringLiteral("This notice is hereby given."));
    }

    void advanceNotice()
    {
        h += Doc::addressee(c.operatorZh, english(c.operatorZh, c.operatorEn), l);
        facts(QStringLiteral("经查，你单位存在以下违法事实："),
              QStringLiteral("This department has found the following facts: "));
        violation(QStringLiteral("你单位"), QStringLiteral("your organisation"));
        para(QStringLiteral("拟作出行政处罚的理由：%1。").arg(clause(c.reasonsZh, notRecordedZh)),
             QStringLiteral("Reasons for the proposed penalty: %1.")
                 .arg(clause(english(c.reasonsZh, c.reasonsEn), notRecordedEn)));
        const QStringList zh = penaltiesZh();
        const QStringList en = penaltiesEn();
        if (c.operatorFine <= 0 && c.personFine <= 0 && !c.warning)
            para(QStringLiteral("拟作出的行政处罚：%1。").arg(notRecordedZh),
                 QStringLiteral("Proposed penalty: %1.").arg(notRecordedEn));
        else
            para(QStringLiteral("依据%1%2的规定，本部门拟对你单位作出如下行政处罚：%3。")
                     .arg(regulationsZh, articleZh(), zh.join(QStringLiteral("；"))),
                 QStringLiteral("Under %1 of %2, this department proposes the following "
                                "administrative penalty: %3.")
                     .arg(articleEn(), regulationsEn, en.join(QStringLiteral("; "))));
        fineRange();
        // APL Art. 44, 45: the right to state and defend; no heavier penalty for using it.
        const QString stateZh =
            c.statementBy.isValid()
                ? QStringLiteral("请于%1前向本部门提出陈述、申辩意见；逾期未提出的，视为放弃"
                                 "陈述、申辩的权利。")
                      .arg(dateZh(c.statementBy))
                : QStringLiteral("你单位可以在本部门作出行政处罚决定前提出陈述、申辩意见。");
        const QString stateEn =
            c.statementBy.isValid()
                ? QStringLiteral("Please submit any statement or defence to this department by "
                                 "%1; if none is submitted by then, the right is taken as waived.")
                      .arg(dateEn(c.statementBy))
                : QStringLiteral("Your organisation may submit a statement or defence before "
                                 "this department decides.");
        para(QStringLiteral("根据%1第四十四条、第四十五条的规定，你单位有权进行陈述和申辩。%2"
                            "本部门不因你单位陈述、申辩而给予更重的处罚。")
                 .arg(aplZh, stateZh),
             QStringLiteral("Under Articles 44 and 45 of %1, your organisation has the right to "
                            "state its case and defend itself. %2 Stating a case or defending "
                            "will not lead to a heavier penalty.")
                 .arg(aplEn, stateEn));
        // APL Art. 63, 64(1): a hearing if requested within five days of the notice; Art. 85:
        // those five days are working days.
        const QString byZh = c.hearingRequestBy.isValid()
                                 ? QStringLiteral("（即%1前）").arg(dateZh(c.hearingRequestBy))
                                 : QString();
        const QString byEn =
            c.hearingRequestBy.isValid()
                ? QStringLiteral(" (that is, by %1)").arg(dateEn(c.hearingRequestBy))
                : QString();
        para(QStringLiteral("根据%1第六十三条、第六十四条、第八十五条的规定，你单位有权要求听证。"
                            "要求听证的，应当自收到本告知书之日起五个工作日内%2向本部门提出；"
                            "逾期未提出的，视为放弃听证权利。")
                 .arg(aplZh, byZh),
             QStringLiteral("Under Articles 63, 64 and 85 of %1, your organisation has the right "
                            "to request a hearing. A request must reach this department within "
                            "five working days (statutory holidays excluded) of receiving this "
                            "notice%2; without a request in time, the right to a hearing is "
                            "taken as waived.")
                 .arg(aplEn, byEn));
        closingBlock(QStringLiteral("特此告知。"), QStringLiteral("Notice is hereby given."));
    }

    void decision()
    {
        // APL Art. 59(1): the party's name and address, a line under the title as an
        // addressee would be.
        para(QStringLiteral("&nbsp;"), QStringLiteral("&nbsp;"));
        para(QStringLiteral("当事人：%1").arg(opZh()), QStringLiteral("Party: %1").arg(opEn()));
        if (!c.operatorUscc.isEmpty())
            para(QStringLiteral("统一社会信用代码：%1").arg(Doc::esc(c.operatorUscc)),
                 QStringLiteral("Unified social credit code: %1").arg(Doc::esc(c.operatorUscc)));
        para(QStringLiteral("地址：%1").arg(textOr(c.operatorAddressZh, notRecordedZh)),
             QStringLiteral("Address: %1")
                 .arg(textOr(english(c.operatorAddressZh, c.operatorAddressEn), notRecordedEn)));
        if (!c.legalRepresentative.isEmpty())
            para(QStringLiteral("法定代表人：%1").arg(Doc::esc(c.legalRepresentative)),
                 QStringLiteral("Legal representative: %1").arg(Doc::esc(c.legalRepresentative)));
        // Art. 59(2): the facts and the evidence.
        facts(QStringLiteral("经查明，当事人存在以下违法事实："),
              QStringLiteral("This department has found the following facts: "));
        if (!c.defenceZh.trimmed().isEmpty() || !c.defenceEn.trimmed().isEmpty())
            para(QStringLiteral("当事人陈述、申辩及听证情况：%1。").arg(clause(c.defenceZh, {})),
                 QStringLiteral("The party's statement, defence and hearing: %1.")
                     .arg(clause(english(c.defenceZh, c.defenceEn), {})));
        // Art. 59(3): the penalty and its basis.
        violation(QStringLiteral("当事人"), QStringLiteral("the party"));
        if (!c.reasonsZh.trimmed().isEmpty())
            para(QStringLiteral("处罚理由：%1。").arg(clause(c.reasonsZh, {})),
                 QStringLiteral("Reasons: %1.").arg(clause(english(c.reasonsZh, c.reasonsEn), {})));
        if (c.operatorFine <= 0 && c.personFine <= 0 && !c.warning)
            para(QStringLiteral("行政处罚：%1。").arg(notRecordedZh),
                 QStringLiteral("Penalty: %1.").arg(notRecordedEn));
        else
            para(QStringLiteral("依据%1%2的规定，本部门决定对当事人作出如下行政处罚：%3。")
                     .arg(regulationsZh, articleZh(), penaltiesZh().join(QStringLiteral("；"))),
                 QStringLiteral("Under %1 of %2, this department imposes the following "
                                "administrative penalty: %3.")
                     .arg(articleEn(), regulationsEn, penaltiesEn().join(QStringLiteral("; "))));
        // Art. 59(4), 67, 72: payment within 15 days, how, and the surcharge for lateness.
        if (c.operatorFine > 0 || c.personFine > 0)
            para(QStringLiteral("当事人应当自收到本决定书之日起十五日内缴纳罚款（%1第六十七条），"
                                "缴纳方式：%2。到期不缴纳罚款的，本部门可以每日按罚款数额的百分"
                                "之三加处罚款，加处罚款的数额不超出罚款的数额（%1第七十二条）。")
                     .arg(aplZh, clause(c.paymentZh, notRecordedZh)),
                 QStringLiteral("The fine is to be paid within 15 days of receiving this decision "
                                "(Art. 67 of %1); how to pay: %2. For a fine not paid when due, "
                                "this department may add 3% of the fine for each day, up to the "
                                "amount of the fine (Art. 72 of %1).")
                     .arg(aplEn, clause(english(c.paymentZh, c.paymentEn), notRecordedEn)));
        // Art. 59(5), 73: the remedies; they do not suspend the penalty.
        remedies(QStringLiteral("当事人"), QStringLiteral("本决定"), QStringLiteral("the party"),
                 QStringLiteral("this decision"), QStringLiteral("收到本决定书"),
                 QStringLiteral("receiving this decision"));
        para(QStringLiteral("申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外"
                            "（%1第七十三条）。")
                 .arg(aplZh),
             QStringLiteral("Applying for reconsideration or bringing an action does not suspend "
                            "the penalty, save as the law provides otherwise (Art. 73 of %1).")
                 .arg(aplEn));
        closingBlock();
    }
};

} // namespace

QString EnforcementDocument::title(const QString &kind, const DocLanguage &l)
{
    if (kind == QLatin1String("advance-notice"))
        return l.text(QStringLiteral("行政处罚事先告知书"),
                      QStringLiteral("Advance Notice of a Proposed Administrative Penalty"));
    if (kind == QLatin1String("decision"))
        return l.text(QStringLiteral("行政处罚决定书"),
                      QStringLiteral("Administrative Penalty Decision"));
    return l.text(QStringLiteral("责令改正通知书"), QStringLiteral("Order to Rectify"));
}

QString EnforcementDocument::amountText(qint64 yuan, const DocLanguage &l)
{
    const QString figures = QLocale(QLocale::English, QLocale::UnitedKingdom).toString(yuan);
    return l.text(figures + QStringLiteral("元"), figures + QStringLiteral(" yuan"));
}

bool EnforcementDocument::knowsArticle(const QString &article)
{
    return table().contains(article.trimmed());
}

QString EnforcementDocument::html(const EnforcementDocumentContent &c, DocLanguage l)
{
    const auto it = table().constFind(c.article.trimmed());
    Builder b{c, l, it == table().constEnd() ? nullptr : &it.value(), {}};
    b.h = Doc::begin(l);
    b.h +=
        Doc::header(c.departmentZh, c.departmentEn,
                    l.value() == DocLanguage::En ? english(c.numberZh, c.numberEn) : c.numberZh, l);
    b.h += Doc::title(title(c.kind, DocLanguage::Zh), title(c.kind, DocLanguage::En), l);
    if (c.kind == QLatin1String("advance-notice"))
        b.advanceNotice();
    else if (c.kind == QLatin1String("decision"))
        b.decision();
    else
        b.order();
    return b.h;
}

std::unique_ptr<QTextDocument> EnforcementDocument::build(const EnforcementDocumentContent &content,
                                                          DocLanguage language)
{
    return OfficialDocument::build(html(content, language), title(content.kind, DocLanguage::Zh) +
                                                                QLatin1Char(' ') +
                                                                content.numberZh);
}

} // namespace cii
