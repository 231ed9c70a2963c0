#include "deadlinelist.h"

#include "schedule/deadlineengine.h"

namespace cii {

QString DeadlineList::kindKey(Kind kind)
{
    switch (kind) {
    case Reidentification:
        return QStringLiteral("reidentification");
    case Assessment:
        return QStringLiteral("assessment");
    case Notification:
        return QStringLiteral("notification");
    case Event:
        return QStringLiteral("event");
    case Rectification:
        return QStringLiteral("rectification");
    case Incident:
        return QStringLiteral("incident");
    case Enforcement:
        return QStringLiteral("enforcement");
    }
    return {};
}

QString DeadlineList::statusKey(Status status)
{
    switch (status) {
    case Open:
        return QStringLiteral("open");
    case DueSoon:
        return QStringLiteral("due-soon");
    case Overdue:
        return QStringLiteral("overdue");
    case DoneOnTime:
        return QStringLiteral("done-on-time");
    case DoneLate:
        return QStringLiteral("done-late");
    }
    return {};
}

QString DeadlineList::sector(int i) const
{
    const qint16 s = m_rows.at(i).sector;
    return s >= 0 ? m_sectors.at(s) : QString();
}

QString DeadlineList::basis(int i) const
{
    const Row &r = m_rows.at(i);
    switch (r.kind) {
    case Reidentification:
        return QStringLiteral("Art. 11");
    case Notification:
        return QStringLiteral("Art. 10");
    case Assessment:
        return QStringLiteral("Art. 17");
    case Event: {
        // Art. 18 incidents and threats, Art. 21 mergers, separations, dissolutions: the
        // follow-up date is the department's.
        const QString &kind = m_events.at(r.reference).kind;
        return kind == QLatin1String("incident") || kind == QLatin1String("threat")
                   ? QStringLiteral("Art. 18")
                   : QStringLiteral("Art. 21");
    }
    case Rectification:
        return QStringLiteral("Art. 26");
    case Incident:
        return m_clocks.at(r.reference).basis;
    case Enforcement:
        return m_waits.at(r.reference).basis;
    }
    return {};
}

QDateTime DeadlineList::dueAt(int i) const
{
    const Row &r = m_rows.at(i);
    return r.kind == Incident ? m_clocks.at(r.reference).dueAt : QDateTime();
}

bool DeadlineList::timed(int i) const
{
    const Row &r = m_rows.at(i);
    return r.kind == Incident && m_clocks.at(r.reference).timed;
}

qint64 DeadlineList::minutes(int i) const
{
    const Row &r = m_rows.at(i);
    if (r.kind != Incident)
        return 0;
    const Clock &c = m_clocks.at(r.reference);
    // Whole minutes, rounded towards lateness: 30 seconds left is none left, 30 seconds late
    // is a minute late.
    auto floorMinutes = [](qint64 s) { return s >= 0 ? s / 60 : -((-s + 59) / 60); };
    // A day clock shows 23:59 as its instant but runs to the end of that minute, midnight
    // (Civil Code Art. 203): a summary sent at 23:59:30 is in time, as its status says.
    const QDateTime end = c.timed ? c.dueAt : c.dueAt.addSecs(60);
    if (c.doneAt.isValid())
        return -floorMinutes(-end.secsTo(c.doneAt));
    return floorMinutes(m_now.secsTo(end));
}

QDateTime DeadlineList::doneAt(int i) const
{
    const Row &r = m_rows.at(i);
    return r.kind == Incident ? m_clocks.at(r.reference).doneAt : QDateTime();
}

QString DeadlineList::subject(int i) const
{
    return DeadlineEngine::subject(*this, m_rows.at(i));
}

DeadlineItem DeadlineList::item(int i) const
{
    const Row &r = m_rows.at(i);
    static const QString subjectTypes[] = {
        QStringLiteral("change-report"),   QStringLiteral("system"),  QStringLiteral("case"),
        QStringLiteral("event"),           QStringLiteral("finding"), QStringLiteral("incident"),
        QStringLiteral("enforcement-case")};
    DeadlineItem item;
    item.kind = kindKey(r.kind);
    item.subject = subject(i);
    item.subjectType = subjectTypes[r.kind];
    item.subjectId = r.subjectId;
    item.sector = sector(i);
    item.systemId = r.systemId;
    item.due = r.due;
    const LastDay &last = m_lastDays.at(r.lastDay);
    item.lastDay = last.date;
    item.lastDayRestZh = last.restNameZh;
    item.lastDayRestEn = last.restNameEn;
    item.calendarMissing = last.calendarMissing;
    item.basis = basis(i);
    item.statutory = r.statutory;
    item.done = r.done;
    item.status = statusKey(r.status);
    item.days = r.days;
    if (r.kind == Incident) {
        const Clock &c = m_clocks.at(r.reference);
        item.clock = c.key;
        item.dueAt = c.dueAt;
        item.doneAt = c.doneAt;
        item.timed = c.timed;
        item.minutes = minutes(i);
    } else if (r.kind == Enforcement) {
        item.clock = m_waits.at(r.reference).key;
    }
    return item;
}

QVector<DeadlineItem> DeadlineList::items() const
{
    QVector<DeadlineItem> out;
    out.reserve(m_rows.size());
    for (int i = 0; i < size(); ++i)
        out << item(i);
    return out;
}

} // namespace cii
