#pragma once

#include "domain/incident.h"
#include "domain/incidentcriterion.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

namespace cii {

struct IncidentGrading
{
    QString grade = QStringLiteral("general");
    QString decidingCriterion; // the met criterion that set the grade; empty for general
    QVector<IncidentCriterionTrace> trace;
};

// The grading guide applied to an incident's facts. Pure: criteria and facts in, grade and
// trace out. The proposed grade is the highest grade with a met, enabled criterion (the
// guide: one condition of a grade suffices; meeting several grades, the highest counts),
// else general (一般). A disabled criterion is traced as "disabled" and never counts; a
// fact not given is "missing", never "not met".
class IncidentGrader
{
public:
    static IncidentGrading grade(const QVector<IncidentCriterion> &criteria,
                                 const QMap<QString, QString> &facts);
    // Whether `value` meets `op threshold` (a number in the criterion's unit; durations in
    // hours are compared with a minutes threshold ×60). False when either is not a number.
    static bool meets(const IncidentCriterion &criterion, const QString &value);
    // A fact value as the grader reads it: numbers as plain decimals, booleans as
    // "true"/"false"; empty when it is neither.
    static QString canonical(const QString &value);
    // The facts of a facts file, {"cii-outage-hours": 7, "core-data-threat-especially-serious":
    // true}: numbers at or above zero and booleans, keyed by the facts the criteria read (an
    // unknown key is a typing error, refused rather than silently ignored).
    static Result<QMap<QString, QString>> factsFromJson(const QVector<IncidentCriterion> &criteria,
                                                        const QJsonObject &object);
    // The fact keys the criteria read, in their order, each once.
    static QStringList factKeys(const QVector<IncidentCriterion> &criteria);

    Q_DECLARE_TR_FUNCTIONS(IncidentGrader)
};

} // namespace cii
