#include "incident.h"

#include "domain/chinatime.h"

namespace cii {
namespace {

QJsonValue instantJson(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(ChinaTime::iso(instant)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject IncidentReport::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("action"), action},
            {QStringLiteral("at"), instantJson(at)},
            {QStringLiteral("party"), party},
            {QStringLiteral("note"), note},
            {QStringLiteral("recorded_at"), instantJson(recordedAt)},
            {QStringLiteral("recorded_by"), recordedBy}};
}

QStringList IncidentReport::kinds()
{
    return {QStringLiteral("operator-report"), QStringLiteral("onward-report"),
            QStringLiteral("follow-up"), QStringLiteral("summary-report")};
}

QStringList IncidentReport::actions()
{
    return {QStringLiteral("received"), QStringLiteral("sent"), QStringLiteral("issued")};
}

QString IncidentReport::kindName(const QString &key)
{
    if (key == QLatin1String("operator-report"))
        return tr("Operator's report");
    if (key == QLatin1String("onward-report"))
        return tr("Report to the CAC and the MPS");
    if (key == QLatin1String("follow-up"))
        return tr("Follow-up report");
    if (key == QLatin1String("summary-report"))
        return tr("Summary report");
    return key;
}

QString IncidentReport::actionName(const QString &key)
{
    if (key == QLatin1String("received"))
        return tr("Received");
    if (key == QLatin1String("sent"))
        return tr("Sent");
    if (key == QLatin1String("issued"))
        return tr("Document issued");
    return key;
}

QJsonObject IncidentCriterionTrace::toJson() const
{
    return {{QStringLiteral("criterion"), criterion}, {QStringLiteral("grade"), grade},
            {QStringLiteral("fact"), fact},           {QStringLiteral("value"), textOrNull(value)},
            {QStringLiteral("threshold"), threshold}, {QStringLiteral("op"), op},
            {QStringLiteral("unit"), unit},           {QStringLiteral("result"), result},
            {QStringLiteral("decisive"), decisive}};
}

IncidentCriterionTrace IncidentCriterionTrace::fromJson(const QJsonObject &o)
{
    IncidentCriterionTrace t;
    t.criterion = o.value(QStringLiteral("criterion")).toString();
    t.grade = o.value(QStringLiteral("grade")).toString();
    t.fact = o.value(QStringLiteral("fact")).toString();
    t.value = o.value(QStringLiteral("value")).toString();
    t.threshold = o.value(QStringLiteral("threshold")).toString();
    t.op = o.value(QStringLiteral("op")).toString();
    t.unit = o.value(QStringLiteral("unit")).toString();
    t.result = o.value(QStringLiteral("result")).toString();
    t.decisive = o.value(QStringLiteral("decisive")).toBool();
    return t;
}

QStringList IncidentNarrative::keys()
{
    return {QStringLiteral("unit_overview"),
            QStringLiteral("impact"),
            QStringLiteral("measures"),
            QStringLiteral("next_steps"),
            QStringLiteral("support_requested"),
            QStringLiteral("cause"),
            QStringLiteral("accountability"),
            QStringLiteral("rectification"),
            QStringLiteral("lessons")};
}

QString IncidentNarrative::value(const QString &key) const
{
    const QString *fields[] = {&unitOverview,   &impact,           &measures,
                               &nextSteps,      &supportRequested, &cause,
                               &accountability, &rectification,    &lessons};
    const qsizetype i = keys().indexOf(key);
    return i < 0 ? QString() : *fields[i];
}

void IncidentNarrative::set(const QString &key, const QString &text)
{
    QString *fields[] = {&unitOverview,   &impact,           &measures,
                         &nextSteps,      &supportRequested, &cause,
                         &accountability, &rectification,    &lessons};
    const qsizetype i = keys().indexOf(key);
    if (i >= 0)
        *fields[i] = text;
}

QJsonObject IncidentNarrative::toJson() const
{
    QJsonObject o;
    for (const QString &key : keys())
        o.insert(key, value(key));
    return o;
}

bool Incident::reportable() const
{
    const QString g = grade();
    return g.isEmpty() || gradeRank(g) >= gradeRank(QStringLiteral("large"));
}

bool Incident::needsOnwardReport() const
{
    const QString g = grade();
    return g.isEmpty() || gradeRank(g) >= gradeRank(QStringLiteral("major"));
}

qint64 Incident::operatorReportMinutes() const
{
    if (!discovered.isValid() || !received.isValid())
        return 0;
    return discovered.secsTo(received) / 60;
}

bool Incident::operatorReportLate() const
{
    // Seconds count: 1 h 0 min 30 s is more than one hour.
    return discovered.isValid() && received.isValid() && discovered.secsTo(received) > 3600;
}

QJsonObject Incident::toListJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("operator"), operatorId},
            {QStringLiteral("operator_name"), operatorName},
            {QStringLiteral("sector"), sector},
            {QStringLiteral("type"), type},
            {QStringLiteral("grade"), textOrNull(grade())},
            {QStringLiteral("proposed_grade"), textOrNull(proposedGrade)},
            {QStringLiteral("decided_grade"), textOrNull(decidedGrade)},
            {QStringLiteral("status"), status},
            {QStringLiteral("occurred"), instantJson(occurred)},
            {QStringLiteral("discovered"), instantJson(discovered)},
            {QStringLiteral("received"), instantJson(received)},
            {QStringLiteral("handling_ended"), instantJson(handlingEnded)},
            {QStringLiteral("operator_report_minutes"), operatorReportMinutes()},
            {QStringLiteral("operator_report_late"), operatorReportLate()}};
}

