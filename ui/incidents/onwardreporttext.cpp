#include "onwardreporttext.h"

#include "domain/chinatime.h"

namespace cii {

QString OnwardReportText::duration(qint64 minutes)
{
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 24 * 60) {
        const int h = int(minutes / 60), m = int(minutes % 60);
        //: Hours and minutes, e.g. "2 h 5 min".
        return m ? tr("%1 h %2 min").arg(h).arg(m) : tr("%n h", nullptr, h);
    }
    return tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
}

QString OnwardReportText::dueTime(const QDateTime &dueAt, const QDateTime &now)
{
    if (ChinaTime::localDate(dueAt) == ChinaTime::localDate(now))
        return dueAt.toTimeZone(ChinaTime::zone()).toString(QStringLiteral("HH:mm"));
    return ChinaTime::display(dueAt);
}

QString OnwardReportText::line(const OnwardReportDue &clock, const QDateTime &now)
{
    const OnwardReportCountdown::Urgency u = OnwardReportCountdown::urgencyOf(clock.dueAt, now);
    const QString due = dueTime(clock.dueAt, now);
    if (u == OnwardReportCountdown::Urgency::Overdue)
        //: %1 incident number, %2 operator, %3 the time it was due, %4 how long ago.
        return tr("Onward report of incident %1 (%2) to the CAC and the MPS was due %3 — "
                  "overdue by %4")
            .arg(clock.incidentId)
            .arg(clock.operatorName, due,
                 duration(OnwardReportCountdown::minutesOverdue(clock.dueAt, now)));
    //: %1 incident number, %2 operator, %3 the time it is due, %4 the time left.
    return tr("Onward report of incident %1 (%2) to the CAC and the MPS due %3 — %4 left")
        .arg(clock.incidentId)
        .arg(clock.operatorName, due,
             duration(OnwardReportCountdown::minutesLeft(clock.dueAt, now)));
}

QString OnwardReportText::banner(const OnwardReportCountdown::State &state, const QDateTime &now)
{
    if (state.urgency == OnwardReportCountdown::Urgency::None)
        return QString();
    const QString first = line(state.soonest, now);
    if (state.others == 0)
        return first;
    //: %1 is the soonest onward report; the others are counted after it.
    return tr("%1 · and %n more", nullptr, state.others).arg(first);
}

} // namespace cii
