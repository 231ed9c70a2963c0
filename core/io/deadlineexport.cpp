#include "deadlineexport.h"

#include "io/csvtable.h"
#include "io/icalendar.h"
#include "schedule/deadlineengine.h"

#include <QDateTime>

namespace cii {

QByteArray DeadlineExport::ics(const QVector<DeadlineItem> &items, const QDateTime &stamp,
                               const QString &classification)
{
    QByteArray out = ICalendar::begin(QStringLiteral("-//CII Workbench//Deadlines//EN"),
                                      tr("CII Workbench: deadlines"), classification);
    auto line = [&out](const QString &text) { out += ICalendar::line(text); };
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const DeadlineItem &item : items) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + item.uid());
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        // On the legal last day: that is the day to act by (the nominal date is described).
        line(QStringLiteral("DTSTART;VALUE=DATE:") +
             item.lastDay.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("DTEND;VALUE=DATE:") +
             item.lastDay.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("SUMMARY:") + ICalendar::escapeText(QStringLiteral("[%1] %2").arg(
                                              DeadlineEngine::kindName(item.kind), item.subject)));
        line(QStringLiteral("DESCRIPTION:") +
             ICalendar::escapeText(QStringLiteral("%1: %2\n%3\n%4")
                                       .arg(DeadlineEngine::statusName(item.status),
                                            item.due.toString(Qt::ISODate), item.subject,
                                            DeadlineEngine::periodText(item))));
        line(QStringLiteral("CATEGORIES:") + ICalendar::escapeText(item.kind));
        line(QStringLiteral("STATUS:") +
             (item.done.isValid() ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        out += ICalendar::confidential();
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

QByteArray DeadlineExport::csv(const QVector<DeadlineItem> &items, const QString &classification)
{
    QVector<QStringList> rows;
    for (const DeadlineItem &i : items)
        rows << QStringList{i.kind,
                            i.status,
                            i.due.toString(Qt::ISODate),
                            i.lastDay.toString(Qt::ISODate),
                            i.basis,
                            i.statutory ? QStringLiteral("true") : QStringLiteral("false"),
                            i.calendarMissing ? QStringLiteral("true") : QStringLiteral("false"),
                            i.done.isValid() ? i.done.toString(Qt::ISODate) : QString(),
                            QString::number(i.days),
                            i.sector,
                            i.subject,
                            i.uid()};
    const QString text = Csv::write(
        {QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("due"),
         QStringLiteral("last_day"), QStringLiteral("basis"), QStringLiteral("statutory"),
         QStringLiteral("calendar_missing"), QStringLiteral("done"), QStringLiteral("days"),
         QStringLiteral("sector"), QStringLiteral("subject"), QStringLiteral("uid")},
        rows, classification);
    return Csv::encode(text, Csv::Encoding::Utf8Bom);
}

} // namespace cii
