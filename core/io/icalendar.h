#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

namespace cii {

// The parts of RFC 5545 the application writes and reads: content lines folded at 75
// octets, TEXT escaping, and VEVENT components read back as name → value maps.
class ICalendar
{
public:
    // RFC 5545 TEXT escaping: backslash, semicolon, comma, newline.
    static QString escapeText(const QString &text);
    static QString unescapeText(const QString &text);
    // One content line, folded to at most 75 octets per line (never inside a UTF-8
    // sequence), with its CRLF.
    static QByteArray line(const QString &text);
    // The VEVENTs of a calendar: property name (upper case, parameters dropped, e.g.
    // "DTSTART") → raw value; "DTSTART;VALUE=DATE" is also kept under its full name.
    static QVector<QMap<QString, QString>> events(const QByteArray &ics);
};

} // namespace cii
