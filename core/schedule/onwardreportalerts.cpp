#include "onwardreportalerts.h"

#include <QSet>

namespace cii {

OnwardReportAlerts::Stage OnwardReportAlerts::stageOf(OnwardReportCountdown::Urgency urgency)
{
    switch (urgency) {
    case OnwardReportCountdown::Urgency::Overdue:
        return Stage::Overdue;
    case OnwardReportCountdown::Urgency::Last:
        return Stage::Last;
    case OnwardReportCountdown::Urgency::Due:
    case OnwardReportCountdown::Urgency::None:
        break;
    }
    return Stage::Due;
}

QVector<OnwardReportAlerts::Alert> OnwardReportAlerts::update(const QVector<OnwardReportDue> &open,
                                                              const QDateTime &now,
                                                              bool windowOnScreen,
                                                              bool trayAvailable)
{
    QVector<Alert> out;
    QSet<qint64> seen;
    for (const OnwardReportDue &clock : open) {
        if (!clock.dueAt.isValid())
            continue;
        seen.insert(clock.incidentId);
        // A received time corrected after the fact moves the clock: its stages count anew.
        if (m_due.value(clock.incidentId) != clock.dueAt) {
            m_due.insert(clock.incidentId, clock.dueAt);
            m_told.remove(clock.incidentId);
        }
        const OnwardReportCountdown::Urgency urgency =
            OnwardReportCountdown::urgencyOf(clock.dueAt, now);
        const Stage stage = stageOf(urgency);
        const auto told = m_told.constFind(clock.incidentId);
        if (told != m_told.cend() && int(told.value()) >= int(stage))
            continue;
        m_told.insert(clock.incidentId, stage);
        if (windowOnScreen || !trayAvailable)
            continue;
        out.append({clock, stage,
                    stage == Stage::Overdue
                        ? OnwardReportCountdown::minutesOverdue(clock.dueAt, now)
                        : OnwardReportCountdown::minutesLeft(clock.dueAt, now)});
    }
    for (auto it = m_told.begin(); it != m_told.end();) {
        if (!seen.contains(it.key())) {
            m_due.remove(it.key());
            it = m_told.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

} // namespace cii
