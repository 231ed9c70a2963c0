#include "icalendar.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

namespace cii {

QString ICalendar::escapeText(const QString &text)
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

QString ICalendar::unescapeText(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

QByteArray ICalendar::begin(const QString &prodId, const QString &calendarName,
                            const QString &classification)
{
    QByteArray out = line(QStringLiteral("BEGIN:VCALENDAR"));
    out += line(QStringLiteral("VERSION:2.0"));
    out += line(QStringLiteral("PRODID:") + prodId);
    out += line(QStringLiteral("X-WR-CALNAME:") + escapeText(calendarName));
    if (!classification.isEmpty())
        out += line(QStringLiteral("X-WR-CALDESC:") + escapeText(classification));
    return out;
}

QByteArray ICalendar::allDay(const QDate &first, const QDate &last)
{
    QByteArray out =
        line(QStringLiteral("DTSTART;VALUE=DATE:") + first.toString(QStringLiteral("yyyyMMdd")));
    const QDate after = last.addDays(1);
    if (after.year() <= 9999)
        out +=
            line(QStringLiteral("DTEND;VALUE=DATE:") + after.toString(QStringLiteral("yyyyMMdd")));
    else
        out += line(QStringLiteral("DURATION:P%1D").arg(first.daysTo(last) + 1));
    return out;
}

QDate ICalendar::allDayLast(const QMap<QString, QString> &event, const QDate &first)
{
    const QString end = event.value(QStringLiteral("DTEND")).left(8);
    if (!end.isEmpty())
        return QDate::fromString(end, QStringLiteral("yyyyMMdd")).addDays(-1);
    const QString duration = event.value(QStringLiteral("DURATION")).trimmed();
    if (duration.isEmpty())
        return first;
    static const QRegularExpression span(QStringLiteral("^\\+?P(\\d{1,6})([DW])$"));
    const QRegularExpressionMatch m = span.match(duration);
    if (!m.hasMatch() || !first.isValid())
        return {};
    const qint64 days = m.captured(1).toLongLong() * (m.captured(2) == QLatin1String("W") ? 7 : 1);
    return days > 0 ? first.addDays(days - 1) : QDate();
}

QByteArray ICalendar::line(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    int count = 0; // octets on the current physical line
    for (int i = 0; i < utf8.size();) {
        const uchar b = uchar(utf8.at(i));
        const int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : 4;
        if (count + len > 75) {
            out += "\r\n ";
            count = 1;
        }
        out += utf8.mid(i, len);
        count += len;
        i += len;
    }
    return out + "\r\n";
}

Result<QVector<ICalendar::Event>> ICalendar::events(const QByteArray &ics)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(ics);
    if (utf8.hasError())
        return Error::input(tr("the calendar is not UTF-8 text (RFC 5545 requires it)"));
    // Unfold: a line starting with a space or tab continues the previous one. Each logical
    // line keeps the number of the physical line it starts on.
    QVector<QPair<int, QString>> lines;
    int number = 0;
    for (QString physical : text.split(QLatin1Char('\n'))) {
        ++number;
        if (physical.endsWith(QLatin1Char('\r')))
            physical.chop(1);
        if ((physical.startsWith(QLatin1Char(' ')) || physical.startsWith(QLatin1Char('\t'))) &&
            !lines.isEmpty())
            lines.last().second += physical.mid(1);
        else if (!physical.isEmpty())
            lines.append({number, physical});
    }
    QStringList errors;
    QVector<Event> out;
    // The open components, innermost last, with the line each began on.
    QVector<QPair<QString, int>> open;
    bool ended = false;
    for (const auto &[at, l] : lines) {
        const qsizetype colon = l.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            errors
                << tr("line %1: '%2' is not a content line (NAME:value)").arg(at).arg(l.left(40));
            continue;
        }
        const QString full = l.left(colon).toUpper();
        const QString value = l.mid(colon + 1);
        if (ended) {
            errors << tr("line %1: content after END:VCALENDAR").arg(at);
            break;
        }
        if (open.isEmpty() &&
            !(full == QLatin1String("BEGIN") && value.toUpper() == QLatin1String("VCALENDAR"))) {
            errors << tr("line %1: a calendar begins with BEGIN:VCALENDAR").arg(at);
            break;
        }
        if (full == QLatin1String("BEGIN")) {
            const QString component = value.trimmed().toUpper();
            if (component == QLatin1String("VEVENT")) {
                if (open.size() != 1 || open.first().first != QLatin1String("VCALENDAR"))
                    errors << tr("line %1: BEGIN:VEVENT inside %2 (line %3), which has not ended")
                                  .arg(at)
                                  .arg(open.isEmpty() ? QString() : open.last().first)
                                  .arg(open.isEmpty() ? 0 : open.last().second);
                out.append(Event{at, {}});
            }
            open.append({component, at});
            continue;
        }
        if (full == QLatin1String("END")) {
            const QString component = value.trimmed().toUpper();
            if (open.isEmpty() || open.last().first != component) {
                errors << (open.isEmpty()
                               ? tr("line %1: END:%2 without BEGIN").arg(at).arg(component)
                               : tr("line %1: END:%2, but %3 begun on line %4 has not ended")
                                     .arg(at)
                                     .arg(component, open.last().first)
                                     .arg(open.last().second));
                break;
            }
            open.removeLast();
            ended = open.isEmpty();
            continue;
        }
        // Properties of the event itself; those of components inside it (VALARM) are not its.
        if (open.size() == 2 && open.last().first == QLatin1String("VEVENT")) {
            out.last().properties.insert(full.section(QLatin1Char(';'), 0, 0), value);
            if (full.contains(QLatin1Char(';')))
                out.last().properties.insert(full, value);
        }
    }
    if (errors.isEmpty() && !ended) {
        if (open.isEmpty())
            errors << tr("the calendar is empty");
        else
            for (auto it = open.crbegin(); it != open.crend(); ++it)
                errors << tr("line %1: %2 begun here has no END:%2").arg(it->second).arg(it->first);
    }
    if (!errors.isEmpty())
        return Error::input(tr("the file is not a valid iCalendar file; nothing was imported"),
                            errors);
    return out;
}

} // namespace cii
