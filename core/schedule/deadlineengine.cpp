#include "deadlineengine.h"

#include "i18n/language.h"

#include <QHash>

#include <algorithm>

namespace cii {

QDate DeadlineEngine::reidentificationDue(const QDate &received)
{
    // QDate::addMonths keeps the day and clamps it to the target month's last day.
    return received.addMonths(3);
}

void DeadlineEngine::settle(DeadlineItem &item, const QDate &today, int dueSoonDays,
                            const HolidayCalendar &calendar)
{
    const LastDay last = calendar.lastDay(item.due);
    item.lastDay = last.date;
    item.lastDayRestZh = last.restNameZh;
    item.lastDayRestEn = last.restNameEn;
    item.calendarMissing = last.calendarMissing;
    if (item.done.isValid()) {
        item.days = int(item.lastDay.daysTo(item.done));
        item.status = item.days <= 0 ? QStringLiteral("done-on-time") : QStringLiteral("done-late");
        return;
    }
    item.days = int(today.daysTo(item.lastDay));
    item.status = item.days < 0              ? QStringLiteral("overdue")
                  : item.days <= dueSoonDays ? QStringLiteral("due-soon")
                                             : QStringLiteral("open");
}

QDate DeadlineEngine::assessmentDue(int year, const DeadlineSettings &settings)
{
    const QDate first(year, settings.assessmentMonth, 1);
    return QDate(year, settings.assessmentMonth,
                 std::min(settings.assessmentDay, first.daysInMonth()));
}

QVector<int>
DeadlineEngine::assessmentYears(const QVector<const DeadlineFacts::DecidedCase *> &decisions,
                                const DeadlineSettings &settings, const QDate &today)
{
    QVector<int> years;
    auto require = [&](const QDate &from, const QDate &until) {
        // A year is required when the system was CII on that year's due date; the first is the
        // year after identification unless the department counts early identifications in.
        const bool sameYear = settings.assessmentSameYearBeforeMonth > 0 &&
                              from.month() < settings.assessmentSameYearBeforeMonth;
        for (int year = from.year() + (sameYear ? 0 : 1); year <= today.year(); ++year) {
            if (until.isValid() && assessmentDue(year, settings) >= until)
                break;
            if (!years.contains(year))
                years << year;
        }
    };
    // Runs of CII decisions: a re-identification that confirms CII continues the run, so an
    // earlier year's obligation stays; a not-CII decision ends it on the day it was made.
    QDate start;
    for (const DeadlineFacts::DecidedCase *c : decisions) {
        const bool cii = c->decision == QLatin1String("cii");
        if (cii && !start.isValid())
            start = c->decided;
        else if (!cii && start.isValid()) {
            require(start, c->decided);
            start = QDate();
        }
    }
    if (start.isValid())
        require(start, QDate());
    std::sort(years.begin(), years.end());
    return years;
}

QVector<DeadlineItem> DeadlineEngine::items(const DeadlineFacts &f, const QDate &today)
{
    QVector<DeadlineItem> out;
    const int soon = f.settings.dueSoonDays;
    const HolidayCalendar &calendar = f.calendar;

    // Decided cases by system, oldest first, for re-identification and assessments; the
    // systems whose decision in force is CII, for review after an operator's event.
    QHash<qint64, QVector<const DeadlineFacts::DecidedCase *>> casesBySystem;
    QHash<qint64, QStringList> ciiSystemsOfOperator;
    for (const DeadlineFacts::DecidedCase &c : f.decidedCases) {
        casesBySystem[c.systemId] << &c;
        if (c.newestDecision && c.decision == QLatin1String("cii")) {
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
        // The three months cover the decision and both notifications (Art. 11's 完成重新认定,
        // 将认定结果通知运营者，并通报国务院公安部门): done when the later one is recorded.
        item.basis = QStringLiteral("Art. 11");
        item.statutory = true;
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
        settle(item, today, soon, calendar);
        out << item;
    }

    // Art. 10: each decided case's notifications. The article says 及时 (promptly) and fixes
    // no date: the configured days are the department's own target, never a legal deadline.
    for (const DeadlineFacts::DecidedCase &c : f.decidedCases) {
        DeadlineItem item;
        item.kind = QStringLiteral("notification");
        item.subjectType = QStringLiteral("case");
        item.subjectId = c.caseId;
        item.systemId = c.systemId;
        item.subject = tr("Target: notify the operator and the MPS of case %1 (%2)")
                           .arg(c.caseId)
                           .arg(c.systemName);
        item.sector = c.sector;
        item.basis = QStringLiteral("Art. 10");
        item.statutory = false;
        item.due = c.decided.addDays(f.settings.notificationDays);
        if (c.operatorNotified.isValid() && c.mpsNotified.isValid())
            item.done = std::max(c.operatorNotified, c.mpsNotified);
        settle(item, today, soon, calendar);
        out << item;
    }

    // Art. 17: at least one assessment a year while the system is CII (每年至少进行一次).
    // The year's end is the law's own limit; an earlier configured day is a target.
    QHash<QPair<qint64, int>, QDate> received;
    for (const DeadlineFacts::Assessment &a : f.assessments)
        received.insert({a.systemId, a.year}, a.received);
    const bool yearEnd = f.settings.assessmentMonth == 12 && f.settings.assessmentDay == 31;
    QVector<qint64> systemsInOrder;
    for (const DeadlineFacts::DecidedCase &c : f.decidedCases)
        if (c.newestDecision)
            systemsInOrder << c.systemId;
    for (qint64 systemId : systemsInOrder) {
        const QVector<const DeadlineFacts::DecidedCase *> &history = casesBySystem[systemId];
        const DeadlineFacts::DecidedCase &c = *history.constLast();
        for (int year : assessmentYears(history, f.settings, today)) {
            DeadlineItem item;
            item.kind = QStringLiteral("assessment");
            item.subjectType = QStringLiteral("system");
            item.subjectId = c.systemId;
            item.systemId = c.systemId;
            item.subject = tr("Annual risk assessment %1 of %2").arg(year).arg(c.systemName);
            item.sector = c.sector;
            item.basis = QStringLiteral("Art. 17");
            item.statutory = yearEnd;
            item.due = assessmentDue(year, f.settings);
            item.done = received.value({c.systemId, year});
            settle(item, today, soon, calendar);
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
        // Art. 18 incidents and threats, Art. 21 mergers, separations, dissolutions: the
        // follow-up date is the department's.
        item.basis = e.kind == QLatin1String("incident") || e.kind == QLatin1String("threat")
                         ? QStringLiteral("Art. 18")
                         : QStringLiteral("Art. 21");
        item.statutory = false;
        item.due = e.followUpDue;
        item.done = e.closed;
        settle(item, today, soon, calendar);
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
        item.basis = QStringLiteral("Art. 26");
        item.statutory = false; // the inspecting department set the rectification deadline
        item.due = fi.due;
        item.done = fi.fixed;
        settle(item, today, soon, calendar);
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

QString DeadlineEngine::periodText(const DeadlineItem &item)
{
    const QString due = item.due.toString(Qt::ISODate);
    QString text;
    if (item.lastDay != item.due)
        text = tr("due %1, last day %2 after %3")
                   .arg(due, item.lastDay.toString(Qt::ISODate),
                        Language::pick(item.lastDayRestZh, item.lastDayRestEn));
    else
        text = tr("due %1").arg(due);
    text += QLatin1String(" (") +
            (item.statutory ? tr("statutory deadline, %1").arg(item.basis)
                            : tr("target set by the department, %1").arg(item.basis)) +
            QLatin1Char(')');
    if (item.calendarMissing)
        text += QLatin1Char(' ') +
                tr("— the holiday calendar lacks %1: weekends only").arg(item.due.year());
    return text;
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
