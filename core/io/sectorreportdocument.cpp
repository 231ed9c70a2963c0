#include "sectorreportdocument.h"

#include "domain/department.h"
#include "domain/systeminfo.h"
#include "io/barchartimage.h"
#include "io/officialdocument.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

#include <array>

namespace cii {
namespace {

using Doc = OfficialDocument;

struct Words
{
    QString zh, en;
};

QString pick(const Words &w, const DocLanguage &l)
{
    return l.inline_(w.zh, w.en);
}

// Document wording in the document's language (not the UI's), as the notices hold theirs.
Words deadlineKind(const QString &k)
{
    static const QHash<QString, Words> words = {
        {QStringLiteral("reidentification"),
         {QStringLiteral("重新认定"), QStringLiteral("Re-identification")}},
        {QStringLiteral("assessment"),
         {QStringLiteral("年度风险评估"), QStringLiteral("Annual risk assessment")}},
        {QStringLiteral("notification"),
         {QStringLiteral("通知和通报"), QStringLiteral("Notification")}},
        {QStringLiteral("event"), {QStringLiteral("事件跟进"), QStringLiteral("Event follow-up")}},
        {QStringLiteral("rectification"),
         {QStringLiteral("问题整改"), QStringLiteral("Rectification")}},
    };
    return words.value(k, {k, k});
}

Words deadlineStatus(const QString &s)
{
    static const QHash<QString, Words> words = {
        {QStringLiteral("open"), {QStringLiteral("未到期"), QStringLiteral("Open")}},
        {QStringLiteral("due-soon"), {QStringLiteral("即将到期"), QStringLiteral("Due soon")}},
        {QStringLiteral("overdue"), {QStringLiteral("逾期未办结"), QStringLiteral("Overdue")}},
        {QStringLiteral("done-on-time"),
         {QStringLiteral("按期办结"), QStringLiteral("Done on time")}},
        {QStringLiteral("done-late"), {QStringLiteral("逾期办结"), QStringLiteral("Done late")}},
    };
    return words.value(s, {s, s});
}

Words inspectionKind(const QString &k)
{
    static const QHash<QString, Words> words = {
        {QStringLiteral("inspection"),
         {QStringLiteral("网络安全检查"), QStringLiteral("Inspection")}},
        {QStringLiteral("monitoring"), {QStringLiteral("监测"), QStringLiteral("Monitoring")}},
        {QStringLiteral("penetration-test"),
         {QStringLiteral("渗透测试"), QStringLiteral("Penetration test")}},
        {QStringLiteral("on-site-check"),
         {QStringLiteral("现场检查"), QStringLiteral("On-site check")}},
        {QStringLiteral("document-review"),
         {QStringLiteral("资料审查"), QStringLiteral("Document review")}},
    };
    return words.value(k, {k, k});
}

Words severity(const QString &s)
{
    static const QHash<QString, Words> words = {
        {QStringLiteral("critical"), {QStringLiteral("严重"), QStringLiteral("Critical")}},
        {QStringLiteral("high"), {QStringLiteral("高"), QStringLiteral("High")}},
        {QStringLiteral("medium"), {QStringLiteral("中"), QStringLiteral("Medium")}},
        {QStringLiteral("low"), {QStringLiteral("低"), QStringLiteral("Low")}},
    };
    return words.value(s, {s, s});
}

Words findingStatus(const QString &s)
{
    return s == QLatin1String("rectifying")
               ? Words{QStringLiteral("整改中"), QStringLiteral("Rectifying")}
               : Words{QStringLiteral("待整改"), QStringLiteral("Open")};
}

Words ruleStatus(const QString &s)
{
    static const QHash<QString, Words> words = {
        {QStringLiteral("draft"), {QStringLiteral("草稿"), QStringLiteral("Draft")}},
        {QStringLiteral("submitted"), {QStringLiteral("已报送备案"), QStringLiteral("Submitted")}},
        {QStringLiteral("filed"),
         {QStringLiteral("已备案，现行有效"), QStringLiteral("Filed, in force")}},
        {QStringLiteral("superseded"),
         {QStringLiteral("已备案，已被替代"), QStringLiteral("Filed, superseded")}},
    };
    return words.value(s, {s, s});
}

Words outcome(const QString &o)
{
    if (o == Outcome::Cii)
        return {QStringLiteral("关键信息基础设施"), QStringLiteral("CII")};
    if (o == Outcome::NotCii)
        return {QStringLiteral("非关键信息基础设施"), QStringLiteral("Not CII")};
    if (o == Outcome::Insufficient)
        return {QStringLiteral("数据不足"), QStringLiteral("Insufficient data")};
    return {QStringLiteral("尚未认定"), QStringLiteral("Not identified")};
}

Words category(const QString &c)
{
    static const QHash<QString, Words> words = {
        {QStringLiteral("website"), {QStringLiteral("网站类"), QStringLiteral("Websites")}},
        {QStringLiteral("platform"), {QStringLiteral("平台类"), QStringLiteral("Platforms")}},
        {QStringLiteral("production"),
         {QStringLiteral("生产业务类"), QStringLiteral("Production systems")}},
        {QStringLiteral("other"), {QStringLiteral("其他"), QStringLiteral("Other systems")}},
    };
    return words.value(c, {c, c});
}

Words leadName(const QString &key, const SectorReportContent &c)
{
    if (key == QLatin1String("own"))
        return {c.departmentZh, c.departmentEn.isEmpty() ? c.departmentZh : c.departmentEn};
    for (const Department &d : Department::defaults())
        if (d.key == key)
            return {d.nameZh, d.nameEn};
    return {key, key};
}

// "公共服务领域"; a name that already says 领域 keeps it once.
QString sectorPhraseZh(const SectorReportContent &c)
{
    return c.sectorZh.endsWith(QStringLiteral("领域")) ? c.sectorZh
                                                       : c.sectorZh + QStringLiteral("领域");
}

QString sectorPhraseEn(const SectorReportContent &c)
{
    return c.sectorEn.endsWith(QStringLiteral("sectors"))
               ? QStringLiteral("in ") + c.sectorEn.toLower()
               : QStringLiteral("in the %1 sector").arg(c.sectorEn);
}

QString n(qint64 v)
{
    return QString::number(v);
}

QString date(const QDate &d, const DocLanguage &l)
{
    return d.isValid() ? Doc::esc(Doc::dateText(d, l)) : QStringLiteral("—");
}

QString table(const QVector<std::pair<QString, int>> &header, const QVector<QStringList> &rows);

bool isNumber(const QString &cell)
{
    static const QRegularExpression digits(QStringLiteral("^-?\\d+$"));
    return digits.match(cell).hasMatch();
}

// "Art. 11" in Chinese: 第十一条.
QString articleZh(const QString &basis)
{
    static const QRegularExpression art(QStringLiteral("^Art\\. (\\d+)$"));
    const QRegularExpressionMatch m = art.match(basis);
    if (!m.hasMatch())
        return basis;
    const int v = m.captured(1).toInt();
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    QString zh;
    if (v >= 20)
        zh += digits.at(v / 10);
    if (v >= 10)
        zh += QStringLiteral("十");
    if (v % 10 || v < 10)
        zh += digits.at(v % 10);
    return QStringLiteral("第%1条").arg(zh);
}

// A row of counts under its column headings: a short table reads across, not down.
QString countsTable(const QString &corner, const QString &rowLabel,
                    const QVector<std::pair<QString, qint64>> &columns)
{
    QVector<std::pair<QString, int>> header{{corner, 22}};
    QStringList row{rowLabel};
    const int width = columns.isEmpty() ? 78 : 78 / int(columns.size());
    for (const auto &[name, count] : columns) {
        header.append({name, width});
        row << QString::number(count);
    }
    return table(header, {row});
}

// Every cell is HTML already; the header row is bold on grey, the widths are percentages.
QString table(const QVector<std::pair<QString, int>> &header, const QVector<QStringList> &rows)
{
    QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"4\" style=\"border-collapse:collapse;\"><tr>");
    for (const auto &[text, width] : header)
        h += QStringLiteral("<th width=\"%1%\" style=\"background-color:#eeeeee;\">%2</th>")
                 .arg(width)
                 .arg(text);
    h += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        h += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            h += QStringLiteral("<td%1>%2</td>")
                     .arg(isNumber(row.at(i)) ? QStringLiteral(" align=\"center\"") : QString(),
                          row.at(i));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

// 表题 above its table, centred, as the figures' captions stand under theirs.
QString tableTitle(int number, const QString &zh, const QString &en, const DocLanguage &l)
{
    return Doc::caption(QStringLiteral("表%1　%2").arg(number).arg(zh),
                        QStringLiteral("Table %1. %2").arg(number).arg(en), l);
}

// A date in a table cell: one language — Chinese (also in bilingual cells), or ISO 8601 in
// English, as the English tables of the application show dates.
QString cellDate(const QDate &d, const DocLanguage &l)
{
    if (l.value() == DocLanguage::En)
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
    return date(d, DocLanguage::Zh);
}

QString heading(const QString &zh, const QString &en, const DocLanguage &l)
{
    return QStringLiteral("<h2>%1</h2>").arg(Doc::esc(l.inline_(zh, en)));
}

// At most this many rows of an item list; the rest are counted, never dropped silently.
constexpr int listedRows = 30;

struct Builder
{
    const SectorReportContent &c;
    const DocLanguage &l;
    QHash<QString, QImage> *images;
    QString h;
    int tables = 0;
    int figures = 0;

