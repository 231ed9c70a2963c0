#include "calendarlistcommand.h"

#include "i18n/language.h"
#include "storage/calendarrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString CalendarListCommand::name() const
{
    return QStringLiteral("calendar list");
}

QString CalendarListCommand::summary() const
{
    return tr("List the statutory holidays and make-up working days in the store.");
}

void CalendarListCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("year"), tr("Only this year."), QStringLiteral("Y")});
}

int CalendarListCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 year = 0;
    if (!intOption(ctx, p, QStringLiteral("year"), &year, 1949, 9999))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    CalendarRepository repo(*db);
    Result<QVector<CalendarDay>> days = repo.days(int(year));
    if (!days)
        return ctx.fail(days.error());
    Result<HolidayCalendar> calendar = repo.calendar();
    if (!calendar)
        return ctx.fail(calendar.error());
    QJsonArray json;
    QVector<QStringList> rows;
    for (const CalendarDay &d : days.value()) {
        json.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                {QStringLiteral("kind"), d.kind},
                                {QStringLiteral("name_zh"), d.nameZh},
                                {QStringLiteral("name_en"), d.nameEn},
                                {QStringLiteral("source_year"), d.sourceYear}});
        rows << QStringList{d.date.toString(Qt::ISODate),
                            d.kind == QLatin1String("holiday") ? tr("holiday")
                                                               : tr("make-up working day"),
                            Language::pick(d.nameZh, d.nameEn)};
    }
    QJsonArray years;
    for (int y : calendar->years())
        years.append(y);
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("days"), json}, {QStringLiteral("years"), years}});
        return Ok;
    }
    ctx.printTable({tr("Date"), tr("Kind"), tr("Name")}, rows);
    if (year != 0 && !calendar->covers(int(year)))
        ctx.out() << tr("The calendar does not cover %1: deadlines in it are judged by weekends "
                        "only until that year's arrangement is imported (calendar import FILE).")
                         .arg(year)
                  << Qt::endl;
    return Ok;
}

} // namespace cii::cli
