#pragma once

#include "result.h"
#include "schedule/holidaycalendar.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

namespace cii {

class Database;

// The holiday calendar in the store (Civil Code Art. 203). Importing a year's arrangement
// replaces every day of that year's notice, in one audited transaction.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    explicit CalendarRepository(Database &db) : m_db(db) {}

    Result<HolidayCalendar> calendar() const;
    // year 0: every day.
    Result<QVector<CalendarDay>> days(int year = 0) const;
    // The same days handed over one at a time as they are read.
    Status forEachDay(int year, const std::function<void(const CalendarDay &)> &each) const;
    // Replaces the days of each source year present in `days`; returns the years replaced.
    Result<QList<int>> import(const QVector<CalendarDay> &days);

private:
    Database &m_db;
};

} // namespace cii