    void para(const QString &zh, const QString &en) { h += Doc::paragraph(zh, en, l); }
    void tableOf(const QString &zh, const QString &en,
                 const QVector<std::pair<QString, int>> &header, const QVector<QStringList> &rows)
    {
        h += tableTitle(++tables, zh, en, l) + table(header, rows);
    }
    void countsOf(const QString &zh, const QString &en, const QString &corner,
                  const QVector<std::pair<QString, qint64>> &columns)
    {
        h += tableTitle(++tables, zh, en, l) +
             countsTable(corner, w(QStringLiteral("数量（个）"), QStringLiteral("Systems")),
                         columns);
    }
    QString nameOf(const QString &zh, const QString &en) const
    {
        return Doc::esc(l.value() == DocLanguage::En && !en.isEmpty() ? en : zh);
    }
    void chart(const QString &zh, const QString &en, const QStringList &categories,
               const QVector<BarChartImage::Series> &series, Qt::Orientation o, int heightPx = 640,
               bool legend = true)
    {
        const QString name = QStringLiteral("chart-%1.png").arg(++figures);
        const QImage image =
            BarChartImage::stacked(categories, series, o, QSize(1800, heightPx), legend);
        if (images)
            images->insert(name, image);
        h += Doc::figure(name, image, 150, QStringLiteral("图%1　%2").arg(figures).arg(zh),
                         QStringLiteral("Figure %1. %2").arg(figures).arg(en), l);
    }
    QString w(const Words &words) const { return Doc::esc(pick(words, l)); }
    QString w(const QString &zh, const QString &en) const { return Doc::esc(l.inline_(zh, en)); }
    // Series named in the document's language; bilingual charts name both.
    QString label(const Words &words) const { return l.inline_(words.zh, words.en); }

