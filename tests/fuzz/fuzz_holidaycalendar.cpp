// The holiday-calendar CSV (resources/calendar/cn-holidays.csv and a department's own file).
// A calendar that parses is used: every recorded day's Art. 203 last day is computed.

#include "fuzzsupport.h"
#include "schedule/holidaycalendar.h"

using namespace cii;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<QVector<CalendarDay>> days = HolidayCalendar::parseCsv(fuzz::bytesOf(data, size));
    if (!days) {
        fuzz::check(!days.error().message.isEmpty(), "a refusal has a message");
        return 0;
    }
    const HolidayCalendar calendar(days.value());
    for (const CalendarDay &d : days.value()) {
        fuzz::check(d.date.isValid(), "a parsed day has a date");
        const LastDay last = calendar.lastDay(d.date);
        fuzz::check(last.date.isValid() && last.date >= d.date, "the last day is not earlier",
                    d.date.toString(Qt::ISODate));
        fuzz::check(!calendar.isRestDay(last.date), "the last day is a working day",
                    last.date.toString(Qt::ISODate));
    }
    return 0;
}
