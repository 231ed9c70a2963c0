#include "enforcementarticle.h"

#include "i18n/language.h"

#include <QLocale>

namespace cii {

namespace {

const char *const ChineseNumbers[] = {"",   "一", "二", "三",   "四",   "五",   "六",  "七",
                                      "八", "九", "十", "十一", "十二", "十三", "十四"};

QString chineseNumber(int n)
{
    if (n >= 0 && n < 15)
        return QString::fromUtf8(ChineseNumbers[n]);
    // 39 → 三十九, 40 → 四十
    QString s = QString::fromUtf8(ChineseNumbers[n / 10]) + QStringLiteral("十");
    if (n % 10)
        s += QString::fromUtf8(ChineseNumbers[n % 10]);
    return s;
}

QVector<EnforcementArticle> catalogue()
{
    // Art. 39:
    // 责令改正，给予警告；拒不改正或者导致危害网络安全等后果的，处10万元以上100万元以下罚款，
    // 对直接负责的主管人员处1万元以上10万元以下罚款.
    const FineRange art39Operator{100000, 1000000, false};
    const FineRange person{10000, 100000, false};
    struct Item
    {
        const char *zh;
        const char *en;
    };
    const Item items[] = {
        {"在关键信息基础设施发生较大变化，可能影响其认定结果时未及时将相关情况报告保护工作部门的",
         "failing to report promptly to the protection work department a major change to the CII "
         "that may affect its identification"},
        {"安全保护措施未与关键信息基础设施同步规划、同步建设、同步使用的",
         "security protection measures not planned, built and used together with the CII"},
        {"未建立健全网络安全保护制度和责任制的",
         "no sound cybersecurity protection system and responsibility system established"},
        {"未设置专门安全管理机构的", "no dedicated security management body set up"},
        {"未对专门安全管理机构负责人和关键岗位人员进行安全背景审查的",
         "no security background check of the head of the dedicated security management body "
         "and of key personnel"},
        {"开展与网络安全和信息化有关的决策没有专门安全管理机构人员参与的",
         "decisions on cybersecurity and informatisation taken without the dedicated security "
         "management body's staff"},
        {"专门安全管理机构未履行本条例第十五条规定的职责的",
         "the dedicated security management body not performing its duties under Art. 15"},
        {"未对关键信息基础设施每年至少进行一次网络安全检测和风险评估，未对发现的安全问题及时整改，"
         "或者未按照保护工作部门要求报送情况的",
         "no cybersecurity testing and risk assessment of the CII at least once a year, security "
         "problems found not rectified promptly, or the situation not reported as the protection "
         "work department requires"},
        {"采购网络产品和服务，未按照国家有关规定与网络产品和服务提供者签订安全保密协议的",
         "network products and services purchased without a security and confidentiality "
         "agreement with the provider as the state requires"},
        {"发生合并、分立、解散等情况，未及时报告保护工作部门，或者未按照保护工作部门的要求对关键信"
         "息"
         "基础设施进行处置的",
         "a merger, separation, dissolution or the like not reported promptly to the protection "
         "work department, or the CII not dealt with as the department requires"},
    };
    QVector<EnforcementArticle> out;
    int n = 0;
    for (const Item &item : items) {
        EnforcementArticle a;
        a.article = 39;
        a.item = ++n;
        a.key = QStringLiteral("Art. 39(%1)").arg(n);
        a.textZh = QString::fromUtf8(item.zh);
        a.textEn = QString::fromUtf8(item.en);
        a.warning = true;
        a.harmAlsoFines = true;
        a.operatorFine = art39Operator;
        a.personFine = person;
        out << a;
    }
    EnforcementArticle a40;
    a40.key = QStringLiteral("Art. 40");
    a40.article = 40;
    a40.textZh =
        QStringLiteral("运营者在关键信息基础设施发生重大网络安全事件或者发现重大网络安全威胁时，"
                       "未按照有关规定向保护工作部门、公安机关报告的");
    a40.textEn = QStringLiteral("a major cybersecurity incident in the CII, or a major "
                                "cybersecurity threat found, not reported to the protection work "
                                "department and the public security organ as required");
    a40.warning = true;
    a40.harmAlsoFines = true;
    a40.operatorFine = art39Operator;
    a40.personFine = person;
    out << a40;
    EnforcementArticle a41;
    a41.key = QStringLiteral("Art. 41");
    a41.article = 41;
    a41.textZh =
        QStringLiteral("运营者采购可能影响国家安全的网络产品和服务，未按照国家网络安全规定进行"
                       "安全审查的");
    a41.textEn = QStringLiteral("network products and services that may affect national security "
                                "purchased without the security review the state's cybersecurity "
                                "rules require");
    // 责令改正，处采购金额1倍以上10倍以下罚款: the fine does not wait for a refusal.
    a41.fineNeedsRefusal = false;
    a41.operatorFine = FineRange{1, 10, true};
    a41.personFine = person;
    a41.otherPersonsToo = true;
    out << a41;
    EnforcementArticle a42;
    a42.key = QStringLiteral("Art. 42");
    a42.article = 42;
    a42.textZh =
        QStringLiteral("运营者对保护工作部门开展的关键信息基础设施网络安全检查检测工作，以及公安、"
                       "国家安全、保密行政管理、密码管理等有关部门依法开展的关键信息基础设施网络"
                       "安全检查工作不予配合的");
    a42.textEn = QStringLiteral("refusing to cooperate with the CII cybersecurity inspection and "
                                "testing of the protection work department, or with the CII "
                                "cybersecurity inspections of public security, state security, "
                                "secrecy administration, cryptography administration and other "
                                "departments under the law");
    // 责令改正；拒不改正的，处5万元以上50万元以下罚款 — no warning.
    a42.operatorFine = FineRange{50000, 500000, false};
    a42.personFine = person;
    a42.otherPersonsToo = true;
    out << a42;
    return out;
}

} // namespace

const QVector<EnforcementArticle> &EnforcementArticle::all()
{
    static const QVector<EnforcementArticle> articles = catalogue();
    return articles;
}

const EnforcementArticle *EnforcementArticle::find(const QString &key)
{
    for (const EnforcementArticle &a : all())
        if (a.key == key.trimmed())
            return &a;
    return nullptr;
}

QStringList EnforcementArticle::keys()
{
    QStringList out;
    for (const EnforcementArticle &a : all())
        out << a.key;
    return out;
}

QString EnforcementArticle::citation(bool chinese) const
{
    if (!chinese)
        return key;
    const QString article = QStringLiteral("第%1条").arg(chineseNumber(this->article));
    return item ? article + QStringLiteral("第（%1）项").arg(chineseNumber(item)) : article;
}

QString EnforcementArticle::yuanText(qint64 yuan, bool chinese)
{
    if (chinese) {
        if (yuan >= 10000 && yuan % 10000 == 0)
            return QStringLiteral("%1万元").arg(yuan / 10000);
        return QStringLiteral("%1元").arg(yuan);
    }
    return QStringLiteral("%1 yuan").arg(QLocale::c().toString(yuan));
}

QString EnforcementArticle::penaltyText(bool chinese) const
{
    auto range = [&](const FineRange &r) {
        if (r.multiple)
            return chinese
                       ? QStringLiteral("采购金额%1倍以上%2倍以下").arg(r.min).arg(r.max)
                       : QStringLiteral("%1 to %2 times the purchase amount").arg(r.min).arg(r.max);
        return chinese
                   ? QStringLiteral("%1以上%2以下")
                         .arg(yuanText(r.min, true), yuanText(r.max, true))
                   : QStringLiteral("%1 to %2").arg(yuanText(r.min, false), yuanText(r.max, false));
    };
    QString condition;
    if (chinese) {
        QString s = warning ? QStringLiteral("责令改正，给予警告；") : QStringLiteral("责令改正；");
        if (!fineNeedsRefusal)
            s = QStringLiteral("责令改正，");
        else
            s += harmAlsoFines ? QStringLiteral("拒不改正或者导致危害网络安全等后果的，")
                               : QStringLiteral("拒不改正的，");
        s += QStringLiteral("处%1罚款，对直接负责的主管人员%2处%3罚款")
                 .arg(range(operatorFine),
                      otherPersonsToo ? QStringLiteral("和其他直接责任人员") : QString(),
                      range(personFine));
        return s;
    }
    QString s = warning ? QStringLiteral("order to rectify and a warning; ")
                        : QStringLiteral("order to rectify; ");
    if (!fineNeedsRefusal)
        s = QStringLiteral("order to rectify and ");
    else
        s += harmAlsoFines
                 ? QStringLiteral("on refusal to rectify or where harm to cybersecurity followed, ")
                 : QStringLiteral("on refusal to rectify, ");
    s += QStringLiteral("a fine of %1, and of %2 for the person directly in charge%3")
             .arg(range(operatorFine), range(personFine),
                  otherPersonsToo ? QStringLiteral(" and other directly responsible persons")
                                  : QString());
    return s;
}

QString EnforcementArticle::displayName() const
{
    return Language::isChinese() ? QStringLiteral("%1 %2").arg(citation(true), textZh)
                                 : QStringLiteral("%1 %2").arg(key, textEn);
}

} // namespace cii
