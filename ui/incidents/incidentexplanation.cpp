#include "incidentexplanation.h"

#include "domain/chinatime.h"
#include "i18n/language.h"

#include <QHash>
#include <QLocale>

namespace cii {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(const QDateTime &t)
{
    return t.isValid() ? ChinaTime::display(t) : IncidentExplanation::tr("not recorded");
}

const IncidentCriterion *find(const QVector<IncidentCriterion> &criteria, const QString &key)
{
    for (const IncidentCriterion &c : criteria)
        if (c.key == key)
            return &c;
    return nullptr;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), value);
}

} // namespace

QString IncidentExplanation::gradeText(const QString &grade)
{
    return grade.isEmpty() ? tr("not graded") : Incident::gradeName(grade);
}

QString IncidentExplanation::factName(const QString &fact,
                                      const QVector<IncidentCriterion> &criteria)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("portal-unavailable-hours"),
         QT_TR_NOOP("Government portal or key news website unreachable (hours)")},
        {QStringLiteral("cii-outage-hours"), QT_TR_NOOP("CII as a whole out of operation (hours)")},
        {QStringLiteral("cii-main-function-outage-hours"),
         QT_TR_NOOP("Main functions of the CII out of operation (hours)")},
        {QStringLiteral("province-population-share"),
         QT_TR_NOOP("Share of a provincial region's population affected (%)")},
        {QStringLiteral("prefecture-population-share"),
         QT_TR_NOOP("Share of a prefecture-level region's population affected (%)")},
        {QStringLiteral("people-affected"),
         QT_TR_NOOP("People whose water, power, transport or other daily needs are affected")},
        {QStringLiteral("personal-information-records"),
         QT_TR_NOOP("People whose personal information leaked")},
        {QStringLiteral("direct-loss-yuan"), QT_TR_NOOP("Direct economic loss (yuan)")},
        {QStringLiteral("homepage-defacement-hours"),
         QT_TR_NOOP("Defacement on the home page, lasting (hours)")},
        {QStringLiteral("other-page-defacement-hours"),
         QT_TR_NOOP("Defacement on other pages, lasting (hours)")},
        {QStringLiteral("reposts"),
         QT_TR_NOOP("Reposts of the illegal content on social platforms")},
        {QStringLiteral("views"), QT_TR_NOOP("Views or clicks of the illegal content")},
        {QStringLiteral("core-data-threat-especially-serious"),
         QT_TR_NOOP("Core or important data leaked or tampered with: an especially serious "
                    "threat to national security")},
        {QStringLiteral("spread-especially-wide-determined"),
         QT_TR_NOOP("Spread determined “especially wide” by the CAC or public security")},
        {QStringLiteral("system-loss-especially-serious"),
         QT_TR_NOOP("Important systems suffered especially serious loss or large-scale "
                    "paralysis")},
        {QStringLiteral("important-data-threat-serious"),
         QT_TR_NOOP("Important data or much personal information leaked or tampered with: a "
                    "serious threat")},
    };
    if (const char *name = names.value(fact))
        return tr(name);
    // A fact the department added: the first criterion that reads it says what it is.
    for (const IncidentCriterion &c : criteria)
        if (c.fact == fact)
            return criterionText(c);
    return fact;
}

QString IncidentExplanation::unitName(const QString &unit)
{
    if (unit == QLatin1String("hours"))
        return tr("hours");
    if (unit == QLatin1String("minutes"))
        return tr("minutes");
    if (unit == QLatin1String("percent"))
        return QStringLiteral("%");
    if (unit == QLatin1String("people"))
        return tr("people");
    if (unit == QLatin1String("records"))
        return tr("records");
    if (unit == QLatin1String("yuan"))
        return tr("yuan");
    if (unit == QLatin1String("times"))
        return tr("times");
    return unit;
}

QString IncidentExplanation::resultName(const QString &result)
{
    if (result == QLatin1String("met"))
        return tr("met");
    if (result == QLatin1String("not-met"))
        return tr("not met");
    if (result == QLatin1String("missing"))
        return tr("no value");
    if (result == QLatin1String("disabled"))
        return tr("disabled (not confirmed)");
    return result;
}