    void registry();
    void identification();
    void rules();
    void deadlines();
    void inspections();
    void closing();
};

void Builder::registry()
{
    h += heading(QStringLiteral("一、登记情况"), QStringLiteral("1. Registry"), l);
    QStringList partsZh, partsEn;
    QVector<std::pair<QString, qint64>> rows;
    QStringList names;
    QVector<BarChartImage::Series> series;
    const QStringList categories = SystemInfo::categories();
    for (int i = 0; i < categories.size(); ++i) {
        const QString &k = categories.at(i);
        const int count = c.systemsByCategory.value(k);
        const Words name = category(k);
        partsZh << QStringLiteral("%1%2个").arg(name.zh).arg(count);
        partsEn << QStringLiteral("%1 %2").arg(count).arg(name.en.toLower());
        rows.append({w(name), count});
        names << label(name);
        BarChartImage::Series s{label(name), QVector<int>(categories.size(), 0)};
        s.values[i] = count;
        series << s;
    }
    rows.append({w(QStringLiteral("合计"), QStringLiteral("Total")), c.systems});
    para(QStringLiteral("截至%1，本领域登记运营者%2家，网络设施、信息系统%3个，其中%4。")
             .arg(date(c.date, DocLanguage::Zh), n(c.operators), n(c.systems),
                  partsZh.join(QStringLiteral("、"))),
         QStringLiteral("On %1 the registry holds %2 operators in the sector with %3 network "
                        "facilities and information systems: %4.")
             .arg(date(c.date, DocLanguage::En), n(c.operators), n(c.systems),
                  partsEn.join(QStringLiteral(", "))));
    countsOf(QStringLiteral("网络设施、信息系统按类别统计"), QStringLiteral("Systems by category"),
             w(QStringLiteral("类别"), QStringLiteral("Category")), rows);
    chart(QStringLiteral("网络设施、信息系统按类别统计"), QStringLiteral("Systems by category"),
          names, series, Qt::Horizontal, 440, false);

    qint64 complete = 0, none = 0, partial = 0;
    for (auto it = c.coverage.constBegin(); it != c.coverage.constEnd(); ++it) {
        if (it.key() >= c.coverageOf && c.coverageOf > 0)
            complete += it.value();
        else if (it.key() == 0)
            none += it.value();
        else
            partial += it.value();
    }
    const QString ofZh = c.coverageFromRules
                             ? QStringLiteral("已备案认定规则所需的%1项指标").arg(c.coverageOf)
                             : QStringLiteral("指标目录中的%1项指标").arg(c.coverageOf);
    const QString ofEn =
        c.coverageFromRules
            ? QStringLiteral("the %1 indicators the filed rules read").arg(c.coverageOf)
            : QStringLiteral("the %1 indicators of the catalogue").arg(c.coverageOf);
    para(QStringLiteral("按%1的报送情况：全部报送的%2个，部分报送的%3个，均未报送的%4个。")
             .arg(ofZh, n(complete), n(partial), n(none)),
         QStringLiteral("Of %1, %2 systems report all, %3 some and %4 none.")
             .arg(ofEn, n(complete), n(partial), n(none)));
    countsOf(QStringLiteral("网络设施、信息系统按指标报送情况统计"),
             QStringLiteral("Systems by indicator coverage"),
             w(QStringLiteral("指标报送"), QStringLiteral("Indicators reported")),
             {{w(QStringLiteral("全部报送"), QStringLiteral("All")), complete},
              {w(QStringLiteral("部分报送"), QStringLiteral("Some")), partial},
              {w(QStringLiteral("均未报送"), QStringLiteral("None")), none}});
}

void Builder::identification()
{
    h += heading(QStringLiteral("二、认定情况"), QStringLiteral("2. Identification"), l);
    const QStringList keys = QStringList(Outcome::all()) << QStringLiteral("none");
    QVector<std::pair<QString, qint64>> rows;
    QStringList names;
    QVector<BarChartImage::Series> series;
    QStringList zh, en;
    for (int i = 0; i < keys.size(); ++i) {
        const int count = c.outcomes.value(keys.at(i));
        const Words name = outcome(keys.at(i));
        rows.append({w(name), count});
        names << label(name);
        BarChartImage::Series s{label(name), QVector<int>(keys.size(), 0)};
        s.values[i] = count;
        series << s;
        zh << QStringLiteral("%1%2个").arg(name.zh).arg(count);
        en << QStringLiteral("%1 %2").arg(name.en.toLower()).arg(count);
    }
    para(QStringLiteral("按现行认定决定统计（尚未作出决定的按最新认定结果）：%1。")
             .arg(zh.join(QStringLiteral("，"))),
         QStringLiteral("By the decision in force (else the newest result): %1.")
             .arg(en.join(QStringLiteral(", "))));
    countsOf(QStringLiteral("网络设施、信息系统按认定结果统计"),
             QStringLiteral("Systems by identification result"),
             w(QStringLiteral("认定结果"), QStringLiteral("Result")), rows);
    chart(QStringLiteral("网络设施、信息系统按认定结果统计"),
          QStringLiteral("Systems by identification result"), names, series, Qt::Horizontal, 440,
          false);

    const SectorCaseYear &y = c.cases;
    const qint64 operatorNotices = y.noticesByKind.value(QStringLiteral("operator"));
    const qint64 mpsNotices = y.noticesByKind.value(QStringLiteral("mps"));
    para(QStringLiteral(
             "%1年，依据认定规则得出认定结果%2个（认定为关键信息基础设施%3个，"
             "非关键信息基础设施%4个，数据不足%5个）；作出认定决定%6项，其中确认认定结果%7项、"
             "改变认定结果%8项；经决定认定为关键信息基础设施%9个。")
             .arg(c.year)
             .arg(y.evaluated)
             .arg(y.byOutcome.value(Outcome::Cii))
             .arg(y.byOutcome.value(Outcome::NotCii))
             .arg(y.byOutcome.value(Outcome::Insufficient))
             .arg(y.decided)
             .arg(y.confirmed)
             .arg(y.overridden)
             .arg(y.identifiedCii),
         QStringLiteral("In %1 the rules gave %2 results (CII %3, not CII %4, insufficient data "
                        "%5); %6 decisions were made, %7 confirming the result and %8 overriding "
                        "it; %9 systems were decided to be CII.")
             .arg(c.year)
             .arg(y.evaluated)
             .arg(y.byOutcome.value(Outcome::Cii))
             .arg(y.byOutcome.value(Outcome::NotCii))
             .arg(y.byOutcome.value(Outcome::Insufficient))
             .arg(y.decided)
             .arg(y.confirmed)
             .arg(y.overridden)
             .arg(y.identifiedCii));
    para(QStringLiteral(
             "依照条例第十条，%1年向运营者发出认定结果通知书%2份，向国务院公安部门通报%3份；"
             "记录已通知运营者的认定%4项、已通报公安部的认定%5项。")
             .arg(c.year)
             .arg(operatorNotices)
             .arg(mpsNotices)
             .arg(y.operatorNotified)
             .arg(y.mpsNotified),
         QStringLiteral("Under Article 10, %2 result notices went to operators and %3 "
                        "notifications to the Ministry of Public Security in %1; %4 results are "
                        "recorded as notified to their operator and %5 to the MPS.")
             .arg(c.year)
             .arg(operatorNotices)
             .arg(mpsNotices)
             .arg(y.operatorNotified)
             .arg(y.mpsNotified));
    const QString yearZh = QString::number(c.year) + QStringLiteral("年");
    tableOf(
        QStringLiteral("%1认定工作").arg(yearZh),
        QStringLiteral("Identification work in %1").arg(c.year),
        {{w(QStringLiteral("事项"), QStringLiteral("Item")), 75},
         {w(QStringLiteral("数量"), QStringLiteral("Number")), 25}},
        {{w(QStringLiteral("认定结果（个次）"), QStringLiteral("Results given")), n(y.evaluated)},
         {w(QStringLiteral("认定决定"), QStringLiteral("Decisions made")), n(y.decided)},
         {w(QStringLiteral("其中：确认认定结果"), QStringLiteral("of which confirmed")),
          n(y.confirmed)},
         {w(QStringLiteral("其中：改变认定结果"), QStringLiteral("of which overridden")),
          n(y.overridden)},
         {w(QStringLiteral("经决定认定为关键信息基础设施"), QStringLiteral("Decided to be CII")),
          n(y.identifiedCii)},
         {w(QStringLiteral("认定结果通知书（份）"), QStringLiteral("Notices to operators")),
          n(operatorNotices)},
         {w(QStringLiteral("向公安部通报（份）"), QStringLiteral("Notifications to the MPS")),
          n(mpsNotices)},
         {w(QStringLiteral("已通知运营者的认定"), QStringLiteral("Results notified to operators")),
          n(y.operatorNotified)},
         {w(QStringLiteral("已通报公安部的认定"), QStringLiteral("Results notified to the MPS")),
          n(y.mpsNotified)}});
}

void Builder::rules()
{
    h += heading(QStringLiteral("三、认定规则备案情况"),
                 QStringLiteral("3. Identification rules (Art. 9)"), l);
    const QVector<RuleSet> inForce = c.inForce();
    const QVector<RuleSet> filed = c.filedInYear();
    if (inForce.isEmpty()) {
        para(QStringLiteral("本领域尚无已备案、现行有效的认定规则。"),
             QStringLiteral("The sector has no filed identification rules in force."));
    } else {
        const RuleSet &r = inForce.first();
        para(QStringLiteral("现行有效的认定规则为第%1版《%2》，于%3报公安部备案，备案编号%4。")
                 .arg(r.version)
                 .arg(Doc::esc(r.titleZh), date(r.filedOn, DocLanguage::Zh),
                      Doc::esc(r.filingReference)),
             QStringLiteral("The rules in force are version %1, “%2”, filed with the Ministry of "
                            "Public Security on %3 under reference %4.")
                 .arg(r.version)
                 .arg(Doc::esc(r.titleEn.isEmpty() ? r.titleZh : r.titleEn),
                      date(r.filedOn, DocLanguage::En), Doc::esc(r.filingReference)));
    }
    para(QStringLiteral("%1年备案认定规则%2版。").arg(c.year).arg(filed.size()),
         QStringLiteral("%1 version(s) of the rules were filed in %2.")
             .arg(filed.size())
             .arg(c.year));
    if (c.ruleSets.isEmpty())
        return;
    QVector<QStringList> rows;
    for (const RuleSet &r : c.ruleSets)
        rows << QStringList{n(r.version), w(r.titleZh, r.titleEn.isEmpty() ? r.titleZh : r.titleEn),
                            w(ruleStatus(r.status)), Doc::esc(r.filingReference),
                            cellDate(r.filedOn, l)};
    tableOf(QStringLiteral("认定规则各版本"), QStringLiteral("Versions of the rules"),
            {{w(QStringLiteral("版本"), QStringLiteral("Version")), 8},
             {w(QStringLiteral("标题"), QStringLiteral("Title")), 38},
             {w(QStringLiteral("状态"), QStringLiteral("Status")), 18},
             {w(QStringLiteral("备案编号"), QStringLiteral("Filing reference")), 18},
             {w(QStringLiteral("备案日期"), QStringLiteral("Filed on")), 18}},
            rows);
}

void Builder::deadlines()
{
    h += heading(QStringLiteral("四、期限执行情况"), QStringLiteral("4. Deadlines"), l);
    const QStringList kinds = {QStringLiteral("reidentification"), QStringLiteral("assessment"),
                               QStringLiteral("notification"), QStringLiteral("event"),
                               QStringLiteral("rectification")};
    const QStringList statuses = {QStringLiteral("done-on-time"), QStringLiteral("done-late"),
                                  QStringLiteral("overdue"), QStringLiteral("due-soon"),
                                  QStringLiteral("open")};
    QHash<QString, int> overdueByKind;
    for (const SectorReportDeadline &d : c.overdue)
        ++overdueByKind[d.kind];
    QStringList zh, en;
    for (const QString &k : kinds)
        if (overdueByKind.value(k)) {
            zh << QStringLiteral("%1%2项").arg(deadlineKind(k).zh).arg(overdueByKind.value(k));
            en << QStringLiteral("%1 %2")
                      .arg(deadlineKind(k).en.toLower())
                      .arg(overdueByKind.value(k));
        }
    if (c.overdue.isEmpty())
        para(QStringLiteral("截至%1，本领域没有逾期未办结的事项。")
                 .arg(date(c.date, DocLanguage::Zh)),
             QStringLiteral("On %1 nothing in the sector is overdue.")
                 .arg(date(c.date, DocLanguage::En)));
    else
        para(QStringLiteral("截至%1，本领域逾期未办结事项%2项（%3），最后一日按法定节假日安排确定"
                            "（《民法典》第二百零三条）。")
                 .arg(date(c.date, DocLanguage::Zh))
                 .arg(c.overdue.size())
                 .arg(zh.join(QStringLiteral("，"))),
             QStringLiteral("On %1, %2 items in the sector are overdue (%3); each last day follows "
                            "the statutory holiday calendar (Civil Code Art. 203).")
                 .arg(date(c.date, DocLanguage::En))
                 .arg(c.overdue.size())
                 .arg(en.join(QStringLiteral(", "))));
    if (!c.overdue.isEmpty()) {
        QVector<QStringList> rows;
        for (int i = 0; i < c.overdue.size() && i < listedRows; ++i) {
            const SectorReportDeadline &d = c.overdue.at(i);
            // The basis under the kind, so the name has the width to stay on one line.
            rows << QStringList{
                n(i + 1),
                w(deadlineKind(d.kind)) + QStringLiteral("<br/>") +
                    Doc::esc(l.value() == DocLanguage::En ? d.basis : articleZh(d.basis)),
                nameOf(d.name, d.nameEn), cellDate(d.lastDay, l), n(-d.days)};
        }
        tableOf(QStringLiteral("逾期未办结事项"), QStringLiteral("Overdue items"),
                {{w(QStringLiteral("序号"), QStringLiteral("No.")), 5},
                 {w(QStringLiteral("事项及依据"), QStringLiteral("Item and basis")), 15},
                 {w(QStringLiteral("涉及对象"), QStringLiteral("Concerning")), 56},
                 {w(QStringLiteral("最后一日"), QStringLiteral("Last day")), 14},
                 {w(QStringLiteral("逾期天数"), QStringLiteral("Days over")), 10}},
                rows);
        bool targets = false;
        for (int i = 0; i < c.overdue.size() && i < listedRows; ++i)
            targets = targets || (!c.overdue.at(i).statutory &&
                                  c.overdue.at(i).kind == QLatin1String("notification"));
        // Art. 10 says 及时 and fixes no date: a department's own target is no legal deadline.
        if (targets)
            para(QStringLiteral(
                     "注：通知和通报的期限是本部门设定的工作目标（条例第十条规定“及时”通知、"
                     "通报，未规定具体期限），不是法定期限。"),
                 QStringLiteral("Note: the notification dates are the department's own targets "
                                "(Article 10 asks for prompt notification and fixes no date), not "
                                "legal deadlines."));
        if (c.overdue.size() > listedRows)
            para(QStringLiteral("另有%1项逾期未办结事项未列入上表，见期限清单。")
                     .arg(c.overdue.size() - listedRows),
                 QStringLiteral("%1 further overdue items are not listed above; see the deadline "
                                "list.")
                     .arg(c.overdue.size() - listedRows));
    }

    QHash<QString, QHash<QString, int>> byKind;
    for (const SectorReportDeadline &d : c.fellDue)
        ++byKind[d.kind][d.status];
    para(QStringLiteral("%1年内最后一日届满的事项%2项，按办理情况统计见下表。")
             .arg(c.year)
             .arg(c.fellDue.size()),
         QStringLiteral("%1 items had their last day in %2; the table shows how they stand.")
             .arg(c.fellDue.size())
             .arg(c.year));
    if (c.fellDue.isEmpty())
        return;
    QVector<std::pair<QString, int>> header{
        {w(QStringLiteral("事项"), QStringLiteral("Item")), 25}};
    for (const QString &s : statuses)
        header.append({w(deadlineStatus(s)), 15});
    QVector<QStringList> rows;
    QStringList names;
    QVector<BarChartImage::Series> series;
    for (const QString &s : statuses)
        series << BarChartImage::Series{label(deadlineStatus(s)), {}};
    for (const QString &k : kinds) {
        if (!byKind.contains(k))
            continue;
        QStringList row{w(deadlineKind(k))};
        names << label(deadlineKind(k));
        for (int i = 0; i < statuses.size(); ++i) {
            row << n(byKind.value(k).value(statuses.at(i)));
            series[i].values << byKind.value(k).value(statuses.at(i));
        }
        rows << row;
    }
    tableOf(QStringLiteral("%1年内届满事项的办理情况").arg(c.year),
            QStringLiteral("Items due in %1, by how they stand").arg(c.year), header, rows);
    chart(QStringLiteral("%1年内届满事项的办理情况").arg(c.year),
          QStringLiteral("Items due in %1, by how they stand").arg(c.year), names, series,
          Qt::Horizontal, 120 + 110 * int(names.size()) + 120);
}

void Builder::inspections()
{
    h += heading(QStringLiteral("五、检查检测情况"), QStringLiteral("5. Inspections (Art. 26–28)"),
                 l);
    int completed = 0, joint = 0;
    QMap<QString, std::array<int, 3>> byKind; // total, completed, joint
    QMap<QString, int> byLead;
    for (const Inspection &i : c.inspections) {
        const bool done = i.status == QLatin1String("completed");
        const bool j = i.joint || !i.participants.isEmpty();
        completed += done;
        joint += j;
        auto &k = byKind[i.kind];
        ++k[0];
        k[1] += done;
        k[2] += j;
        ++byLead[i.lead];
    }
    QStringList leadsZh, leadsEn;
    for (auto it = byLead.constBegin(); it != byLead.constEnd(); ++it) {
        const Words name = leadName(it.key(), c);
        leadsZh << QStringLiteral("%1牵头%2次").arg(name.zh).arg(it.value());
        leadsEn << QStringLiteral("%1 led by %2").arg(it.value()).arg(name.en);
    }
    if (c.inspections.isEmpty())
        para(QStringLiteral("%1年没有对本领域运营者开展检查检测的记录。").arg(c.year),
             QStringLiteral("No inspection of the sector's operators is recorded for %1.")
                 .arg(c.year));
    else
        para(QStringLiteral("%1年对本领域运营者开展检查检测%"
                            "2次（不含已取消和已并入联合检查的），其中已完成%3次，"
                            "多部门参加的联合检查%4次；%5。")
                 .arg(c.year)
                 .arg(c.inspections.size())
                 .arg(completed)
                 .arg(joint)
                 .arg(leadsZh.join(QStringLiteral("，"))),
             QStringLiteral("In %1, %2 inspections of the sector's operators started (not counting "
                            "cancelled ones or those merged into a joint inspection); %3 are "
                            "completed and %4 were joint, with more than one department; %5.")
                 .arg(c.year)
                 .arg(c.inspections.size())
                 .arg(completed)
                 .arg(joint)
                 .arg(leadsEn.join(QStringLiteral(", "))));
    if (!c.inspections.isEmpty()) {
        QVector<QStringList> rows;
        for (auto it = byKind.constBegin(); it != byKind.constEnd(); ++it)
            rows << QStringList{w(inspectionKind(it.key())), n(it.value()[0]), n(it.value()[1]),
                                n(it.value()[2])};
        tableOf(QStringLiteral("%1年检查检测按类型统计").arg(c.year),
                QStringLiteral("Inspections in %1 by kind").arg(c.year),
                {{w(QStringLiteral("类型"), QStringLiteral("Kind")), 46},
                 {w(QStringLiteral("次数"), QStringLiteral("Started")), 18},
                 {w(QStringLiteral("已完成"), QStringLiteral("Completed")), 18},
                 {w(QStringLiteral("联合检查"), QStringLiteral("Joint")), 18}},
                rows);
        rows.clear();
        for (auto it = byLead.constBegin(); it != byLead.constEnd(); ++it)
            rows << QStringList{w(leadName(it.key(), c)), n(it.value())};
        tableOf(QStringLiteral("%1年检查检测按牵头部门统计").arg(c.year),
                QStringLiteral("Inspections in %1 by lead department").arg(c.year),
                {{w(QStringLiteral("牵头部门"), QStringLiteral("Lead department")), 75},
                 {w(QStringLiteral("次数"), QStringLiteral("Started")), 25}},
                rows);
        QStringList months;
        for (int m = 1; m <= 12; ++m)
            months << (l.chinese() ? QStringLiteral("%1月").arg(m)
                                   : QLocale(QLocale::English).monthName(m, QLocale::ShortFormat));
        QVector<BarChartImage::Series> series;
        for (auto it = c.inspectionsByLead.constBegin(); it != c.inspectionsByLead.constEnd(); ++it)
            series << BarChartImage::Series{label(leadName(it.key(), c)), it.value()};
        chart(QStringLiteral("%1年各月开始的检查检测（按牵头部门）").arg(c.year),
              QStringLiteral("Inspections per month in %1, by lead department").arg(c.year), months,
              series, Qt::Vertical, 720);
    }

    QHash<QString, int> bySeverity;
    int late = 0;
    for (const Finding &f : c.openFindings) {
        ++bySeverity[f.severity];
        late += f.rectificationDue.isValid() && f.rectificationDue < c.date;
    }
    if (c.openFindings.isEmpty()) {
        para(QStringLiteral("检查检测发现的问题均已整改，或没有发现问题的记录。"),
             QStringLiteral("Every finding of an inspection is rectified, or none is recorded."));
        return;
    }
    QStringList zh, en;
    for (const QString &s : {QStringLiteral("critical"), QStringLiteral("high"),
                             QStringLiteral("medium"), QStringLiteral("low")})
        if (bySeverity.value(s)) {
            zh << QStringLiteral("%1%2个").arg(severity(s).zh).arg(bySeverity.value(s));
            en << QStringLiteral("%1 %2").arg(severity(s).en.toLower()).arg(bySeverity.value(s));
        }
    para(QStringLiteral("截至%1，检查检测发现的问题中尚未整改完成的%2个（严重程度：%"
                        "3），其中已超过整改期限的%4个。")
             .arg(date(c.date, DocLanguage::Zh))
             .arg(c.openFindings.size())
             .arg(zh.join(QStringLiteral("，")))
             .arg(late),
         QStringLiteral("On %1, %2 findings are not yet rectified (%3), %4 of them past their "
                        "rectification deadline.")
             .arg(date(c.date, DocLanguage::En))
             .arg(c.openFindings.size())
             .arg(en.join(QStringLiteral(", ")))
             .arg(late));
    QVector<QStringList> rows;
    for (int i = 0; i < c.openFindings.size() && i < listedRows; ++i) {
        const Finding &f = c.openFindings.at(i);
        const QPair<QString, QString> op = c.openFindingOperators.value(i);
        rows << QStringList{n(i + 1),
                            nameOf(op.first, op.second),
                            w(severity(f.severity)),
                            Doc::esc(f.description),
                            cellDate(f.rectificationDue, l),
                            w(findingStatus(f.status))};
    }
    tableOf(QStringLiteral("尚未整改完成的问题"), QStringLiteral("Findings not yet rectified"),
            {{w(QStringLiteral("序号"), QStringLiteral("No.")), 7},
             {w(QStringLiteral("运营者"), QStringLiteral("Operator")), 24},
             {w(QStringLiteral("严重程度"), QStringLiteral("Severity")), 10},
             {w(QStringLiteral("问题"), QStringLiteral("Finding")), 29},
             {w(QStringLiteral("整改期限"), QStringLiteral("Due")), 18},
             {w(QStringLiteral("状态"), QStringLiteral("Status")), 12}},
            rows);
    if (c.openFindings.size() > listedRows)
        para(QStringLiteral("另有%1个尚未整改完成的问题未列入上表。")
                 .arg(c.openFindings.size() - listedRows),
             QStringLiteral("%1 further open findings are not listed above.")
                 .arg(c.openFindings.size() - listedRows));
}

void Builder::closing()
{
    h += heading(QStringLiteral("六、小结"), QStringLiteral("6. Summary"), l);
    // Only what the records show: every clause is a count from the sections above.
    const int cii = c.outcomes.value(Outcome::Cii);
    QString zh =
        QStringLiteral(
            "记录显示：截至%1，本领域登记运营者%2家、网络设施和信息系统%3个，其中现行认定为"
            "关键信息基础设施的%4个；")
            .arg(date(c.date, DocLanguage::Zh), n(c.operators), n(c.systems), n(cii));
    QString en = QStringLiteral("The records show that on %1 the sector has %2 operators and %3 "
                                "systems, %4 of them CII by the decision in force; ")
                     .arg(date(c.date, DocLanguage::En), n(c.operators), n(c.systems), n(cii));
    zh += c.inForce().isEmpty() ? QStringLiteral("尚无已备案的认定规则；")
                                : QStringLiteral("认定规则已备案；");
    en += c.inForce().isEmpty() ? QStringLiteral("no identification rules are filed; ")
                                : QStringLiteral("its identification rules are filed; ");
    zh +=
        QStringLiteral(
            "%1年作出认定决定%2项，开展检查检测%3次；逾期未办结事项%4项，尚未整改完成的问题%5个。")
            .arg(c.year)
            .arg(c.cases.decided)
            .arg(c.inspections.size())
            .arg(c.overdue.size())
            .arg(c.openFindings.size());
    en += QStringLiteral("in %1, %2 identification decisions were made and %3 inspections "
                         "started; %4 items are overdue and %5 findings are not yet rectified.")
              .arg(c.year)
              .arg(c.cases.decided)
              .arg(c.inspections.size())
              .arg(c.overdue.size())
              .arg(c.openFindings.size());
    para(zh, en);
}

} // namespace

QVector<RuleSet> SectorReportContent::inForce() const
{
    QVector<RuleSet> out;
    for (const RuleSet &r : ruleSets)
        if (r.status == QLatin1String("filed"))
            out << r;
    return out;
}

QVector<RuleSet> SectorReportContent::filedInYear() const
{
    QVector<RuleSet> out;
    for (const RuleSet &r : ruleSets)
        if (r.filedOn.isValid() && r.filedOn.year() == year)
            out << r;
    return out;
}

QString SectorReportDocument::title(const SectorReportContent &c, const DocLanguage &l)
{
    return l.inline_(QStringLiteral("关于%1年度%2关键信息基础设施安全保护工作情况的报告")
                         .arg(c.year)
                         .arg(sectorPhraseZh(c)),
                     QStringLiteral("Report on the protection of critical information "
                                    "infrastructure %1, %2")
                         .arg(sectorPhraseEn(c))
                         .arg(c.year));
}

QString SectorReportDocument::baseName(const SectorReportContent &c, const DocLanguage &l)
{
    const char *lang = l.value() == DocLanguage::Zh   ? "zh"
                       : l.value() == DocLanguage::En ? "en"
                                                      : "bilingual";
    return QStringLiteral("sector-report-%1-%2-%3")
        .arg(c.sector)
        .arg(c.year)
        .arg(QLatin1String(lang));
}

QString SectorReportDocument::html(const SectorReportContent &c, const DocLanguage &l,
                                   QHash<QString, QImage> *images)
{
    Builder b{c, l, images, {}};
    b.h = Doc::begin(l);
    // An internal report to the leadership: the department's mark, no document number (the
    // number sequence belongs to what the department issues to others).
    b.h += Doc::header(c.departmentZh, c.departmentEn, QString(), l);
    b.h += Doc::title(title(c, DocLanguage::Zh), title(c, DocLanguage::En), l);
    b.h += Doc::addressee(QStringLiteral("部门领导"), QStringLiteral("The department's leadership"),
                          l);
    b.para(QStringLiteral(
               "现将%1年度%"
               "2关键信息基础设施认定、认定规则备案、期限执行和检查检测等工作的记录情况报告如下。"
               "本报告的数据均取自本部门关保工作台的记录，统计截至%3。")
               .arg(c.year)
               .arg(Doc::esc(sectorPhraseZh(c)), date(c.date, DocLanguage::Zh)),
           QStringLiteral("This report sets out what the department's records show for %1 %2: "
                          "identification, the filing of the rules, deadlines and inspections. "
                          "Every figure comes from the department's CII Workbench records as of "
                          "%3.")
               .arg(c.year)
               .arg(Doc::esc(sectorPhraseEn(c)), date(c.date, DocLanguage::En)));
    if (c.isEmpty()) {
        b.para(
            QStringLiteral(
                "记录中没有本领域的任何数据：没有登记的运营者和网络设施、信息系统，没有认定规则，"
                "%1年没有检查检测，也没有期限事项和待整改的问题。")
                .arg(c.year),
            QStringLiteral("The records hold nothing for this sector: no operators or systems "
                           "are registered, no identification rules exist, and there are no "
                           "inspections in %1, no deadlines and no open findings.")
                .arg(c.year));
    } else {
        b.registry();
        b.identification();
        b.rules();
        b.deadlines();
        b.inspections();
        b.closing();
    }
    b.h += Doc::closing(QStringLiteral("特此报告。"), QStringLiteral("Respectfully submitted."), l);
    b.h += Doc::signature(c.departmentZh, c.departmentEn, c.date, l);
    b.h += Doc::printingLine(c.departmentZh, c.departmentEn, c.date, l, c.anchor);
    b.h += Doc::end();
    return b.h;
}

std::unique_ptr<QTextDocument> SectorReportDocument::build(const SectorReportContent &c,
                                                           const DocLanguage &l)
{
    QHash<QString, QImage> images;
    const QString markup = html(c, l, &images);
    return OfficialDocument::build(markup, title(c, DocLanguage::Zh), images);
}

} // namespace cii
