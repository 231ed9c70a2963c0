#pragma once

#include "domain/incident.h"
#include "domain/incidentcriterion.h"

#include <QCoreApplication>

namespace cii {

// Says in words, in the user's language, what is known of an incident: every time in China
// time, the proposed grade with the criterion that decided it and every criterion's result
// (a disabled, unconfirmed figure shown as such), the department's grade and reason, the
// clocks and the timeline of reports.
class IncidentExplanation
{
    Q_DECLARE_TR_FUNCTIONS(IncidentExplanation)

public:
    // `onwardDue`: the open onward report's due instant, invalid when none is open.
    static QString html(const Incident &incident, const QVector<IncidentCriterion> &criteria,
                        const QDateTime &onwardDue, const QDateTime &now);
    // The proposed grade (with `heading`) and the trace by grade, the deciding criterion
    // marked: what the grading dialog shows live and the page's pane.
    static QString gradingHtml(const QString &proposedGrade, const QString &decidingCriterion,
                               const QVector<IncidentCriterionTrace> &trace,
                               const QVector<IncidentCriterion> &criteria, bool heading = true);

    // The fact a criterion reads, in words ("CII as a whole out of operation").
    static QString factName(const QString &fact, const QVector<IncidentCriterion> &criteria = {});
    static QString unitName(const QString &unit);
    static QString resultName(const QString &result);
    // "≥ 6 hours", "asserted".
    static QString condition(const QString &op, const QString &threshold, const QString &unit);
    static QString criterionText(const IncidentCriterion &c);
    // A grade in words, or "not graded".
    static QString gradeText(const QString &grade);
};

} // namespace cii
