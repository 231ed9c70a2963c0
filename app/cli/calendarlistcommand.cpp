#include "calendarlistcommand.h"

#include "i18n/language.h"
#include "jsonstream.h"
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
    // The calendar (every imported year) first: the list of years follows the days.
    Result<HolidayCalendar> calendar = repo.calendar();
    if (!calendar)
        return ctx.fail(calendar.error());
    if (ctx.json) {
        ctx.out().flush();
        JsonStream json(stdout);
        json.beginObject();
        json.key(QLatin1String("days"));
        json.beginArray();
        const Status s = repo.forEachDay(int(year), [&](const CalendarDay &d) {
            json.beginObject();
            json.key(QLatin1String("date"));
            json.string(d.date.toString(Qt::ISODate));
            json.key(QLatin1String("kind"));
            json.string(d.kind);
            json.key(QLatin1String("name_en"));
            json.string(d.nameEn);
            json.key(QLatin1String("name_zh"));
            json.string(d.nameZh);
            json.key(QLatin1String("source_year"));
            json.integer(d.sourceYear);
            json.endObject();
        });
        if (!s) {
            json.abandon();
            return ctx.fail(s.error());
        }
        json.endArray();
        json.key(QLatin1String("years"));
        json.beginArray();
        for (int y : calendar->years())
            json.integer(y);
        json.endArray();
        json.endObject();
        json.finish();
        return Ok;
    }
    if (const int code = ctx.printTable(
            {tr("Date"), tr("Kind"), tr("Name")},
            [&](const CliContext::RowSink &row) {
                return repo.forEachDay(int(year), [&](const CalendarDay &d) {
                    row({d.date.toString(Qt::ISODate),
                         d.kind == QLatin1String("holiday") ? tr("holiday")
                                                            : tr("make-up working day"),
                         Language::pick(d.nameZh, d.nameEn)});
                });
            });
        code != Ok)
        return code;
    if (year != 0 && !calendar->covers(int(year)))
        ctx.out() << tr("The calendar does not cover %1: deadlines in it are judged by weekends "
                        "only until that year's arrangement is imported (calendar import FILE).")
                         .arg(year)
                  << Qt::endl;
    return Ok;
}

} // namespace cii::cli