QString IncidentExplanation::condition(const QString &op, const QString &threshold,
                                       const QString &unit)
{
    if (op == QLatin1String("is"))
        return tr("asserted");
    if (threshold.isEmpty())
        return tr("figure not known");
    const QString sign = op == QLatin1String(">") ? QStringLiteral(">") : QStringLiteral("≥");
    const QString figure = QLocale().toString(threshold.toDouble(), 'g', 15);
    return unit == QLatin1String("percent")
               ? QStringLiteral("%1 %2%").arg(sign, figure)
               : QStringLiteral("%1 %2 %3").arg(sign, figure, unitName(unit));
}

QString IncidentExplanation::criterionText(const IncidentCriterion &c)
{
    return Language::pick(c.textZh, c.textEn);
}

QString IncidentExplanation::gradingHtml(const QString &proposedGrade,
                                         const QString &decidingCriterion,
                                         const QVector<IncidentCriterionTrace> &trace,
                                         const QVector<IncidentCriterion> &criteria, bool heading)
{
    QString h;
    const IncidentCriterion *deciding = find(criteria, decidingCriterion);
    if (heading)
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(tr("Proposed grade:")), esc(gradeText(proposedGrade)));
    if (deciding)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Decided by: %1 (%2)")
                              .arg(criterionText(*deciding),
                                   IncidentCriterion::sourceName(deciding->source))));
    else if (!proposedGrade.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("No enabled criterion of a higher grade is met: general. General "
                             "incidents are not reported under Art. 4.")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                        "style=\"border-collapse:collapse\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                        "<th>%4</th></tr>")
             .arg(esc(tr("Criterion")), esc(tr("Value")), esc(tr("Condition")), esc(tr("Result")));
    // By grade, gravest first, as the guide lists them; a heading row per grade.
    QString grade;
    for (const IncidentCriterionTrace &t : trace) {
        if (t.grade != grade) {
            grade = t.grade;
            h += QStringLiteral(
                     "<tr><td colspan=\"4\" style=\"background:#eceff1\"><b>%1</b></td></tr>")
                     .arg(esc(Incident::gradeName(grade)));
        }
        const IncidentCriterion *c = find(criteria, t.criterion);
        QString style;
        if (t.decisive)
            style = QStringLiteral(" style=\"background:#ffcdd2; font-weight:bold\"");
        else if (t.result == QLatin1String("met"))
            style = QStringLiteral(" style=\"background:#fff3c4\"");
        else if (t.result == QLatin1String("disabled"))
            style = QStringLiteral(" style=\"color:#808080\"");
        QString result = resultName(t.result);
        if (t.decisive)
            result = tr("%1 — decides").arg(result);
        QString value = QStringLiteral("—");
        if (t.value == QLatin1String("true"))
            value = tr("yes");
        else if (t.value == QLatin1String("false"))
            value = tr("no");
        else if (!t.value.isEmpty())
            value = QLocale().toString(t.value.toDouble(), 'g', 15);
        h += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(style, esc(c ? criterionText(*c) : factName(t.fact, criteria)), esc(value),
                      esc(condition(t.op, t.threshold, t.unit)), esc(result));
    }
    h += QStringLiteral("</table>");
    return h;
}

