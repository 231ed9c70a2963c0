#pragma once

#include "schedule/deadlinefacts.h"
#include "schedule/deadlineitem.h"
#include "schedule/deadlinelist.h"

#include <QCoreApplication>

namespace cii {

// One place that turns stored facts into what is due (Art. 11, 17, 18, 21 and the Art. 10
// notifications), with "today" given: a pure function, so the list can never drift from the
// facts it comes from. Items are sorted by due date, then kind, then subject.
class DeadlineEngine
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineEngine)

public:
    // The compact list: rows without text, the counts, in a few tens of milliseconds for
    // 80,000 decided systems.
    static DeadlineList list(const DeadlineFacts &facts, const QDate &today);
    // Every item with its text (list(), then each item made).
    static QVector<DeadlineItem> items(const DeadlineFacts &facts, const QDate &today);
    static DeadlineSummary summary(const DeadlineFacts &facts, const QDate &today);

    // Art. 11: three calendar months after the report was received; where that day does not
    // exist the month's last day (30 November → 28/29 February). Never "90 days".
    static QDate reidentificationDue(const QDate &received);
    // The legal last day of the item's due date (Civil Code Art. 203), then its status and
    // days judged against that last day.
    static void settle(DeadlineItem &item, const QDate &today, int dueSoonDays,
                       const HolidayCalendar &calendar = HolidayCalendar());
    // Art. 17: the years an annual assessment is required of a system, from the periods in
    // which its decision in force was CII; `decisions` are its decided cases, oldest first.
    static QVector<int>
    assessmentYears(const QVector<const DeadlineFacts::DecidedCase *> &decisions,
                    const DeadlineSettings &settings, const QDate &today);
    static QDate assessmentDue(int year, const DeadlineSettings &settings);

    // "Due 2026-10-01, last day 2026-10-08 after National Day" in the current language,
    // with "(target)" for a department's own date and the missing calendar said.
    static QString periodText(const DeadlineItem &item);

    // The instant timed clocks are judged at (DeadlineFacts::now, else now or the start of
    // `today` in China time).
    static QDateTime judgedAt(const DeadlineFacts &facts, const QDate &today);

    static QStringList kinds();
    static QStringList statuses();
    static QString kindName(const QString &kind);
    // An operator event's kind (incident threat merger separation dissolution), lower case
    // for the middle of a sentence.
    static QString eventKindName(const QString &kind);
    static QString statusName(const QString &status);

private:
    friend class DeadlineList;
    using CaseRange =
        QPair<const DeadlineFacts::DecidedCase *const *, const DeadlineFacts::DecidedCase *const *>;
    static QVector<int> assessmentYears(CaseRange decisions, const DeadlineSettings &settings,
                                        const QDate &today);
    // The row's subject in the current language (the words items() has always made).
    static QString subject(const DeadlineList &list, const DeadlineList::Row &row);
};

} // namespace cii
