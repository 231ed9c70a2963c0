#pragma once

#include "domain/incident.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace cii {

// What the countdown banner says at one instant, for the onward reports to the CAC and the
// MPS still open (Reporting Measures Art. 4: 30 minutes from receipt for 重大 and 特别重大):
// the soonest one, how long is left (or how long it is overdue) and how urgent it is. Pure:
// the clocks and "now" come in, so a test sets the time to the second.
class OnwardReportCountdown
{
public:
    enum class Urgency {
        None,    // no onward report open
        Due,     // open, more than the last minutes left (amber)
        Last,    // in the last LastMinutes minutes, the due instant included (red)
        Overdue, // past the due instant (red)
    };
    // "Red in the last 10 minutes" (issue 14, deliverable 3).
    static constexpr int LastMinutes = 10;

    struct State
    {
        Urgency urgency = Urgency::None;
        OnwardReportDue soonest;
        int others = 0;     // further open onward reports ("and 2 more")
        qint64 minutes = 0; // left while due, past while overdue; whole minutes rounded up
    };

    static State at(const QVector<OnwardReportDue> &open, const QDateTime &now);
    static Urgency urgencyOf(const QDateTime &dueAt, const QDateTime &now);
    // Minutes rounded up, so a report is shown with "0 min left" only at its due instant and
    // "10 min left" exactly when it has turned red.
    static qint64 minutesLeft(const QDateTime &dueAt, const QDateTime &now);
    static qint64 minutesOverdue(const QDateTime &dueAt, const QDateTime &now);
    static bool isRed(Urgency u) { return u == Urgency::Last || u == Urgency::Overdue; }
};

} // namespace cii