QString IncidentExplanation::html(const Incident &in, const QVector<IncidentCriterion> &criteria,
                                  const QDateTime &onwardDue, const QDateTime &now)
{
    QString h;
    h += QStringLiteral("<h3>%1</h3>")
             .arg(esc(tr("Incident %1 — %2").arg(in.id).arg(in.operatorName)));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    h += row(tr("Type"), esc(Incident::typeName(in.type)));
    h += row(tr("Status"), esc(Incident::statusName(in.status)));
    h += row(tr("Grade in force"), esc(gradeText(in.grade())));
    if (!in.place.isEmpty())
        h += row(tr("Place"), esc(in.place));
    h += row(tr("Occurred"), esc(when(in.occurred)));
    h += row(tr("Discovered"), esc(when(in.discovered)));
    QString received = esc(when(in.received));
    if (in.discovered.isValid() && in.received.isValid()) {
        const qint64 minutes = in.operatorReportMinutes();
        received += QStringLiteral(" — ") +
                    esc(in.operatorReportLate()
                            ? tr("%1 min after discovery: late (more than 1 hour, Reporting "
                                 "Measures Art. 4)")
                                  .arg(minutes)
                            : tr("%1 min after discovery: in time").arg(minutes));
        if (in.operatorReportLate())
            received = QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(received);
    }
    h += row(tr("Received"), received);
    if (in.handlingEnded.isValid())
        h += row(tr("Handling ended"), esc(when(in.handlingEnded)));
    h += row(tr("Times"), esc(tr("China time (UTC+8)")));
    h += QStringLiteral("</table>");
    if (!in.description.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(in.description).replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    // The clocks of the reporting measures for this incident.
    h += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Reports due")));
    if (!in.reportable()) {
        h += QStringLiteral("<li>%1</li>")
                 .arg(esc(tr("A general incident: no report under Art. 4 is required.")));
    } else {
        QDateTime onwardSent, summarySent;
        for (const IncidentReport &r : in.timeline) {
            if (r.action != QLatin1String("sent"))
                continue;
            if (r.kind == QLatin1String("onward-report") && !onwardSent.isValid())
                onwardSent = r.at;
            if (r.kind == QLatin1String("summary-report") && !summarySent.isValid())
                summarySent = r.at;
        }
        if (in.needsOnwardReport()) {
            QString onward;
            if (onwardSent.isValid())
                onward = tr("Report to the CAC and the MPS: sent %1")
                             .arg(ChinaTime::display(onwardSent));
            else if (onwardDue.isValid())
                onward = now > onwardDue ? tr("Report to the CAC and the MPS: due %1 — overdue")
                                               .arg(ChinaTime::display(onwardDue))
                                         : tr("Report to the CAC and the MPS: due %1")
                                               .arg(ChinaTime::display(onwardDue));
            if (in.grade().isEmpty())
                onward += QLatin1Char(' ') + tr("(shown until the incident is graded)");
            if (!onward.isEmpty())
                h += QStringLiteral("<li>%1 <i>(%2)</i></li>")
                         .arg(esc(onward), esc(tr("30 minutes from receipt, Reporting "
                                                  "Measures Art. 4")));
        }
        if (in.followUpDue.isValid())
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(tr("Follow-up report expected by %1 (our target, Art. 7)")
                                  .arg(ChinaTime::display(in.followUpDue))));
        if (summarySent.isValid())
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(tr("Summary report: sent %1").arg(ChinaTime::display(summarySent))));
        else if (in.handlingEnded.isValid())
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(tr("Summary report: within 30 days after handling ended "
                                 "(Reporting Measures Art. 8); see the Deadlines page for the "
                                 "legal last day")));
        else
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(tr("Summary report: due within 30 days once handling ends "
                                 "(Reporting Measures Art. 8)")));
    }
    h += QStringLiteral("</ul>");

    // Grading: the proposal with its trace, and the department's grade.
    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Grading")));
    if (in.proposedGrade.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Not graded yet: Grade… enters the facts and proposes a grade.")));
    } else {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Proposed %1 from the facts entered.").arg(when(in.proposedAt))));
        h += gradingHtml(in.proposedGrade, in.decidingCriterion, in.trace, criteria);
    }
    if (!in.decidedGrade.isEmpty()) {
        QString decided =
            tr("The department's grade: %1 (%2, %3)")
                .arg(Incident::gradeName(in.decidedGrade), when(in.decidedAt), in.decidedBy);
        h += QStringLiteral("<p><b>%1</b></p>").arg(esc(decided));
        if (!in.gradeReason.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("Reason: %1").arg(in.gradeReason)));
    }

    // The timeline of every report received, sent or issued.
    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Timeline")));
    if (in.timeline.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing recorded yet.")));
    } else {
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                            "style=\"border-collapse:collapse\"><tr><th>%1</th><th>%2</th>"
                            "<th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(tr("When")), esc(tr("Report")), esc(tr("What")), esc(tr("Who")),
                      esc(tr("Note")));
        for (const IncidentReport &r : in.timeline)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(esc(ChinaTime::display(r.at)), esc(IncidentReport::kindName(r.kind)),
                          esc(IncidentReport::actionName(r.action)), esc(r.party), esc(r.note));
        h += QStringLiteral("</table>");
    }
    return h;
}

} // namespace cii