QJsonObject Incident::toJson() const
{
    QJsonObject o = toListJson();
    QJsonArray systemList;
    for (qint64 s : systems)
        systemList.append(s);
    o.insert(QStringLiteral("systems"), systemList);
    o.insert(QStringLiteral("place"), place);
    o.insert(QStringLiteral("description"), description);
    QJsonObject factObject;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        factObject.insert(it.key(), it.value());
    o.insert(QStringLiteral("facts"), factObject);
    QJsonArray grading;
    for (const IncidentCriterionTrace &t : trace)
        grading.append(t.toJson());
    o.insert(QStringLiteral("grading"), grading);
    o.insert(QStringLiteral("deciding_criterion"), textOrNull(decidingCriterion));
    o.insert(QStringLiteral("proposed_at"), instantJson(proposedAt));
    o.insert(QStringLiteral("grade_reason"), gradeReason);
    o.insert(QStringLiteral("decided_at"), instantJson(decidedAt));
    o.insert(QStringLiteral("decided_by"), decidedBy);
    o.insert(QStringLiteral("follow_up_due"), instantJson(followUpDue));
    o.insert(QStringLiteral("follow_up_requested"), instantJson(followUpRequested));
    o.insert(QStringLiteral("narrative"), narrative.toJson());
    o.insert(QStringLiteral("reportable"), reportable());
    o.insert(QStringLiteral("needs_onward_report"), needsOnwardReport());
    QJsonArray entries;
    for (const IncidentReport &r : timeline)
        entries.append(r.toJson());
    o.insert(QStringLiteral("timeline"), entries);
    return o;
}

QStringList Incident::types()
{
    return {QStringLiteral("malware"),   QStringLiteral("ransomware"), QStringLiteral("intrusion"),
            QStringLiteral("data-leak"), QStringLiteral("defacement"), QStringLiteral("ddos"),
            QStringLiteral("outage"),    QStringLiteral("other")};
}

QStringList Incident::grades()
{
    return {QStringLiteral("especially-major"), QStringLiteral("major"), QStringLiteral("large"),
            QStringLiteral("general")};
}

QStringList Incident::statuses()
{
    return {QStringLiteral("open"), QStringLiteral("handling"), QStringLiteral("closed")};
}

int Incident::gradeRank(const QString &grade)
{
    const qsizetype i = grades().indexOf(grade);
    return i < 0 ? 0 : int(grades().size() - i);
}

QString Incident::typeName(const QString &key)
{
    if (key == QLatin1String("malware"))
        return tr("Malware");
    if (key == QLatin1String("ransomware"))
        return tr("Ransomware");
    if (key == QLatin1String("intrusion"))
        return tr("Intrusion");
    if (key == QLatin1String("data-leak"))
        return tr("Data leak");
    if (key == QLatin1String("defacement"))
        return tr("Website defacement");
    if (key == QLatin1String("ddos"))
        return tr("Denial of service");
    if (key == QLatin1String("outage"))
        return tr("Outage or failure");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

QString Incident::gradeName(const QString &key)
{
    if (key == QLatin1String("especially-major"))
        return tr("Especially major");
    if (key == QLatin1String("major"))
        return tr("Major");
    if (key == QLatin1String("large"))
        return tr("Relatively major");
    if (key == QLatin1String("general"))
        return tr("General");
    if (key.isEmpty())
        return tr("Not graded");
    return key;
}

QString Incident::statusName(const QString &key)
{
    if (key == QLatin1String("open"))
        return tr("Open");
    if (key == QLatin1String("handling"))
        return tr("Being handled");
    if (key == QLatin1String("closed"))
        return tr("Closed");
    return key;
}

} // namespace cii
