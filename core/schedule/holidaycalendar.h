#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

namespace cii {

// One day of the State Council's yearly holiday arrangement (关于20XX年部分节假日安排的通知).
struct CalendarDay
{
    QDate date;
    QString kind; // holiday (放假, weekends inside the block included) | workday (调休上班)
    QString nameZh;
    QString nameEn;
    int sourceYear = 0; // the year whose notice arranged this day
};

// The legal last day of a period whose nominal last day is given, and why it moved.
struct LastDay
{
    QDate date;
    bool calendarMissing = false; // the calendar lacks the year consulted: weekends only
    QString restNameZh;           // what the nominal day was: the holiday's name, or 周末
    QString restNameEn;
    bool moved() const { return !restNameZh.isEmpty(); }
};

// Statutory holidays and make-up working days as data, and the Civil Code's rule for the last
// day of a period. Pure: built from days, no I/O.
//
// Civil Code Art. 203: when the last day of a period is a statutory rest day, the day after
// the rest ends is the last day. A rest day is a statutory holiday, or a Saturday or Sunday
// that the year's arrangement does not make a working day; a make-up working day (调休上班)
// on a weekend is a working day. A year the calendar does not cover is judged by weekends
// alone and says so, because its arrangement is published only in the November before.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)

public:
    HolidayCalendar() = default;
    explicit HolidayCalendar(const QVector<CalendarDay> &days);

    // The years whose arrangement is recorded.
    bool covers(int year) const { return m_years.contains(year); }
    QList<int> years() const;
    bool isRestDay(const QDate &date) const;
    // Art. 203: `nominal` itself when it is a working day, else the first working day after.
    LastDay lastDay(const QDate &nominal) const;

    // The shipped calendar (resources/calendar/cn-holidays.csv), confirmed from the notices.
    static Result<QVector<CalendarDay>> shipped();
    // CSV with the header date,kind,name_zh,name_en[,source_year]; every bad row reported as
    // "row N, column X: reason". Without source_year a row belongs to its date's year.
    static Result<QVector<CalendarDay>> parseCsv(const QByteArray &bytes);

private:
    QVector<CalendarDay> m_days;
    QHash<QDate, int> m_index; // date → position in m_days
    QSet<int> m_years;
};

} // namespace cii
