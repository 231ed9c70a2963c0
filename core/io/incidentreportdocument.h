#pragma once

#include "io/doclanguage.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class QTextDocument;

namespace cii {

// One report already made about the incident, as a follow-up or summary report lists it.
struct IncidentReportRecord
{
    QString kind;     // operator-report | cac-mps | followup | summary
    QDateTime sentAt; // UTC; for the operator's report the instant the department received it
    QString numberZh; // the report's document number, if it had one
    QString numberEn;
};

// What an incident report shows, as recorded; assembled by the incidents' report issuer from
// the store. Every text field is the recorded value: an empty one prints as not recorded
// (未报告 / 尚未查明), never as invented text. Instants are UTC and print in China time with
// minutes.
struct IncidentReportContent
{
    // cac-mps: the onward report to the national cyberspace department and the Ministry of
    // Public Security (Reporting Measures Art. 4, 7); followup: a follow-up report (补报, Art. 7
    // para. 2); summary: the summary report after handling ends (Art. 8).
    QString kind;
    QString departmentZh;
    QString departmentEn;
    QString numberZh; // empty: the report is unnumbered and prints no number line
    QString numberEn;
    QDate date;         // 成文日期
    QDateTime reportAt; // the instant the report is made (UTC); invalid: not printed
    // 主送; empty: 国家网信部门、国务院公安部门 (the Art. 4 recipients).
    QStringList addresseesZh;
    QStringList addresseesEn;

    // The incident.
    qint64 incidentId = 0;
    QString incidentRefZh; // the department's own reference for the incident, if any
    QString operatorZh;
    QString operatorEn;
    QString operatorUscc;
    QString sectorZh;
    QString sectorEn;
    QStringList systems;    // the affected facilities / systems / platforms, by name
    QString unitOverviewZh; // 涉事单位与设施概况 as recorded (free text)
    QString unitOverviewEn;
    QString type; // the incident-type key
    QString typeZh;
    QString typeEn;
    QString grade;         // especially-major | major | large | general; empty: not yet graded
    QString proposedGrade; // the guide's proposal where the department's grade differs
    QString gradeReasonZh; // why the department's grade differs from the proposal
    QString gradeReasonEn;
    QDateTime occurredAt;   // UTC; invalid: not known
    QDateTime discoveredAt; // by the operator
    QDateTime receivedAt;   // the operator's report received by the department
    QString placeZh;        // where it was discovered
    QString placeEn;
    QString descriptionZh;
    QString descriptionEn;
    QString impactZh; // 已造成的影响和危害
    QString impactEn;
    QString measuresZh; // 已采取的措施及效果
    QString measuresEn;
    QString nextStepsZh; // 拟进一步采取的应对措施
    QString nextStepsEn;
    QString supportZh; // 请求支援事项; empty: none recorded
    QString supportEn;

    // Follow-up (补报): which one (1, 2, …), what is new since the last report.
    int followupNumber = 0;
    QString newSinceZh;
    QString newSinceEn;
    QVector<IncidentReportRecord> earlier; // the reports made before this one, oldest first

    // Summary (处置总结报告, Art. 8).
    QDateTime handlingEndedAt; // UTC
    QString causeZh;
    QString causeEn;
    QString accountabilityZh; // 责任追究
    QString accountabilityEn;
    QString rectificationZh; // 整改
    QString rectificationEn;
    QString lessonsZh; // 教训
    QString lessonsEn;

    QString contactName;
    QString contactPhone;
    QString anchor; // the audit chain's head at issue, ID:HEX16
};

// The department's reports on a cybersecurity incident at CII under the National
// Cybersecurity Incident Reporting Measures (2025): the onward report to the national
// cyberspace department and the MPS (关于…网络安全事件的报告), the follow-up report and the
// summary report, in the official-document layout (OfficialDocument). Written with
// DocumentFile (PDF or ODT) like every other document.
class IncidentReportDocument
{
public:
    static QString html(const IncidentReportContent &content, DocLanguage language);
    static std::unique_ptr<QTextDocument> build(const IncidentReportContent &content,
                                                DocLanguage language);
    static QString title(const IncidentReportContent &content, const DocLanguage &l);
    // The grade in the document's words (特别重大 / especially major); empty key: not graded.
    static QString gradeName(const QString &grade, const DocLanguage &l);
    // An instant in China time with minutes: 2026年11月26日9时30分 / 26 November 2026, 09:30
    // (UTC+8); invalid: empty.
    static QString timeText(const QDateTime &instant, const DocLanguage &l);
};

} // namespace cii
