#include "incidentreportdocument.h"

#include "domain/chinatime.h"
#include "io/contactline.h"
#include "io/officialdocument.h"

#include <QLocale>
#include <QTextDocument>

namespace cii {
namespace {

using Doc = OfficialDocument;

// The words for what is not on record. The operator's facts that were not given are 未报告
// ("not reported"); a cause not yet established is 尚未查明. The document never fills a gap.
struct Missing
{
    QString zh, en;
};
const Missing notReported{QStringLiteral("未报告"), QStringLiteral("not reported")};
const Missing notEstablished{QStringLiteral("尚未查明"), QStringLiteral("not yet established")};
const Missing notRecorded{QStringLiteral("未记录"), QStringLiteral("not recorded")};

QString english(const QString &zh, const QString &en)
{
    return en.isEmpty() ? zh : en;
}

// A recorded text as HTML (its line breaks kept), or the words for its absence.
QString textOr(const QString &value, const QString &missing)
{
    const QString v = value.trimmed();
    return v.isEmpty() ? missing : Doc::esc(v).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// A recorded sentence without its final stop, where the document adds one.
QString withoutStop(QString s)
{
    while (s.endsWith(QChar(u'。')) || s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString sectionNumber(int n)
{
    static const QStringList zh = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                   QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
                                   QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九"),
                                   QStringLiteral("十")};
    return zh.value(n - 1, QString::number(n));
}

struct Builder
{
    const IncidentReportContent &c;
    const DocLanguage &l;
    QString h;
    int sections = 0;

    // 一级标题 "一、…" (黑体); the English is numbered "1.".
    void heading(const QString &zh, const QString &en)
    {
        ++sections;
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(Doc::esc(l.inline_(QStringLiteral("%1、%2").arg(sectionNumber(sections), zh),
                                         QStringLiteral("%1. %2").arg(sections).arg(en))));
    }
    void para(const QString &zh, const QString &en) { h += Doc::paragraph(zh, en, l); }
    // "标签：值。" / "Label: value."
    void field(const QString &labelZh, const QString &labelEn, const QString &zh, const QString &en)
    {
        para(QStringLiteral("%1：%2。").arg(labelZh, withoutStop(zh)),
             QStringLiteral("%1: %2.").arg(labelEn, withoutStop(en)));
    }
    // A recorded text under its heading, or the words for its absence.
    void textSection(const QString &zhHeading, const QString &enHeading, const QString &zh,
                     const QString &en, const Missing &missing)
    {
        heading(zhHeading, enHeading);
        para(textOr(zh, missing.zh + QStringLiteral("。")),
             textOr(english(zh, en),
                    missing.en.left(1).toUpper() + missing.en.mid(1) + QLatin1Char('.')));
    }
    void timeField(const QString &labelZh, const QString &labelEn, const QDateTime &t,
                   const Missing &missing)
    {
        field(labelZh, labelEn,
              t.isValid() ? IncidentReportDocument::timeText(t, DocLanguage::Zh) : missing.zh,
              t.isValid() ? IncidentReportDocument::timeText(t, DocLanguage::En) : missing.en);
    }

    QString operatorZh() const { return Doc::esc(c.operatorZh); }
    QString operatorEn() const { return Doc::esc(english(c.operatorZh, c.operatorEn)); }
    QString gradeZh() const
    {
        return c.grade.isEmpty() ? QStringLiteral("尚未定级")
                                 : IncidentReportDocument::gradeName(c.grade, DocLanguage::Zh);
    }
    QString gradeEn() const
    {
        return c.grade.isEmpty() ? QStringLiteral("not yet graded")
                                 : IncidentReportDocument::gradeName(c.grade, DocLanguage::En);
    }

    // 涉事单位与设施概况.
    void unit()
    {
        heading(QStringLiteral("涉事单位与设施概况"),
                QStringLiteral("The operator and its facilities"));
        field(QStringLiteral("涉事单位"), QStringLiteral("Operator"), operatorZh(), operatorEn());
        // A line of its own: the long code never stretches the line it would end.
        if (!c.operatorUscc.isEmpty())
            field(QStringLiteral("统一社会信用代码"), QStringLiteral("Unified social credit code"),
                  Doc::esc(c.operatorUscc), Doc::esc(c.operatorUscc));
        if (!c.sectorZh.isEmpty())
            field(QStringLiteral("所属行业领域"), QStringLiteral("Sector"), Doc::esc(c.sectorZh),
                  Doc::esc(english(c.sectorZh, c.sectorEn)));
        field(QStringLiteral("涉事设施、系统或平台"),
              QStringLiteral("Facilities, systems or platforms affected"),
              c.systems.isEmpty() ? notReported.zh : Doc::esc(c.systems.join(QStringLiteral("、"))),
              c.systems.isEmpty() ? notReported.en
                                  : Doc::esc(c.systems.join(QStringLiteral(", "))));
        field(QStringLiteral("概况"), QStringLiteral("Overview"),
              textOr(c.unitOverviewZh, notReported.zh),
              textOr(english(c.unitOverviewZh, c.unitOverviewEn), notReported.en));
    }

    // 事件发现时间、地点、类型、级别.
    void discovery(bool withReportTime)
    {
        heading(QStringLiteral("事件发现时间、地点、类型和级别"),
                QStringLiteral("Discovery: time, place, type and grade"));
        timeField(QStringLiteral("事件发生时间"), QStringLiteral("Occurred"), c.occurredAt,
                  notEstablished);
        timeField(QStringLiteral("运营者发现时间"), QStringLiteral("Discovered by the operator"),
                  c.discoveredAt, notReported);
        timeField(QStringLiteral("本部门收到运营者报告时间"),
                  QStringLiteral("Operator's report received by this department"), c.receivedAt,
                  notRecorded);
        field(QStringLiteral("发现地点"), QStringLiteral("Place of discovery"),
              textOr(c.placeZh, notReported.zh),
              textOr(english(c.placeZh, c.placeEn), notReported.en));
        field(QStringLiteral("事件类型"), QStringLiteral("Type"),
              textOr(c.typeZh.isEmpty() ? c.type : c.typeZh, notReported.zh),
              textOr(c.typeEn.isEmpty() ? (c.typeZh.isEmpty() ? c.type : c.typeZh) : c.typeEn,
                     notReported.en));
        grade();
        if (withReportTime && c.reportAt.isValid())
            timeField(QStringLiteral("本报告时间"), QStringLiteral("This report made"), c.reportAt,
                      notRecorded);
    }

    void grade()
    {
        QString zh = gradeZh();
        QString en = gradeEn();
        // The department's grade can differ from the guide's proposal; the report says so and
        // why, as recorded.
        if (!c.grade.isEmpty() && !c.proposedGrade.isEmpty() && c.proposedGrade != c.grade) {
            zh += QStringLiteral("（按分级指南初步研判为%1，本部门定为%2，理由：%3）")
                      .arg(IncidentReportDocument::gradeName(c.proposedGrade, DocLanguage::Zh),
                           gradeZh(), textOr(c.gradeReasonZh, notRecorded.zh));
            en += QStringLiteral(" (proposed by the grading guide: %1; graded %2 by this "
                                 "department, because: %3)")
                      .arg(IncidentReportDocument::gradeName(c.proposedGrade, DocLanguage::En),
                           gradeEn(),
                           textOr(english(c.gradeReasonZh, c.gradeReasonEn), notRecorded.en));
        }
        field(QStringLiteral("事件级别"), QStringLiteral("Grade"), zh, en);
    }

    void earlierReports()
    {
        heading(QStringLiteral("此前报告情况"), QStringLiteral("Reports made before"));
        if (c.earlier.isEmpty()) {
            para(notRecorded.zh + QStringLiteral("。"), QStringLiteral("None recorded."));
            return;
        }
        for (const IncidentReportRecord &r : c.earlier) {
            const QString whenZh = r.sentAt.isValid()
                                       ? IncidentReportDocument::timeText(r.sentAt, DocLanguage::Zh)
                                       : notRecorded.zh;
            const QString whenEn = r.sentAt.isValid()
                                       ? IncidentReportDocument::timeText(r.sentAt, DocLanguage::En)
                                       : notRecorded.en;
            const QString numZh = r.numberZh.isEmpty()
                                      ? QString()
                                      : QStringLiteral("（%1）").arg(Doc::esc(r.numberZh));
            const QString numEn =
                r.numberZh.isEmpty() && r.numberEn.isEmpty()
                    ? QString()
                    : QStringLiteral(" (%1)").arg(Doc::esc(english(r.numberZh, r.numberEn)));
            para(QStringLiteral("%1%2：%3。").arg(kindName(r.kind, DocLanguage::Zh), numZh, whenZh),
                 QStringLiteral("%1%2: %3.").arg(kindName(r.kind, DocLanguage::En), numEn, whenEn));
        }
    }

    static QString kindName(const QString &kind, const DocLanguage &l)
    {
        if (kind == QLatin1String("operator-report"))
            return l.text(QStringLiteral("运营者报告（本部门收到）"),
                          QStringLiteral("The operator's report (received)"));
        if (kind == QLatin1String("cac-mps"))
            return l.text(QStringLiteral("向国家网信部门、国务院公安部门报告"),
                          QStringLiteral("Report to the national cyberspace department and the "
                                         "Ministry of Public Security"));
        if (kind == QLatin1String("followup"))
            return l.text(QStringLiteral("补报"), QStringLiteral("Follow-up report"));
        if (kind == QLatin1String("summary"))
            return l.text(QStringLiteral("处置总结报告"), QStringLiteral("Summary report"));
        return Doc::esc(kind);
    }
};

} // namespace

QString IncidentReportDocument::gradeName(const QString &grade, const DocLanguage &l)
{
    if (grade == QLatin1String("especially-major"))
        return l.text(QStringLiteral("特别重大"), QStringLiteral("especially major"));
    if (grade == QLatin1String("major"))
        return l.text(QStringLiteral("重大"), QStringLiteral("major"));
    if (grade == QLatin1String("large"))
        return l.text(QStringLiteral("较大"), QStringLiteral("relatively major"));
    if (grade == QLatin1String("general"))
        return l.text(QStringLiteral("一般"), QStringLiteral("general"));
    return OfficialDocument::esc(grade);
}

QString IncidentReportDocument::timeText(const QDateTime &instant, const DocLanguage &l)
{
    if (!instant.isValid())
        return {};
    const QDateTime t = instant.toTimeZone(ChinaTime::zone());
    // 9时05分: the hour without a leading zero, the minutes with one, as dates are written.
    const QString zh = QStringLiteral("%1年%2月%3日%4时%5分")
                           .arg(t.date().year())
                           .arg(t.date().month())
                           .arg(t.date().day())
                           .arg(t.time().hour())
                           .arg(t.time().minute(), 2, 10, QLatin1Char('0'));
    const QString en = QLocale(QLocale::English, QLocale::UnitedKingdom)
                           .toString(t, QStringLiteral("d MMMM yyyy, HH:mm")) +
                       QStringLiteral(" (UTC+8)");
    return l.text(zh, en);
}

QString IncidentReportDocument::title(const IncidentReportContent &c, const DocLanguage &l)
{
    const QString op = c.operatorZh;
    const QString opEn = english(c.operatorZh, c.operatorEn);
    const QString gradeZh = c.grade.isEmpty() ? QString() : gradeName(c.grade, DocLanguage::Zh);
    const QString gradeEn =
        c.grade.isEmpty() ? QString() : gradeName(c.grade, DocLanguage::En) + QLatin1Char(' ');
    if (c.kind == QLatin1String("followup"))
        return l.text(
            c.followupNumber > 0
                ? QStringLiteral("关于%1网络安全事件的补报（第%2次）").arg(op).arg(c.followupNumber)
                : QStringLiteral("关于%1网络安全事件的补报").arg(op),
            c.followupNumber > 0
                ? QStringLiteral("Follow-up report no. %2 on the cybersecurity incident at %1")
                      .arg(opEn)
                      .arg(c.followupNumber)
                : QStringLiteral("Follow-up report on the cybersecurity incident at %1").arg(opEn));
    if (c.kind == QLatin1String("summary"))
        return l.text(QStringLiteral("关于%1网络安全事件处置情况的总结报告").arg(op),
                      QStringLiteral("Summary report on the handling of the cybersecurity "
                                     "incident at %1")
                          .arg(opEn));
    return l.text(QStringLiteral("关于%1发生%2网络安全事件的报告").arg(op, gradeZh),
                  QStringLiteral("Report on a %2cybersecurity incident at %1").arg(opEn, gradeEn));
}

QString IncidentReportDocument::html(const IncidentReportContent &c, DocLanguage l)
{
    Builder b{c, l, {}, 0};
    const bool followup = c.kind == QLatin1String("followup");
    const bool summary = c.kind == QLatin1String("summary");
    b.h = Doc::begin(l);
    b.h +=
        Doc::header(c.departmentZh, c.departmentEn,
                    l.value() == DocLanguage::En ? english(c.numberZh, c.numberEn) : c.numberZh, l);
    b.h += Doc::title(title(c, DocLanguage::Zh), title(c, DocLanguage::En), l);
    const QStringList toZh =
        c.addresseesZh.isEmpty()
            ? QStringList{QStringLiteral("国家网信部门"), QStringLiteral("国务院公安部门")}
            : c.addresseesZh;
    QStringList toEn;
    if (c.addresseesZh.isEmpty())
        toEn = QStringList{QStringLiteral("the national cyberspace department"),
                           QStringLiteral("the Ministry of Public Security")};
    else
        for (int i = 0; i < c.addresseesZh.size(); ++i)
            toEn << english(c.addresseesZh.at(i), c.addresseesEn.value(i));
    QString toEnText = toEn.join(QStringLiteral(", "));
    if (!toEnText.isEmpty())
        toEnText[0] = toEnText.at(0).toUpper();
    b.h += Doc::addressee(toZh.join(QStringLiteral("、")), toEnText, l);

    // "于…收到" where the time is recorded; the sentence says so where it is not.
    const QString receivedZh =
        c.receivedAt.isValid()
            ? QStringLiteral("于%1收到").arg(timeText(c.receivedAt, DocLanguage::Zh))
            : QStringLiteral("收到（收到时间未记录）");
    const QString receivedEn =
        c.receivedAt.isValid()
            ? QStringLiteral("received at %1").arg(timeText(c.receivedAt, DocLanguage::En))
            : QStringLiteral("received (at a time not recorded)");
    const QString gradedZh = c.grade.isEmpty()
                                 ? QStringLiteral("事件级别尚未确定")
                                 : QStringLiteral("经研判为%1网络安全事件").arg(b.gradeZh());
    const QString gradedEn = c.grade.isEmpty() ? QStringLiteral("its grade is not yet established")
                                               : QStringLiteral("graded %1").arg(b.gradeEn());
    // The onward report this follow-up adds to, where one is on record.
    const IncidentReportRecord *onward = nullptr;
    for (const IncidentReportRecord &r : c.earlier)
        if (r.kind == QLatin1String("cac-mps") && r.sentAt.isValid())
            onward = &r;
    const QString deptZh = Doc::esc(c.departmentZh);
    const QString deptEn = Doc::esc(english(c.departmentZh, c.departmentEn));
    if (summary) {
        const QString endedZh =
            c.handlingEndedAt.isValid()
                ? QStringLiteral("已于%1处置结束").arg(timeText(c.handlingEndedAt, DocLanguage::Zh))
                : QStringLiteral("处置结束时间未记录");
        const QString endedEn =
            c.handlingEndedAt.isValid()
                ? QStringLiteral("ended at %1").arg(timeText(c.handlingEndedAt, DocLanguage::En))
                : QStringLiteral("ended at a time not recorded");
        b.para(QStringLiteral("%1网络安全事件的处置工作%2。根据《国家网络安全事件报告管理办法》"
                              "第八条，现将事件处置总结报告如下：")
                   .arg(b.operatorZh(), endedZh),
               QStringLiteral("The handling of the cybersecurity incident at %1 %2. Under Art. 8 "
                              "of the National Cybersecurity Incident Reporting Measures, the "
                              "summary report follows:")
                   .arg(b.operatorEn(), endedEn));
        b.unit();
        b.discovery(false);
        b.textSection(QStringLiteral("事件原因"), QStringLiteral("Cause"), c.causeZh, c.causeEn,
                      notEstablished);
        b.textSection(QStringLiteral("应急处置措施及效果"),
                      QStringLiteral("Emergency measures taken and their effect"), c.measuresZh,
                      c.measuresEn, notReported);
        b.textSection(QStringLiteral("造成的影响和危害"), QStringLiteral("Impact and harm"),
                      c.impactZh, c.impactEn, notReported);
        b.textSection(QStringLiteral("责任追究情况"), QStringLiteral("Accountability"),
                      c.accountabilityZh, c.accountabilityEn, notRecorded);
        b.textSection(QStringLiteral("整改情况"), QStringLiteral("Rectification"),
                      c.rectificationZh, c.rectificationEn, notRecorded);
        b.textSection(QStringLiteral("经验教训"), QStringLiteral("Lessons learned"), c.lessonsZh,
                      c.lessonsEn, notRecorded);
        b.earlierReports();
    } else if (followup) {
        const QString onwardZh =
            onward ? QStringLiteral("，并于%1报告%2")
                         .arg(timeText(onward->sentAt, DocLanguage::Zh),
                              onward->numberZh.isEmpty()
                                  ? QString()
                                  : QStringLiteral("（%1）").arg(Doc::esc(onward->numberZh)))
                   : QString();
        const QString onwardEn =
            onward ? QStringLiteral(" and reported it at %1%2")
                         .arg(timeText(onward->sentAt, DocLanguage::En),
                              onward->numberZh.isEmpty() && onward->numberEn.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (%1)").arg(
                                        Doc::esc(english(onward->numberZh, onward->numberEn))))
                   : QString();
        b.para(QStringLiteral("%1%2%3关于网络安全事件的报告%4。现将此后出现的新情况补报如下：")
                   .arg(deptZh, receivedZh, b.operatorZh(), onwardZh),
               QStringLiteral("%1 %2 the report of %3 on a cybersecurity incident%4. What has "
                              "become known since is reported below:")
                   .arg(deptEn, receivedEn, b.operatorEn(), onwardEn));
        b.textSection(QStringLiteral("新情况和调查进展"),
                      QStringLiteral("New facts and progress of the investigation"), c.newSinceZh,
                      c.newSinceEn, notReported);
        b.heading(QStringLiteral("事件级别"), QStringLiteral("Grade"));
        b.grade();
        b.textSection(QStringLiteral("已造成的影响和危害"),
                      QStringLiteral("Impact and harm so far"), c.impactZh, c.impactEn,
                      notReported);
        b.textSection(QStringLiteral("已采取的措施及效果"),
                      QStringLiteral("Measures taken and their effect"), c.measuresZh, c.measuresEn,
                      notReported);
        b.textSection(QStringLiteral("拟进一步采取的应对措施"),
                      QStringLiteral("Further measures planned"), c.nextStepsZh, c.nextStepsEn,
                      notReported);
        b.textSection(QStringLiteral("请求支援事项"), QStringLiteral("Support requested"),
                      c.supportZh, c.supportEn, notReported);
        b.earlierReports();
    } else {
        b.para(QStringLiteral("%1%2%3报告，其关键信息基础设施发生网络安全事件，%4。根据《关键信息"
                              "基础设施安全保护条例》第十八条和《国家网络安全事件报告管理办法》"
                              "第四条，现将有关情况报告如下：")
                   .arg(deptZh, receivedZh, b.operatorZh(), gradedZh),
               QStringLiteral("%1 %2 a report from %3 of a cybersecurity incident at its critical "
                              "information infrastructure; %4. Under Art. 18 of the Critical "
                              "Information Infrastructure Security Protection Regulations and "
                              "Art. 4 of the National Cybersecurity Incident Reporting Measures, "
                              "we report as follows:")
                   .arg(deptEn, receivedEn, b.operatorEn(), gradedEn));
        b.unit();
        b.discovery(true);
        b.textSection(QStringLiteral("事件情况"), QStringLiteral("What happened"), c.descriptionZh,
                      c.descriptionEn, notReported);
        b.textSection(QStringLiteral("已造成的影响和危害"),
                      QStringLiteral("Impact and harm so far"), c.impactZh, c.impactEn,
                      notReported);
        b.textSection(QStringLiteral("已采取的措施及效果"),
                      QStringLiteral("Measures taken and their effect"), c.measuresZh, c.measuresEn,
                      notReported);
        b.textSection(QStringLiteral("拟进一步采取的应对措施"),
                      QStringLiteral("Further measures planned"), c.nextStepsZh, c.nextStepsEn,
                      notReported);
        b.textSection(QStringLiteral("请求支援事项"), QStringLiteral("Support requested"),
                      c.supportZh, c.supportEn, notReported);
        // Art. 7 para. 2: what cannot yet be judged is reported when it becomes known.
        b.para(QStringLiteral("出现新的重要情况或者调查取得阶段性进展的，本部门将及时补报。"),
               QStringLiteral("New important facts and progress of the investigation will be "
                              "reported as they become known."));
    }
    const ContactLine contact(c.contactName, c.contactPhone);
    b.para(contact.zh, contact.en);
    b.h += Doc::closing(QStringLiteral("特此报告。"), QStringLiteral("Respectfully submitted."), l);
    b.h += Doc::signature(c.departmentZh, english(c.departmentZh, c.departmentEn), c.date, l);
    b.h += Doc::printingLine(c.departmentZh, english(c.departmentZh, c.departmentEn), c.date, l,
                             c.anchor);
    b.h += Doc::end();
    return b.h;
}

std::unique_ptr<QTextDocument> IncidentReportDocument::build(const IncidentReportContent &content,
                                                             DocLanguage language)
{
    return OfficialDocument::build(
        html(content, language),
        title(content, DocLanguage::Zh) +
            (content.numberZh.isEmpty() ? QString() : QLatin1Char(' ') + content.numberZh));
}

} // namespace cii
