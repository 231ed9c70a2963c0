#include "onwardreportcountdown.h"

namespace cii {

namespace {

qint64 roundedUpMinutes(qint64 seconds)
{
    return seconds <= 0 ? 0 : (seconds + 59) / 60;
}

} // namespace

OnwardReportCountdown::Urgency OnwardReportCountdown::urgencyOf(const QDateTime &dueAt,
                                                                const QDateTime &now)
{
    if (!dueAt.isValid())
        return Urgency::None;
    // As the deadline engine judges a timed clock: overdue only once now is past the instant.
    const qint64 left = now.secsTo(dueAt);
    if (left < 0)
        return Urgency::Overdue;
    return left <= LastMinutes * 60 ? Urgency::Last : Urgency::Due;
}

qint64 OnwardReportCountdown::minutesLeft(const QDateTime &dueAt, const QDateTime &now)
{
    return roundedUpMinutes(now.secsTo(dueAt));
}

qint64 OnwardReportCountdown::minutesOverdue(const QDateTime &dueAt, const QDateTime &now)
{
    return roundedUpMinutes(dueAt.secsTo(now));
}

OnwardReportCountdown::State OnwardReportCountdown::at(const QVector<OnwardReportDue> &open,
                                                       const QDateTime &now)
{
    State s;
    const OnwardReportDue *soonest = nullptr;
    int valid = 0;
    for (const OnwardReportDue &d : open) {
        if (!d.dueAt.isValid())
            continue;
        ++valid;
        // The soonest first; of two due at once the older incident.
        if (!soonest || d.dueAt < soonest->dueAt ||
            (d.dueAt == soonest->dueAt && d.incidentId < soonest->incidentId))
            soonest = &d;
    }
    if (!soonest)
        return s;
    s.soonest = *soonest;
    s.others = valid - 1;
    s.urgency = urgencyOf(soonest->dueAt, now);
    s.minutes = s.urgency == Urgency::Overdue ? minutesOverdue(soonest->dueAt, now)
                                              : minutesLeft(soonest->dueAt, now);
    return s;
}

} // namespace cii
