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
        // The 2025 reporting measures are cited as the reference gives them: a paraphrase, said
        // to be one, since the official page could not be read article by article.
        {QStringLiteral("Reporting Measures Art. 4"),
         {"《国家网络安全事件报告管理办法》第四条",
          "（转述）涉及关键信息基础设施的网络运营者发现较大以上网络安全事件，应当第一时间、最迟"
          "不超过1小时向保护工作部门、公安机关报告；保护工作部门收到重大、特别重大网络安全事件报告"
          "后，应当第一时间、最迟不超过半小时向国家网信部门、国务院公安部门报告。",
          "(Paraphrase) An operator of critical information infrastructure that discovers an "
          "incident graded relatively major or above reports it to the protection work "
          "department and the public security organ at once, within 1 hour at the latest; the "
          "protection work department reports a major or especially major incident to the "
          "national cyberspace department and the State Council public security department at "
          "once, within half an hour of receipt at the latest."}},
        {QStringLiteral("Reporting Measures Art. 7"),
         {"《国家网络安全事件报告管理办法》第七条",
          "（转述）规定时间内不能判定事件原因、影响或者发展趋势的，可以先报告已掌握的情况，其他"
          "情况及时补报。",
          "(Paraphrase) Where the cause, impact or trend of an incident cannot be judged in the "
          "time allowed, what is known may be reported first and the rest reported promptly "
          "afterwards."}},
        {QStringLiteral("Reporting Measures Art. 8"),
         {"《国家网络安全事件报告管理办法》第八条",
          "（转述）事件处置工作结束后30日内，对事件原因、应急处置措施、危害、责任处理、整改情况、"
          "教训等进行全面分析总结，形成事件处置总结报告，按原渠道上报。",
          "(Paraphrase) Within 30 days after the handling of an incident has ended, a summary "
          "report analysing its cause, the emergency measures, the harm, accountability, "
          "rectification and lessons is reported through the channel of the original report."}},
        {QStringLiteral("Art. 39"),
         {"《关键信息基础设施安全保护条例》第三十九条",
          "运营者有下列情形之一的，由有关主管部门依据职责责令改正，给予警告；拒不改正或者导致危害"
          "网络安全等后果的，处10万元以上100万元以下罚款，对直接负责的主管人员处1万元以上10万元以"
          "下罚款。",
          "Where one of the following circumstances is present, operators will be ordered by "
          "the relevant competent departments, on the basis of their duties and "
          "responsibilities, to rectify the matter, and given a warning; where they refuse to "
          "rectify the matter or it leads to consequences such as harm to cybersecurity, a fine "
          "between 100,000 and 1 million yuan is to be imposed, and a fine between 10,000 and "
          "100,000 yuan is to be imposed against the directly responsible person in charge."}},
        {QStringLiteral("Art. 40"),
         {"《关键信息基础设施安全保护条例》第四十条",
          "运营者在关键信息基础设施发生重大网络安全事件或者发现重大网络安全威胁时，未按照有关规定"
          "向保护工作部门、公安机关报告的，由保护工作部门、公安机关依据职责责令改正，给予警告；拒不"
          "改正或者导致危害网络安全等后果的，处10万元以上100万元以下罚款，对直接负责的主管人员处1万"
          "元以上10万元以下罚款。",
          "Operators who, when a major cybersecurity incident occurs in critical information "
          "infrastructure or a major cybersecurity threat is discovered, do not report the "
          "matter to the protection work department and public security body according to "
          "relevant regulations, are to be ordered to rectify the matter by the protection work "
          "department and public security body on the basis of their duties and "
          "responsibilities, and given a warning; where they refuse to rectify the matter or it "
          "leads to consequences such as harm to cybersecurity, a fine between 100,000 and 1 "
          "million yuan is to be imposed, and a fine between 10,000 and 100,000 yuan is to be "
          "imposed against the directly responsible person in charge."}},
        {QStringLiteral("Art. 42"),
         {"《关键信息基础设施安全保护条例》第四十二条",
          "运营者对保护工作部门开展的关键信息基础设施网络安全检查检测工作，以及公安、国家安全、保密"
          "行政管理、密码管理等有关部门依法开展的关键信息基础设施网络安全检查工作不予配合的，由有关"
          "主管部门责令改正；拒不改正的，处5万元以上50万元以下罚款，对直接负责的主管人员和其他直接"
          "责任人员处1万元以上10万元以下罚款；情节严重的，依法追究相应法律责任。",
          "Where operators do not provide cooperation with protection work departments carrying "
          "out critical information infrastructure cybersecurity inspection and monitoring work, "
          "as well as with public security, state security, secrecy protection administrative "
          "management, encryption management, and other such relevant departments lawfully "
          "carrying out critical information infrastructure cybersecurity inspection work, the "
          "relevant competent department is to order rectification; where they refuse to rectify "
          "the matter, a fine between 50,000 and 500,000 yuan is to be imposed, and a fine "
          "between 10,000 and 100,000 yuan is to be imposed against the directly responsible "
          "person in charge and other directly responsible personnel; where circumstances are "
          "grave, the corresponding legal liability is to be prosecuted according to the law."}},
        {QStringLiteral("APL Art. 45"),
         {"《中华人民共和国行政处罚法》第四十五条",
          "当事人有权进行陈述和申辩。行政机关必须充分听取当事人的意见，对当事人提出的事实、理由和"
          "证据，应当进行复核；当事人提出的事实、理由或者证据成立的，行政机关应当采纳。",
          "The party has the right to state its case and to defend itself. The administrative "
          "organ must listen fully to the party's opinions and review the facts, reasons and "
          "evidence it puts forward; where they are established, the organ shall accept them."}},
        {QStringLiteral("APL Art. 64"),
         {"《中华人民共和国行政处罚法》第六十四条",
          "听证应当依照以下程序组织：（一）当事人要求听证的，应当在行政机关告知后五日内提出；",
          "Hearings are organised as follows: (1) a party that requests a hearing does so within "
          "five days after the administrative organ's notice;"}},
        {QStringLiteral("APL Art. 85"),
         {"《中华人民共和国行政处罚法》第八十五条",
          "本法中“二日”“三日”“五日”“七日”的规定是指工作日，不含法定节假日。",
          "The \"two days\", \"three days\", \"five days\" and \"seven days\" of this Law are "
          "working days, statutory holidays excluded."}},
        {QStringLiteral("Administrative Reconsideration Law Art. 20"),
         {"《中华人民共和国行政复议法》第二十条",
          "公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日"
          "起六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。",
          "A citizen, legal person or other organisation that considers an administrative act to "
          "infringe its lawful rights and interests may apply for administrative reconsideration "
          "within sixty days of the day it knew or should have known of the act, unless a law "
          "sets a longer period."}},
        {QStringLiteral("Administrative Litigation Law Art. 46"),
         {"《中华人民共和国行政诉讼法》第四十六条",
          "公民、法人或者其他组织直接向人民法院提起诉讼的，应当自知道或者应当知道作出行政行为之日起"
          "六个月内提出。法律另有规定的除外。",
          "A citizen, legal person or other organisation that sues directly in a people's court "
          "does so within six months of the day it knew or should have known of the "
          "administrative act, unless a law provides otherwise."}},
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
