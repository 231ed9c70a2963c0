#include "deadlineengine.h"

#include "domain/chinatime.h"
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
    return assessmentYears(
        CaseRange(decisions.constData(), decisions.constData() + decisions.size()), settings,
        today);
}

QVector<int> DeadlineEngine::assessmentYears(CaseRange decisions, const DeadlineSettings &settings,
                                             const QDate &today)
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
    for (auto it = decisions.first; it != decisions.second; ++it) {
        const DeadlineFacts::DecidedCase *c = *it;
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

QVector<DeadlineItem> DeadlineEngine::items(const DeadlineFacts &facts, const QDate &today)
{
    return list(facts, today).items();
}

DeadlineSummary DeadlineEngine::summary(const DeadlineFacts &facts, const QDate &today)
{
    return list(facts, today).summary();
}

DeadlineList DeadlineEngine::list(const DeadlineFacts &f, const QDate &today)
{
    using Case = DeadlineFacts::DecidedCase;
    using Row = DeadlineList::Row;
    DeadlineList out;
    QVector<Row> &rows = out.m_rows;
    rows.reserve(f.changeReports.size() + f.decidedCases.size() + f.events.size() +
                 f.findings.size() + f.incidentClocks.size() + f.enforcementDeadlines.size());
    out.m_now = judgedAt(f, today);
    const int soon = f.settings.dueSoonDays;
    const HolidayCalendar &calendar = f.calendar;

    // The legal last day once per distinct due date: a store's items share few dates.
    QHash<QDate, int> lastDayOfDue;
    QHash<QDate, int> exactDay; // timed clocks: the day itself, never moved
    QHash<QString, int> sectorIndex;
    auto sectorOf = [&](const QString &sector) -> qint16 {
        auto it = sectorIndex.constFind(sector);
        if (it == sectorIndex.constEnd()) {
            it = sectorIndex.insert(sector, int(out.m_sectors.size()));
            out.m_sectors << sector;
        }
        return qint16(*it);
    };
    // As settle() does for an item.
    auto add = [&](Row &r) {
        auto it = lastDayOfDue.constFind(r.due);
        if (it == lastDayOfDue.constEnd()) {
            it = lastDayOfDue.insert(r.due, int(out.m_lastDays.size()));
            out.m_lastDays << calendar.lastDay(r.due);
        }
        r.lastDay = *it;
        const QDate &last = out.m_lastDays.at(r.lastDay).date;
        if (r.done.isValid()) {
            r.days = int(last.daysTo(r.done));
            r.status = r.days <= 0 ? DeadlineList::DoneOnTime : DeadlineList::DoneLate;
        } else {
            r.days = int(today.daysTo(last));
            r.status = r.days < 0       ? DeadlineList::Overdue
                       : r.days <= soon ? DeadlineList::DueSoon
                                        : DeadlineList::Open;
        }
        rows.append(std::move(r));
    };

    // Decided cases by system, in the facts' order (oldest first), for re-identification and
    // assessments: one array of the cases ordered by system, and each system's range in it.
    const qsizetype caseCount = f.decidedCases.size();
    QVector<const Case *> bySystem;
    bySystem.reserve(caseCount);
    for (const Case &c : f.decidedCases)
        bySystem << &c;
    std::stable_sort(bySystem.begin(), bySystem.end(),
                     [](const Case *a, const Case *b) { return a->systemId < b->systemId; });
    QHash<qint64, CaseRange> casesOf;
    casesOf.reserve(caseCount);
    for (qsizetype i = 0; i < caseCount;) {
        qsizetype j = i + 1;
        while (j < caseCount && bySystem.at(j)->systemId == bySystem.at(i)->systemId)
            ++j;
        casesOf.insert(bySystem.at(i)->systemId,
                       CaseRange(bySystem.constData() + i, bySystem.constData() + j));
        i = j;
    }

    // Art. 11: completed by a decided case made on or after the report's receipt, once the
    // operator and the MPS were both notified of it; done on the later notification.
    for (const DeadlineFacts::ChangeReport &r : f.changeReports) {
        Row row;
        row.kind = DeadlineList::Reidentification;
        row.subjectId = r.id;
        row.name = r.operatorName;
        row.since = r.received;
        row.sector = sectorOf(r.sector);
        row.due = reidentificationDue(r.received);
        // The three months cover the decision and both notifications (Art. 11's 完成重新认定,
        // 将认定结果通知运营者，并通报国务院公安部门): done when the later one is recorded.
        row.statutory = true;
        QDate done;
        bool complete = !r.systems.isEmpty();
        for (qint64 system : r.systems) {
            QDate systemDone;
            const CaseRange cases = casesOf.value(system);
            for (auto it = cases.first; it != cases.second; ++it) {
                const Case *c = *it;
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
            row.done = done;
        add(row);
    }

    // Art. 10: each decided case's notifications. The article says 及时 (promptly) and fixes
    // no date: the configured days are the department's own target, never a legal deadline.
    for (const Case &c : f.decidedCases) {
        Row row;
        row.kind = DeadlineList::Notification;
        row.subjectId = c.caseId;
        row.systemId = c.systemId;
        row.name = c.systemName;
        row.sector = sectorOf(c.sector);
        row.statutory = false;
        row.due = c.decided.addDays(f.settings.notificationDays);
        if (c.operatorNotified.isValid() && c.mpsNotified.isValid())
            row.done = std::max(c.operatorNotified, c.mpsNotified);
        add(row);
    }

    // Art. 17: at least one assessment a year while the system is CII (每年至少进行一次).
    // The year's end is the law's own limit; an earlier configured day is a target.
    QHash<QPair<qint64, int>, QDate> received;
    for (const DeadlineFacts::Assessment &a : f.assessments)
        received.insert({a.systemId, a.year}, a.received);
    const bool yearEnd = f.settings.assessmentMonth == 12 && f.settings.assessmentDay == 31;
    for (const Case &newest : f.decidedCases) {
        if (!newest.newestDecision)
            continue;
        const CaseRange history = casesOf.value(newest.systemId);
        const Case &c = **(history.second - 1);
        // No year can be required before the one after the first decision (or its own year).
        if ((*history.first)->decided.year() > today.year())
            continue;
        for (int year : assessmentYears(history, f.settings, today)) {
            Row row;
            row.kind = DeadlineList::Assessment;
            row.subjectId = c.systemId;
            row.systemId = c.systemId;
            row.name = c.systemName;
            row.sector = sectorOf(c.sector);
            row.statutory = yearEnd;
            row.due = assessmentDue(year, f.settings);
            row.done = received.value({c.systemId, year});
            add(row);
        }
    }

    // Art. 18, 21: incidents, threats, mergers, separations, dissolutions: a follow-up each.
    // The event flags the operator's CII systems (its decision in force is CII) for review.
    QHash<qint64, QStringList> ciiSystemsOfOperator;
    for (const DeadlineFacts::Event &e : f.events)
        ciiSystemsOfOperator.insert(e.operatorId, {});
    if (!ciiSystemsOfOperator.isEmpty()) {
        for (const Case &c : f.decidedCases) {
            if (c.newestDecision && c.decision == QLatin1String("cii")) {
                const auto it = ciiSystemsOfOperator.find(c.operatorId);
                if (it != ciiSystemsOfOperator.end())
                    *it << c.systemName;
            }
        }
    }
    for (const DeadlineFacts::Event &e : f.events) {
        Row row;
        row.kind = DeadlineList::Event;
        row.subjectId = e.id;
        row.reference = out.m_events.size();
        out.m_events << DeadlineList::EventText{e.kind, ciiSystemsOfOperator.value(e.operatorId)};
        row.name = e.operatorName;
        row.since = e.occurred;
        row.sector = sectorOf(e.sector);
        row.statutory = false;
        row.due = e.followUpDue;
        row.done = e.closed;
        add(row);
    }

    // Art. 26: rectification of what inspections found, by the deadline set.
    for (const DeadlineFacts::Finding &fi : f.findings) {
        Row row;
        row.kind = DeadlineList::Rectification;
        row.subjectId = fi.id;
        row.reference = fi.inspectionId;
        row.name = fi.operatorName;
        row.sector = sectorOf(fi.sector);
        row.statutory = false; // the inspecting department set the rectification deadline
        row.due = fi.due;
        row.done = fi.fixed;
        add(row);
    }

    // The 2025 reporting measures: an incident's reports. Hour and minute clocks are judged
    // to the second against their instant and keep their own day (an hour period does not move
    // off a holiday); the summary report's 30 days end on the legal last day like any other.
    const QDateTime &now = out.m_now;
    for (const DeadlineFacts::IncidentClock &c : f.incidentClocks) {
        Row row;
        row.kind = DeadlineList::Incident;
        row.subjectId = c.incidentId;
        row.reference = out.m_clocks.size();
        row.name = c.operatorName;
        row.sector = sectorOf(c.sector);
        row.statutory = c.statutory;
        row.done = ChinaTime::localDate(c.doneAt);
        DeadlineList::Clock clock{c.clock, c.basis, c.dueAt, c.doneAt, c.dueAt.isValid()};
        if (!c.dueAt.isValid()) {
            row.due = c.dueDate;
            add(row);
            // Civil Code Art. 203: the period ends at midnight of its last day.
            clock.dueAt =
                ChinaTime::at(out.m_lastDays.at(rows.constLast().lastDay).date, QTime(23, 59));
            out.m_clocks << clock;
            continue;
        }
        row.due = ChinaTime::localDate(c.dueAt);
        auto it = exactDay.constFind(row.due);
        if (it == exactDay.constEnd()) {
            it = exactDay.insert(row.due, int(out.m_lastDays.size()));
            out.m_lastDays << LastDay{row.due, false, {}, {}};
        }
        row.lastDay = *it;
        if (c.doneAt.isValid()) {
            row.days = int(row.due.daysTo(row.done));
            // 最迟不得超过: at the instant itself is still in time.
            row.status = c.doneAt > c.dueAt ? DeadlineList::DoneLate : DeadlineList::DoneOnTime;
        } else {
            row.days = int(today.daysTo(row.due));
            row.status = now > c.dueAt ? DeadlineList::Overdue : DeadlineList::DueSoon;
        }
        out.m_clocks << clock;
        rows.append(std::move(row));
    }

    // Art. 39–42 and the Administrative Penalty Law: what an enforcement case waits for.
    for (const DeadlineFacts::EnforcementDeadline &e : f.enforcementDeadlines) {
        Row row;
        row.kind = DeadlineList::Enforcement;
        row.subjectId = e.caseId;
        row.reference = out.m_waits.size();
        out.m_waits << DeadlineList::Clock{e.step, e.basis, {}, {}, false};
        row.name = e.operatorName;
        row.sector = sectorOf(e.sector);
        row.statutory = e.statutory;
        row.due = e.due;
        row.done = e.done;
        add(row);
    }

    // By due date, then kind (its key's alphabetical order), then subject; an incident's
    // clocks of one day by their instant.
    static constexpr int kindOrder[] = {6, 0, 4, 2, 5, 3, 1};
    const QVector<DeadlineList::Clock> &clocks = out.m_clocks;
    std::stable_sort(rows.begin(), rows.end(), [&clocks](const Row &a, const Row &b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.kind != b.kind)
            return kindOrder[a.kind] < kindOrder[b.kind];
        if (a.kind == DeadlineList::Incident) {
            const QDateTime &x = clocks.at(a.reference).dueAt;
            const QDateTime &y = clocks.at(b.reference).dueAt;
            if (x != y)
                return x < y;
        }
        return a.subjectId < b.subjectId;
    });

    DeadlineSummary &sum = out.m_summary;
    sum.total = int(rows.size());
    sum.dueSoonDays = soon;
    for (const Row &r : rows) {
        switch (r.status) {
        case DeadlineList::Open:
            ++sum.open;
            break;
        case DeadlineList::DueSoon:
            ++sum.dueSoon;
            break;
        case DeadlineList::Overdue:
            ++sum.overdue;
            break;
        case DeadlineList::DoneOnTime:
            ++sum.doneOnTime;
            break;
        case DeadlineList::DoneLate:
            ++sum.doneLate;
            break;
        }
    }
    return out;
}

QString DeadlineEngine::subject(const DeadlineList &list, const DeadlineList::Row &r)
{
    switch (r.kind) {
    case DeadlineList::Reidentification:
        return tr("Re-identification after the change report of %1 (%2)")
            .arg(r.name, r.since.toString(Qt::ISODate));
    case DeadlineList::Notification:
        return tr("Target: notify the operator and the MPS of case %1 (%2)")
            .arg(r.subjectId)
            .arg(r.name);
    case DeadlineList::Assessment:
        return tr("Annual risk assessment %1 of %2").arg(r.due.year()).arg(r.name);
    case DeadlineList::Event: {
        const DeadlineList::EventText &e = list.m_events.at(r.reference);
        QString text = tr("Follow up the %1 reported by %2 (%3)")
                           .arg(eventKindName(e.kind), r.name, r.since.toString(Qt::ISODate));
        if (!e.review.isEmpty())
            text += tr(" — review the CII systems: %1").arg(e.review.join(QStringLiteral(", ")));
        return text;
    }
    case DeadlineList::Rectification:
        return tr("Rectification of finding %1 (inspection %2, %3)")
            .arg(r.subjectId)
            .arg(r.reference)
            .arg(r.name);
    case DeadlineList::Incident: {
        const QString &clock = list.m_clocks.at(r.reference).key;
        const QString id = QString::number(r.subjectId);
        if (clock == QLatin1String("operator-report"))
            return tr("The operator's report of incident %1 (%2), due 1 hour after discovery")
                .arg(id, r.name);
        if (clock == QLatin1String("onward-report"))
            return tr("Onward report of incident %1 (%2) to the CAC and the MPS").arg(id, r.name);
        if (clock == QLatin1String("follow-up"))
            return tr("Follow-up report of incident %1 (%2)").arg(id, r.name);
        if (clock == QLatin1String("summary-report"))
            return tr("Summary report of incident %1 (%2)").arg(id, r.name);
        return tr("Report of incident %1 (%2)").arg(id, r.name);
    }
    case DeadlineList::Enforcement: {
        const QString &step = list.m_waits.at(r.reference).key;
        const QString id = QString::number(r.subjectId);
        if (step == QLatin1String("rectification"))
            return tr("Rectification ordered in enforcement case %1 (%2)").arg(id, r.name);
        if (step == QLatin1String("statement"))
            return tr("Statement and defence in enforcement case %1 (%2)").arg(id, r.name);
        if (step == QLatin1String("hearing-request"))
            return tr("Time to request a hearing in enforcement case %1 (%2)").arg(id, r.name);
        if (step == QLatin1String("reconsideration"))
            return tr("Time to apply for administrative reconsideration in enforcement case %1 "
                      "(%2)")
                .arg(id, r.name);
        if (step == QLatin1String("litigation"))
            return tr("Time to bring an administrative lawsuit in enforcement case %1 (%2)")
                .arg(id, r.name);
        return tr("Enforcement case %1 (%2)").arg(id, r.name);
    }
    }
    return {};
}

QDateTime DeadlineEngine::judgedAt(const DeadlineFacts &facts, const QDate &today)
{
    if (facts.now.isValid())
        return facts.now.toUTC();
    const QDateTime current = QDateTime::currentDateTimeUtc();
    return ChinaTime::localDate(current) == today ? current : ChinaTime::at(today, QTime(0, 0));
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
            QStringLiteral("notification"),     QStringLiteral("event"),
            QStringLiteral("rectification"),    QStringLiteral("incident"),
            QStringLiteral("enforcement")};
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
        return tr("Incident report");
    if (kind == QLatin1String("enforcement"))
        return tr("Enforcement");
    return kind;
}

QString DeadlineEngine::eventKindName(const QString &kind)
{
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
