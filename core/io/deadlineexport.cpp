#include "deadlineexport.h"

#include "domain/legalbasis.h"
#include "i18n/language.h"
#include "io/csvtable.h"
#include "io/icalendar.h"
#include "schedule/deadlineengine.h"

#include <QDateTime>

namespace cii {

namespace {

// The calendar with one VEVENT per item that `item(i)` makes, for i below `count`.
template <typename ItemAt>
QByteArray calendar(int count, ItemAt item, const QDateTime &stamp, const QString &classification)
{
    QByteArray out =
        ICalendar::begin(QStringLiteral("-//CII Workbench//Deadlines//EN"),
                         DeadlineExport::tr("CII Workbench: deadlines"), classification);
    auto line = [&out](const QString &text) { out += ICalendar::line(text); };
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const bool chinese = Language::isChinese();
    for (int i = 0; i < count; ++i) {
        const DeadlineItem &it = item(i);
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + it.uid());
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        if (it.timed) {
            // An incident's report is due to the minute: an event at that instant.
            const QString at = it.dueAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            line(QStringLiteral("DTSTART:") + at);
            line(QStringLiteral("DTEND:") + at);
        } else {
            // On the legal last day: that is the day to act by (the nominal date is described).
            out += ICalendar::allDay(it.lastDay, it.lastDay);
        }
        line(QStringLiteral("SUMMARY:") + ICalendar::escapeText(QStringLiteral("[%1] %2").arg(
                                              DeadlineEngine::kindName(it.kind), it.subject)));
        // What is due, under which article, for which system or operator, by when.
        QStringList description;
        description << DeadlineExport::tr("%1 (%2)").arg(
            DeadlineEngine::kindName(it.kind),
            it.basis.isEmpty() ? DeadlineExport::tr("the department's own target")
                               : LegalBasis::citation(it.basis, chinese));
        description << it.subject;
        description << DeadlineExport::tr("Due %1; last day %2; %3")
                           .arg(it.due.toString(Qt::ISODate), it.lastDay.toString(Qt::ISODate),
                                DeadlineEngine::statusName(it.status));
        description << DeadlineEngine::periodText(it);
        if (const QString words = LegalBasis::text(it.basis, chinese); !words.isEmpty())
            description << words;
        line(QStringLiteral("DESCRIPTION:") +
             ICalendar::escapeText(description.join(QLatin1Char('\n'))));
        line(QStringLiteral("CATEGORIES:") + ICalendar::escapeText(it.kind));
        line(QStringLiteral("STATUS:") +
             (it.done.isValid() ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        out += ICalendar::confidential();
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace

QByteArray DeadlineExport::ics(const QVector<DeadlineItem> &items, const QDateTime &stamp,
                               const QString &classification)
{
    return calendar(
        int(items.size()), [&](int i) -> const DeadlineItem & { return items.at(i); }, stamp,
        classification);
}

QByteArray DeadlineExport::ics(const DeadlineList &list, const QDateTime &stamp,
                               const QString &classification)
{
    return calendar(
        list.size(), [&](int i) { return list.item(i); }, stamp, classification);
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
