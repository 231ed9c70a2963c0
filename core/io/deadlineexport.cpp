#include "deadlineexport.h"

#include "io/csvtable.h"
#include "schedule/deadlineengine.h"

#include <QDateTime>

namespace cii {

QString DeadlineExport::escapeText(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray DeadlineExport::fold(const QByteArray &line)
{
    QByteArray out;
    int count = 0; // octets on the current physical line
    for (int i = 0; i < line.size();) {
        // Length of the UTF-8 sequence starting here.
        const uchar b = uchar(line.at(i));
        const int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : 4;
        if (count + len > 75) {
            out += "\r\n ";
            count = 1;
        }
        out += line.mid(i, len);
        count += len;
        i += len;
    }
    return out;
}

QByteArray DeadlineExport::ics(const QVector<DeadlineItem> &items, const QDateTime &stamp)
{
    QByteArray out;
    auto line = [&out](const QString &text) { out += fold(text.toUtf8()) + "\r\n"; };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//CII Workbench//Deadlines//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const DeadlineItem &item : items) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + item.uid());
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + item.due.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("DTEND;VALUE=DATE:") +
             item.due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("SUMMARY:") + escapeText(QStringLiteral("[%1] %2").arg(
                                              DeadlineEngine::kindName(item.kind), item.subject)));
        line(QStringLiteral("DESCRIPTION:") +
             escapeText(QStringLiteral("%1: %2\n%3")
                            .arg(DeadlineEngine::statusName(item.status),
                                 item.due.toString(Qt::ISODate), item.subject)));
        line(QStringLiteral("CATEGORIES:") + escapeText(item.kind));
        line(QStringLiteral("STATUS:") +
             (item.done.isValid() ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

QByteArray DeadlineExport::csv(const QVector<DeadlineItem> &items)
{
    QVector<QStringList> rows;
    for (const DeadlineItem &i : items)
        rows << QStringList{i.kind,
                            i.status,
                            i.due.toString(Qt::ISODate),
                            i.done.isValid() ? i.done.toString(Qt::ISODate) : QString(),
                            QString::number(i.days),
                            i.sector,
                            i.subject,
                            i.uid()};
    const QString text =
        Csv::write({QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("due"),
                    QStringLiteral("done"), QStringLiteral("days"), QStringLiteral("sector"),
                    QStringLiteral("subject"), QStringLiteral("uid")},
                   rows);
    return Csv::encode(text, Csv::Encoding::Utf8Bom);
}

} // namespace cii
