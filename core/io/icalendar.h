#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QVector>

namespace cii {

// The parts of RFC 5545 the application writes and reads: content lines folded at 75
// octets, TEXT escaping, and VEVENT components read back as name → value maps.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(ICalendar)

public:
    struct Event
    {
        int line = 0; // where its BEGIN:VEVENT is, counting physical lines from 1
        QMap<QString, QString> properties;
    };

    // RFC 5545 TEXT escaping: backslash, semicolon, comma, newline.
    static QString escapeText(const QString &text);
    static QString unescapeText(const QString &text);
    // One content line, folded to at most 75 octets per line (never inside a UTF-8
    // sequence), with its CRLF.
    static QByteArray line(const QString &text);
    // BEGIN:VCALENDAR, VERSION, PRODID, and the calendar's name (X-WR-CALNAME) as calendar
    // applications show it, with the department's classification marking as its description
    // (X-WR-CALDESC) when there is one.
    static QByteArray begin(const QString &prodId, const QString &calendarName,
                            const QString &classification);
    // Events of our exports carry operator data: calendar applications are asked not to
    // share them (RFC 5545 §3.8.1.3).
    static QByteArray confidential() { return line(QStringLiteral("CLASS:CONFIDENTIAL")); }
    // DTSTART and the end of an all-day event from `first` to `last` (inclusive). DTEND is
    // the day after the last (exclusive); when that day has a five-digit year (a last day of
    // 9999-12-31), which a DATE value cannot hold (RFC 5545 §3.3.4), the same span is written
    // exactly as DURATION:PnD instead, so nothing is clamped and nothing refused.
    static QByteArray allDay(const QDate &first, const QDate &last);
    // The inclusive last day of an all-day event read back: DTEND minus one day, or
    // DTSTART plus DURATION (PnD or PnW) less one day, or DTSTART alone for a one-day event.
    // Invalid when DTEND or DURATION is there but unreadable.
    static QDate allDayLast(const QMap<QString, QString> &event, const QDate &first);
    // The VEVENTs of a calendar: property name (upper case, parameters dropped, e.g.
    // "DTSTART") → raw value; "DTSTART;VALUE=DATE" is also kept under its full name.
    // Strict: a content line without a colon, a component not ended, a missing
    // END:VCALENDAR, text that is not UTF-8 are errors, each with its line number.
    static Result<QVector<Event>> events(const QByteArray &ics);
};

} // namespace cii
