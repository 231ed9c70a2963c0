#pragma once

#include "onwardreportcountdown.h"

#include <QHash>
#include <QVector>

namespace cii {

// When the desktop notification (the system tray's message) is shown for onward reports:
// once per clock and stage — the report has become due, it has entered its last 10 minutes,
// it is overdue — and only while the main window is minimised or hidden and a tray exists.
// A stage reached while the window is on screen is not told again later: the banner showed
// it. Pure state: the widgets ask update() on each refresh and show what it returns.
class OnwardReportAlerts
{
public:
    enum class Stage { Due = 1, Last = 2, Overdue = 3 };

    struct Alert
    {
        OnwardReportDue clock;
        Stage stage = Stage::Due;
        qint64 minutes = 0; // left (Due, Last) or past (Overdue), rounded up
    };

    // The alerts to show now for the open onward reports. A clock that is no longer open
    // (sent) is forgotten; one that jumps several stages at once (graded major late) gets
    // only the latest. Nothing is returned while the window is on screen or without a tray,
    // but the stages reached are remembered either way.
    QVector<Alert> update(const QVector<OnwardReportDue> &open, const QDateTime &now,
                          bool windowOnScreen, bool trayAvailable);

    static Stage stageOf(OnwardReportCountdown::Urgency urgency);

private:
    QHash<qint64, Stage> m_told;    // incident id → the latest stage reached
    QHash<qint64, QDateTime> m_due; // a clock whose due instant moves starts again
};

} // namespace cii
