#include "icalendar.h"

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

QVector<QMap<QString, QString>> ICalendar::events(const QByteArray &ics)
{
    // Unfold: a line starting with a space or tab continues the previous one.
    QStringList lines;
    for (QString physical : QString::fromUtf8(ics).split(QLatin1Char('\n'))) {
        if (physical.endsWith(QLatin1Char('\r')))
            physical.chop(1);
        if ((physical.startsWith(QLatin1Char(' ')) || physical.startsWith(QLatin1Char('\t'))) &&
            !lines.isEmpty())
            lines.last() += physical.mid(1);
        else if (!physical.isEmpty())
            lines << physical;
    }
    QVector<QMap<QString, QString>> out;
    bool inEvent = false;
    for (const QString &l : lines) {
        const qsizetype colon = l.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString full = l.left(colon).toUpper();
        const QString value = l.mid(colon + 1);
        if (full == QLatin1String("BEGIN") && value.toUpper() == QLatin1String("VEVENT")) {
            inEvent = true;
            out.append(QMap<QString, QString>());
            continue;
        }
        if (full == QLatin1String("END") && value.toUpper() == QLatin1String("VEVENT")) {
            inEvent = false;
            continue;
        }
        if (!inEvent)
            continue;
        out.last().insert(full.section(QLatin1Char(';'), 0, 0), value);
        if (full.contains(QLatin1Char(';')))
            out.last().insert(full, value);
    }
    return out;
}

} // namespace cii
