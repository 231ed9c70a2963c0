#include "deadlineengine.h"

#include <QHash>

#include <algorithm>

namespace cii {

QDate DeadlineEngine::reidentificationDue(const QDate &received)
{
    // QDate::addMonths keeps the day and clamps it to the target month's last day.
    return received.addMonths(3);
}

void DeadlineEngine::settle(DeadlineItem &item, const QDate &today, int dueSoonDays)
{
    if (item.done.isValid()) {
        item.days = int(item.due.daysTo(item.done));
        item.status = item.days <= 0 ? QStringLiteral("done-on-time") : QStringLiteral("done-late");
        return;
    }
    item.days = int(today.daysTo(item.due));
    item.status = item.days < 0              ? QStringLiteral("overdue")
                  : item.days <= dueSoonDays ? QStringLiteral("due-soon")
                                             : QStringLiteral("open");
}

QVector<DeadlineItem> DeadlineEngine::items(const DeadlineFacts &f, const QDate &today)
{
    QVector<DeadlineItem> out;
    const int soon = f.settings.dueSoonDays;

    // Decided cases by system, oldest first, for re-identification; the systems whose
    // decision in force is CII, for assessments and for review after an operator's event.
    QHash<qint64, QVector<const DeadlineFacts::DecidedCase *>> casesBySystem;
    QVector<const DeadlineFacts::DecidedCase *> ciiInForce;
    QHash<qint64, QStringList> ciiSystemsOfOperator;
    for (const DeadlineFacts::DecidedCase &c : f.decidedCases) {
        casesBySystem[c.systemId] << &c;
        if (c.newestDecision && c.decision == QLatin1String("cii")) {
            ciiInForce << &c;
            ciiSystemsOfOperator[c.operatorId] << c.systemName;
        }
    }

    // Art. 11: completed by a decided case made on or after the report's receipt, once the
    // operator and the MPS were both notified of it; done on the later notification.
    for (const DeadlineFacts::ChangeReport &r : f.changeReports) {
        DeadlineItem item;
        item.kind = QStringLiteral("reidentification");
        item.subjectType = QStringLiteral("change-report");
        item.subjectId = r.id;
        item.subject = tr("Re-identification after the change report of %1 (%2)")
                           .arg(r.operatorName, r.received.toString(Qt::ISODate));
        item.sector = r.sector;
        item.due = reidentificationDue(r.received);
        QDate done;
        bool complete = !r.systems.isEmpty();
        for (qint64 system : r.systems) {
            QDate systemDone;
            for (const DeadlineFacts::DecidedCase *c : casesBySystem.value(system)) {
                if (c->created < r.received || !c->operatorNotified.isValid() ||
                    !c->mpsNotified.isValid())
                    continue;
                const QDate notified = std::max(c->operatorNotified, c->mpsNotified);
                if (!systemDone.isValid() || notified < systemDone)
                    systemDone = notified;
            }
            if (!systemDone.isValid()) {
                complete = false;
                break;
            }
            done = std::max(done, systemDone);
        }
        if (complete)
            item.done = done;
        settle(item, today, soon);
        out << item;
    }

    // Art. 10: each decided case's notifications, within the configured days.
    for (const DeadlineFacts::DecidedCase &c : f.decidedCases) {
        DeadlineItem item;
        item.kind = QStringLiteral("notification");
        item.subjectType = QStringLiteral("case");
        item.subjectId = c.caseId;
        item.systemId = c.systemId;
        item.subject =
            tr("Notify the operator and the MPS of case %1 (%2)").arg(c.caseId).arg(c.systemName);
        item.sector = c.sector;
        item.due = c.decided.addDays(f.settings.notificationDays);
        if (c.operatorNotified.isValid() && c.mpsNotified.isValid())
            item.done = std::max(c.operatorNotified, c.mpsNotified);
        settle(item, today, soon);
        out << item;
    }

    // Art. 17: one assessment a year for every system whose decision in force is CII, from
    // the year it was identified.
    QHash<QPair<qint64, int>, QDate> received;
    for (const DeadlineFacts::Assessment &a : f.assessments)
        received.insert({a.systemId, a.year}, a.received);
    for (const DeadlineFacts::DecidedCase *cii : ciiInForce) {
        const DeadlineFacts::DecidedCase &c = *cii;
        for (int year = c.decided.year(); year <= today.year(); ++year) {
            DeadlineItem item;
            item.kind = QStringLiteral("assessment");
            item.subjectType = QStringLiteral("system");
            item.subjectId = c.systemId;
            item.systemId = c.systemId;
            item.subject = tr("Annual risk assessment %1 of %2").arg(year).arg(c.systemName);
            item.sector = c.sector;
            const QDate first(year, f.settings.assessmentMonth, 1);
            item.due = QDate(year, f.settings.assessmentMonth,
                             std::min(f.settings.assessmentDay, first.daysInMonth()));
            item.done = received.value({c.systemId, year});
            settle(item, today, soon);
            out << item;
        }
    }

    // Art. 18, 21: incidents, threats, mergers, separations, dissolutions: a follow-up each.
    for (const DeadlineFacts::Event &e : f.events) {
        DeadlineItem item;
        item.kind = QStringLiteral("event");
        item.subjectType = QStringLiteral("event");
        item.subjectId = e.id;
        item.subject = tr("Follow up the %1 reported by %2 (%3)")
                           .arg(kindName(e.kind), e.operatorName, e.occurred.toString(Qt::ISODate));
        // The event flags the operator's CII systems for review.
        const QStringList review = ciiSystemsOfOperator.value(e.operatorId);
        if (!review.isEmpty())
            item.subject +=
                tr(" — review the CII systems: %1").arg(review.join(QStringLiteral(", ")));
        item.sector = e.sector;
        item.due = e.followUpDue;
        item.done = e.closed;
        settle(item, today, soon);
        out << item;
    }

    // Art. 26: rectification of what inspections found, by the deadline set.
    for (const DeadlineFacts::Finding &fi : f.findings) {
        DeadlineItem item;
        item.kind = QStringLiteral("rectification");
        item.subjectType = QStringLiteral("finding");
        item.subjectId = fi.id;
        item.subject = tr("Rectification of finding %1 (inspection %2, %3)")
                           .arg(fi.id)
                           .arg(fi.inspectionId)
                           .arg(fi.operatorName);
        item.sector = fi.sector;
        item.due = fi.due;
        item.done = fi.fixed;
        settle(item, today, soon);
        out << item;
    }

    std::stable_sort(out.begin(), out.end(), [](const DeadlineItem &a, const DeadlineItem &b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.subjectId < b.subjectId;
    });
    return out;
}

QStringList DeadlineEngine::kinds()
{
    return {QStringLiteral("reidentification"), QStringLiteral("assessment"),
            QStringLiteral("notification"), QStringLiteral("event"),
            QStringLiteral("rectification")};
}

QStringList DeadlineEngine::statuses()
{
    return {QStringLiteral("open"), QStringLiteral("due-soon"), QStringLiteral("overdue"),
            QStringLiteral("done-on-time"), QStringLiteral("done-late")};
}

QString DeadlineEngine::kindName(const QString &kind)
{
    if (kind == QLatin1String("reidentification"))
        return tr("Re-identification");
    if (kind == QLatin1String("assessment"))
        return tr("Annual assessment");
    if (kind == QLatin1String("notification"))
        return tr("Notification");
    if (kind == QLatin1String("event"))
        return tr("Operator event");
    if (kind == QLatin1String("rectification"))
        return tr("Rectification");
    if (kind == QLatin1String("incident"))
        return tr("incident");
    if (kind == QLatin1String("threat"))
        return tr("threat");
    if (kind == QLatin1String("merger"))
        return tr("merger");
    if (kind == QLatin1String("separation"))
        return tr("separation");
    if (kind == QLatin1String("dissolution"))
        return tr("dissolution");
    return kind;
}

QString DeadlineEngine::statusName(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("due-soon"))
        return tr("Due soon");
    if (status == QLatin1String("overdue"))
        return tr("Overdue");
    if (status == QLatin1String("done-on-time"))
        return tr("Done on time");
    if (status == QLatin1String("done-late"))
        return tr("Done late");
    return status;
}

} // namespace cii
