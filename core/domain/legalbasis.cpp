#include "legalbasis.h"

#include <QHash>

namespace cii {
namespace {

struct Article
{
    const char *citationZh;
    const char *zh;
    const char *en;
};

const QHash<QString, Article> &articles()
{
    static const QHash<QString, Article> all = {
        {QStringLiteral("Art. 10"),
         {"《关键信息基础设施安全保护条例》第十条",
          "保护工作部门根据认定规则负责组织认定本行业、本领域的关键信息基础设施，及时将认定结果"
          "通知运营者，并通报国务院公安部门。",
          "Protection work departments are responsible for organizing the identification of "
          "critical information infrastructure within their industries and sectors on the basis "
          "of identification rules, promptly notifying operators about the identification "
          "results, and notifying the State Council public security department."}},
        {QStringLiteral("Art. 11"),
         {"《关键信息基础设施安全保护条例》第十一条",
          "关键信息基础设施发生较大变化，可能影响其认定结果的，运营者应当及时将相关情况报告保护"
          "工作部门。保护工作部门自收到报告之日起3个月内完成重新认定，将认定结果通知运营者，并"
          "通报国务院公安部门。",
          "Where relatively large changes occur in critical information infrastructure that may "
          "influence their identification result, operators shall promptly report the relevant "
          "circumstances to the protection work department. The protection work department is to "
          "complete a re-identification within three months of the date the report is received, "
          "notify the operator about the identification result, and notify the State Council "
          "public security department."}},
        {QStringLiteral("Art. 17"),
         {"《关键信息基础设施安全保护条例》第十七条",
          "运营者应当自行或者委托网络安全服务机构对关键信息基础设施每年至少进行一次网络安全检测"
          "和风险评估，对发现的安全问题及时整改，并按照保护工作部门要求报送情况。",
          "Operators shall, on their own or by commissioning a cybersecurity service institution, "
          "conduct a cybersecurity survey and risk assessment of critical information "
          "infrastructure at least once per year, promptly rectify any discovered security "
          "issues, and report the situation according to the protection work department's "
          "requirements."}},
        {QStringLiteral("Art. 18"),
         {"《关键信息基础设施安全保护条例》第十八条",
          "关键信息基础设施发生重大网络安全事件或者发现重大网络安全威胁时，运营者应当按照有关"
          "规定向保护工作部门、公安机关报告。",
          "When major cybersecurity incidents occur or major cybersecurity threats are discovered "
          "in critical information infrastructure, operators shall report the matter to the "
          "protection work department and the public security authorities according to relevant "
          "regulations."}},
        {QStringLiteral("Art. 21"),
         {"《关键信息基础设施安全保护条例》第二十一条",
          "运营者发生合并、分立、解散等情况，应当及时报告保护工作部门，并按照保护工作部门的要求"
          "对关键信息基础设施进行处置，确保安全。",
          "When situations such as mergers, separations, dissolutions, etc., occur with "
          "operators, they shall promptly report the matter to the protection work department, "
          "and handle critical information infrastructure according to the requirements of the "
          "protection work department, in order to ensure security."}},
        {QStringLiteral("Art. 26"),
         {"《关键信息基础设施安全保护条例》第二十六条",
          "保护工作部门应当定期组织开展本行业、本领域关键信息基础设施网络安全检查检测，指导监督"
          "运营者及时整改安全隐患、完善安全措施。",
          "Protection work departments shall regularly organize and conduct critical information "
          "infrastructure security inspection and monitoring within their industries and "
          "sectors, guide and supervise operators to promptly rectify security vulnerabilities, "
          "and perfect security measures."}},
        {QStringLiteral("Civil Code Art. 203"),
         {"《中华人民共和国民法典》第二百零三条",
          "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。",
          "Where the last day of a period is a statutory holiday, the day after the holiday ends "
          "is the last day of the period."}},
    };
    return all;
}

} // namespace

QString LegalBasis::text(const QString &basis, bool chinese)
{
    const auto it = articles().constFind(basis);
    if (it == articles().constEnd())
        return {};
    return QString::fromUtf8(chinese ? it->zh : it->en);
}

QString LegalBasis::citation(const QString &basis, bool chinese)
{
    const auto it = articles().constFind(basis);
    if (!chinese || it == articles().constEnd())
        return basis;
    return QString::fromUtf8(it->citationZh);
}

} // namespace cii
