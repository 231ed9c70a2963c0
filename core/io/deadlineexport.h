#pragma once

#include "schedule/deadlineitem.h"

#include <QByteArray>
#include <QVector>

namespace cii {

// The due list as iCalendar (RFC 5545) for any calendar application, or as CSV.
class DeadlineExport
{
public:
    // One all-day VEVENT per item: DTSTART;VALUE=DATE at the due date, a UID stable across
    // exports (same fact, same UID), text escaped and lines folded at 75 octets, CRLF.
    static QByteArray ics(const QVector<DeadlineItem> &items, const QDateTime &stamp);
    // UTF-8 with BOM (opens in Excel): kind, status, due, done, days, sector, subject, uid.
    static QByteArray csv(const QVector<DeadlineItem> &items);
};

} // namespace cii
