#pragma once

#include "schedule/onwardreportcountdown.h"

#include <QCoreApplication>

namespace cii {

// The words of the onward-report countdown, shared by the banner and the tray message:
// "Onward report of incident 12 (某电力公司) to the CAC and the MPS due 09:52 — 23 min left".
class OnwardReportText
{
    Q_DECLARE_TR_FUNCTIONS(OnwardReportText)

public:
    static QString line(const OnwardReportDue &clock, const QDateTime &now);
    // The banner's whole text: the soonest clock and, when there are more, how many.
    static QString banner(const OnwardReportCountdown::State &state, const QDateTime &now);
    // A duration in minutes as people say it: "23 min", "2 h 5 min", "3 days".
    static QString duration(qint64 minutes);
    // The due instant in China time: the time of day, with the date when it is not today's.
    static QString dueTime(const QDateTime &dueAt, const QDateTime &now);
};

} // namespace cii
