#pragma once

#include "schedule/deadlinefacts.h"
#include "schedule/deadlineitem.h"

#include <QCoreApplication>

namespace cii {

// One place that turns stored facts into what is due (Art. 11, 17, 18, 21 and the Art. 10
// notifications), with "today" given: a pure function, so the list can never drift from the
// facts it comes from. Items are sorted by due date, then kind, then subject.
class DeadlineEngine
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineEngine)

public:
    static QVector<DeadlineItem> items(const DeadlineFacts &facts, const QDate &today);

    // Art. 11: three calendar months after the report was received; where that day does not
    // exist the month's last day (30 November → 28/29 February). Never "90 days".
    static QDate reidentificationDue(const QDate &received);
    // Status and days of an item from its due and done dates.
    static void settle(DeadlineItem &item, const QDate &today, int dueSoonDays);

    static QStringList kinds();
    static QStringList statuses();
    static QString kindName(const QString &kind);
    static QString statusName(const QString &status);
};

} // namespace cii
