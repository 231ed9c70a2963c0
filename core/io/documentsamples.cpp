#include "documentsamples.h"

#include "domain/chinatime.h"

namespace cii {

QStringList DocumentSamples::incidentKinds()
{
    return {QStringLiteral("cac-mps"), QStringLiteral("followup"), QStringLiteral("summary")};
}

QStringList DocumentSamples::enforcementKinds()
{
    return {QStringLiteral("order"), QStringLiteral("advance-notice"), QStringLiteral("decision")};
}

IncidentReportContent DocumentSamples::incidentReport(const QString &kind)
{
    IncidentReportContent c;
    c.kind = kind;
    c.departmentZh = QStringLiteral("某省能源局");
    c.departmentEn = QStringLiteral("Provincial Energy Administration");
    c.date = QDate(2026, 11, 26);
    c.incidentId = 7;
    c.operatorZh = QStringLiteral("示例电网有限公司");
    c.operatorEn = QStringLiteral("Example Grid Co., Ltd.");
    c.operatorUscc = QStringLiteral("91110000MA01ABCD2X");
    c.sectorZh = QStringLiteral("能源");
    c.sectorEn = QStringLiteral("Energy");
    c.systems = {QStringLiteral("省级电力调度控制系统"), QStringLiteral("用电信息采集系统")};
    c.unitOverviewZh = QStringLiteral("该公司负责全省电网运营，调度控制系统为其关键信息基础设施，"
                                      "覆盖全省13个地市。");
    c.unitOverviewEn = QStringLiteral("The company runs the province's grid; its dispatch control "
                                      "system, covering 13 cities, is critical information "
                                      "infrastructure.");
    c.type = QStringLiteral("ransomware");
    c.typeZh = QStringLiteral("勒索软件攻击");
    c.typeEn = QStringLiteral("ransomware attack");
    c.grade = QStringLiteral("major");
    c.proposedGrade = QStringLiteral("large");
    c.gradeReasonZh = QStringLiteral("调度数据备份同时受损，恢复时间无法确定");
    c.gradeReasonEn = QStringLiteral("the dispatch data backups are damaged too and the recovery "
                                     "time cannot be estimated");
    c.discoveredAt = ChinaTime::at(QDate(2026, 11, 26), QTime(9, 30));
    c.receivedAt = ChinaTime::at(QDate(2026, 11, 26), QTime(10, 12));
    c.reportAt = ChinaTime::at(QDate(2026, 11, 26), QTime(10, 35));
    c.placeZh = QStringLiteral("省调度中心主机房");
    c.placeEn = QStringLiteral("main machine room of the provincial dispatch centre");
    c.descriptionZh = QStringLiteral("调度控制系统安全区Ⅲ的6台服务器文件被加密，攻击者留下勒索"
                                     "信息。");
    c.descriptionEn = QStringLiteral("Files on 6 servers in security zone III of the dispatch "
                                     "control system were encrypted; the attacker left a ransom "
                                     "note.");
    c.impactZh = QStringLiteral("调度数据报表功能中断，实时控制功能未受影响，未造成停电。");
    c.impactEn = QStringLiteral("Dispatch reporting is down; real-time control is unaffected and "
                                "no supply was lost.");
    c.measuresZh = QStringLiteral("已断开安全区Ⅲ与外部网络的连接，隔离受感染服务器，启用备用"
                                  "报表系统。");
    c.measuresEn = QStringLiteral("Zone III was disconnected from outside networks, the infected "
                                  "servers isolated and the standby reporting system started.");
    c.nextStepsZh = QStringLiteral("开展溯源调查，核查其他安全区是否受到影响。");
    c.nextStepsEn = QStringLiteral("Trace the attack and check the other zones.");
    // Left empty on purpose: the document says it was not reported.
    c.supportZh.clear();
    c.contactName = QStringLiteral("王某");
    c.contactPhone = QStringLiteral("010-12345678");
    c.anchor = QStringLiteral("128:9F3C2A7D1B4E6F80");
    c.earlier = {{QStringLiteral("operator-report"), c.receivedAt, {}, {}}};
    if (kind == QLatin1String("cac-mps")) {
        c.numberZh = QStringLiteral("某能源网安〔2026〕12号");
        c.numberEn = QStringLiteral("No. 12 [2026], Provincial Energy Administration");
    } else if (kind == QLatin1String("followup")) {
        c.numberZh = QStringLiteral("某能源网安〔2026〕13号");
        c.date = QDate(2026, 11, 27);
        c.reportAt = ChinaTime::at(QDate(2026, 11, 27), QTime(16, 0));
        c.followupNumber = 1;
        c.newSinceZh = QStringLiteral("经初步溯源，攻击者利用运维跳板机弱口令进入安全区Ⅲ；"
                                      "安全区Ⅰ、Ⅱ未发现异常。");
        c.newSinceEn = QStringLiteral("The attacker entered zone III through a weak password on a "
                                      "maintenance jump host; zones I and II show nothing "
                                      "abnormal.");
        c.earlier << IncidentReportRecord{QStringLiteral("cac-mps"),
                                          ChinaTime::at(QDate(2026, 11, 26), QTime(10, 35)),
                                          QStringLiteral("某能源网安〔2026〕12号"),
                                          {}};
    } else {
        c.numberZh = QStringLiteral("某能源网安〔2026〕21号");
        c.date = QDate(2026, 12, 18);
        c.reportAt = ChinaTime::at(QDate(2026, 12, 18), QTime(11, 0));
        c.handlingEndedAt = ChinaTime::at(QDate(2026, 11, 30), QTime(18, 0));
        c.occurredAt = ChinaTime::at(QDate(2026, 11, 26), QTime(3, 40)); // found by tracing
        c.causeZh = QStringLiteral("运维跳板机使用弱口令且未启用双因素认证，攻击者经互联网暴力"
                                   "破解后横向移动至安全区Ⅲ。");
        c.causeEn = QStringLiteral("The maintenance jump host used a weak password without "
                                   "two-factor authentication; the attacker brute-forced it "
                                   "from the internet and moved into zone III.");
        c.rectificationZh =
            QStringLiteral("全面启用双因素认证，关闭跳板机互联网访问，完成全部服务器"
                           "口令核查。");
        c.rectificationEn =
            QStringLiteral("Two-factor authentication everywhere, no internet access "
                           "to the jump host, every server password checked.");
        c.lessonsZh = QStringLiteral("运维通道是薄弱环节，须纳入年度检测评估范围。");
        c.lessonsEn = QStringLiteral("Maintenance access is the weak point and belongs in the "
                                     "annual assessment.");
        // Accountability not yet recorded: the document says so.
        c.earlier << IncidentReportRecord{QStringLiteral("cac-mps"),
                                          ChinaTime::at(QDate(2026, 11, 26), QTime(10, 35)),
                                          QStringLiteral("某能源网安〔2026〕12号"),
                                          {}}
                  << IncidentReportRecord{QStringLiteral("followup"),
                                          ChinaTime::at(QDate(2026, 11, 27), QTime(16, 0)),
                                          QStringLiteral("某能源网安〔2026〕13号"),
                                          {}};
    }
    return c;
}

EnforcementDocumentContent DocumentSamples::enforcement(const QString &kind)
{
    EnforcementDocumentContent c;
    c.kind = kind;
    c.departmentZh = QStringLiteral("某省能源局");
    c.departmentEn = QStringLiteral("Provincial Energy Administration");
    c.caseId = 3;
    c.operatorZh = QStringLiteral("示例电网有限公司");
    c.operatorEn = QStringLiteral("Example Grid Co., Ltd.");
    c.operatorUscc = QStringLiteral("91110000MA01ABCD2X");
    c.operatorAddressZh = QStringLiteral("某省某市人民路1号");
    c.operatorAddressEn = QStringLiteral("1 Renmin Road, Example City");
    c.legalRepresentative = QStringLiteral("张某");
    c.article = QStringLiteral("Art. 39(8)");
    c.factsZh = QStringLiteral("省级电力调度控制系统（关键信息基础设施）2025年度网络安全检测"
                               "和风险评估未开展，截至2026年10月31日未向本部门报送评估情况");
    c.factsEn = QStringLiteral("No cybersecurity test and risk assessment of the provincial "
                               "dispatch control system (critical information infrastructure) "
                               "was carried out for 2025, and none had been reported to this "
                               "department by 31 October 2026");
    c.evidenceZh = {QStringLiteral("期限清单记录：年度检测评估，2026年9月30日到期，逾期未报"),
                    QStringLiteral("检查发现记录F-2026-014")};
    c.evidenceEn = {QStringLiteral("Deadline list: annual assessment due 30 September 2026, "
                                   "overdue, not reported"),
                    QStringLiteral("Inspection finding F-2026-014")};
    c.warning = true;
    c.reconsiderationBodyZh = QStringLiteral("某省人民政府");
    c.reconsiderationBodyEn = QStringLiteral("the Provincial People's Government");
    c.courtZh = QStringLiteral("某市中级人民法院");
    c.courtEn = QStringLiteral("the Example City Intermediate People's Court");
    c.contactName = QStringLiteral("李某");
    c.contactPhone = QStringLiteral("010-87654321");
    c.anchor = QStringLiteral("131:0A1B2C3D4E5F6071");
    if (kind == QLatin1String("order")) {
        c.numberZh = QStringLiteral("某能源网安责改〔2026〕3号");
        c.numberEn = QStringLiteral("Order No. 3 [2026]");
        c.date = QDate(2026, 11, 2);
        c.rectifyBy = QDate(2026, 12, 2);
    } else {
        c.personName = QStringLiteral("赵某");
        c.personTitleZh = QStringLiteral("网络安全管理部主任");
        c.personTitleEn = QStringLiteral("head of the cybersecurity department");
        c.reasonsZh = QStringLiteral("本部门于2026年11月2日责令其于2026年12月2日前改正，逾期"
                                     "未改正，属拒不改正");
        c.reasonsEn = QStringLiteral("ordered on 2 November 2026 to rectify by 2 December 2026, "
                                     "the operator did not, which is a refusal to rectify");
        c.operatorFine = 200000;
        c.personFine = 20000;
        c.warning = false; // given with the order
        if (kind == QLatin1String("advance-notice")) {
            c.numberZh = QStringLiteral("某能源网安罚告〔2026〕2号");
            c.numberEn = QStringLiteral("Advance notice No. 2 [2026]");
            c.date = QDate(2026, 12, 7);
            c.statementBy = QDate(2026, 12, 14);
            c.hearingRequestBy = QDate(2026, 12, 14);
        } else {
            c.numberZh = QStringLiteral("某能源网安罚决〔2026〕2号");
            c.numberEn = QStringLiteral("Decision No. 2 [2026]");
            c.date = QDate(2026, 12, 28);
            c.defenceZh = QStringLiteral("当事人于2026年12月10日提交书面陈述，称评估机构延期进场；"
                                         "经复核，该理由不能免除其年度检测评估义务，不予采纳");
            c.defenceEn = QStringLiteral("On 10 December 2026 the party stated in writing that "
                                         "the assessor arrived late; on review this does not "
                                         "relieve it of the annual duty and is not accepted");
            c.paymentZh = QStringLiteral("持本决定书到某银行某支行缴纳，或通过非税收入缴款码"
                                         "2026120001缴纳");
            c.paymentEn = QStringLiteral("at Example Bank, Example branch, with this decision, or "
                                         "online with non-tax payment code 2026120001");
        }
    }
    return c;
}

} // namespace cii
