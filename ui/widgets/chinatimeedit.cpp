#include "chinatimeedit.h"

#include "domain/chinatime.h"

namespace cii {

namespace {

QDateTime wallClock(const QDateTime &instant)
{
    const QDateTime china = instant.toTimeZone(ChinaTime::zone());
    return QDateTime(china.date(), QTime(china.time().hour(), china.time().minute()), Qt::UTC);
}

} // namespace

ChinaTimeEdit::ChinaTimeEdit(QWidget *parent) : QDateTimeEdit(parent)
{
    setTimeSpec(Qt::UTC);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    setCalendarPopup(true);
    setInstant(QDateTime::currentDateTimeUtc());
    connect(this, &QDateTimeEdit::dateTimeChanged, this,
            [this] { emit instantChanged(instant()); });
}

QDateTime ChinaTimeEdit::instant() const
{
    const QDateTime wall = dateTime();
    return ChinaTime::at(wall.date(), QTime(wall.time().hour(), wall.time().minute()));
}

void ChinaTimeEdit::setInstant(const QDateTime &instant)
{
    if (instant.isValid())
        setDateTime(wallClock(instant));
}

} // namespace cii
