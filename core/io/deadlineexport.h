#pragma once

#include "schedule/deadlineitem.h"
#include "schedule/deadlinelist.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace cii {

// The due list as iCalendar (RFC 5545) for any calendar application, or as CSV.
class DeadlineExport
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineExport)

public:
    // One all-day VEVENT per item: DTSTART;VALUE=DATE at the due date, a UID stable across
    // exports (same fact, same UID), text escaped and lines folded at 75 octets, CRLF.
    // Each event is CLASS:CONFIDENTIAL; the calendar is named, with `classification` (the
    // department's marking) as its description.
    static QByteArray ics(const QVector<DeadlineItem> &items, const QDateTime &stamp,
                          const QString &classification = {});
    // The same from the compact list, each item made only while its event is written.
    static QByteArray ics(const DeadlineList &list, const QDateTime &stamp,
                          const QString &classification = {});
    // UTF-8 with BOM (opens in Excel): kind, status, due, done, days, sector, subject, uid.
    // `classification` is the first line (see Csv::write).
    static QByteArray csv(const QVector<DeadlineItem> &items, const QString &classification = {});
};

} // namespace cii
