#include "incidentclocks.h"

#include "domain/chinatime.h"

namespace cii {
namespace {

// The first timeline entry of `kind` with one of `actions`, at or after `since`.
QDateTime firstOf(const Incident &i, const QString &kind, const QStringList &actions,
                  const QDateTime &since = {})
{
    QDateTime first;
    for (const IncidentReport &r : i.timeline)
        if (r.kind == kind && actions.contains(r.action) && (!since.isValid() || r.at >= since) &&
            (!first.isValid() || r.at < first))
            first = r.at;
    return first;
}

} // namespace

QDate IncidentClocks::summaryDue(const QDateTime &handlingEnded)
{
    // Civil Code Art. 201: a period in days does not count the day it starts on.
    return handlingEnded.isValid() ? ChinaTime::localDate(handlingEnded).addDays(30) : QDate();
}

QVector<DeadlineFacts::IncidentClock> IncidentClocks::of(const Incident &i)
{
    QVector<DeadlineFacts::IncidentClock> out;
    if (!i.reportable())
        return out;
    auto clock = [&](const QString &name, const QString &basis) -> DeadlineFacts::IncidentClock & {
        DeadlineFacts::IncidentClock &c = out.emplace_back();
        c.incidentId = i.id;
        c.operatorName = i.operatorName;
        c.sector = i.sector;
        c.clock = name;
        c.basis = basis;
        return c;
    };
    const QString measures4 = QStringLiteral("Reporting Measures Art. 4");
    {
        // Art. 4: the operator of CII reports within one hour of discovering the incident.
        DeadlineFacts::IncidentClock &c = clock(QStringLiteral("operator-report"), measures4);
        c.dueAt = i.discovered.addSecs(3600);
        c.doneAt = i.received;
    }
    if (i.needsOnwardReport()) {
        // Art. 4: the department reports on within half an hour of receiving it.
        DeadlineFacts::IncidentClock &c = clock(QStringLiteral("onward-report"), measures4);
        c.dueAt = i.received.addSecs(30 * 60);
        c.doneAt = firstOf(i, QStringLiteral("onward-report"), {QStringLiteral("sent")});
    }
    if (i.followUpDue.isValid()) {
        // Art. 7 para. 2 asks for follow-ups "in time" without a figure: the target is ours.
        DeadlineFacts::IncidentClock &c =
            clock(QStringLiteral("follow-up"), QStringLiteral("Reporting Measures Art. 7"));
        c.statutory = false;
        c.dueAt = i.followUpDue;
        c.doneAt = firstOf(i, QStringLiteral("follow-up"), {QStringLiteral("received")},
                           i.followUpRequested);
    }
    if (i.handlingEnded.isValid()) {
        DeadlineFacts::IncidentClock &c =
            clock(QStringLiteral("summary-report"), QStringLiteral("Reporting Measures Art. 8"));
        c.dueDate = summaryDue(i.handlingEnded);
        c.doneAt = firstOf(i, QStringLiteral("summary-report"),
                           {QStringLiteral("received"), QStringLiteral("sent")});
    }
    return out;
}

QVector<DeadlineFacts::IncidentClock> IncidentClocks::of(const QVector<Incident> &incidents)
{
    QVector<DeadlineFacts::IncidentClock> out;
    for (const Incident &i : incidents)
        out += of(i);
    return out;
}

} // namespace cii
