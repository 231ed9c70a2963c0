#include "chinatime.h"

#include <QRegularExpression>

namespace cii {

QTimeZone ChinaTime::zone()
{
    static const QTimeZone china(8 * 3600);
    return china;
}

QString ChinaTime::iso(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toTimeZone(zone());
    const QString format = local.time().second() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss")
                                                 : QStringLiteral("yyyy-MM-ddTHH:mm");
    return local.toString(format) + QStringLiteral("+08:00");
}

QString ChinaTime::display(const QDateTime &instant)
{
    return instant.isValid()
               ? instant.toTimeZone(zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}

QString ChinaTime::stored(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                             : QString();
}

QDateTime ChinaTime::fromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

QDate ChinaTime::localDate(const QDateTime &instant)
{
    return instant.isValid() ? instant.toTimeZone(zone()).date() : QDate();
}

QDateTime ChinaTime::at(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, zone()).toUTC();
}

QDateTime ChinaTime::parse(const QString &text, QString *error)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return QDateTime();
    };
    if (!m.hasMatch())
        return refuse(tr("%1 is not a date and time like 2026-11-26T09:30+08:00").arg(text));
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QString clock = m.captured(2);
    const QTime time = QTime::fromString(clock, clock.size() > 5 ? QStringLiteral("HH:mm:ss")
                                                                 : QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid())
        return refuse(tr("%1 is not a real date and time").arg(text));
    const QString offset = m.captured(3);
    if (offset.isEmpty())
        return at(date, time);
    if (offset == QLatin1String("Z"))
        return QDateTime(date, time, QTimeZone::utc());
    const QString digits = QString(offset).remove(QLatin1Char(':'));
    const int hours = digits.mid(1, 2).toInt();
    const int minutes = digits.mid(3, 2).toInt();
    if (hours > 14 || minutes > 59)
        return refuse(tr("%1 has no such offset from UTC").arg(text));
    const int seconds =
        (hours * 3600 + minutes * 60) * (digits.startsWith(QLatin1Char('-')) ? -1 : 1);
    return QDateTime(date, time, QTimeZone(seconds)).toUTC();
}

} // namespace cii
