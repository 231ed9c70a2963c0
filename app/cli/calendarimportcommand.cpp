#include "calendarimportcommand.h"

#include "io/atomicfile.h"
#include "storage/calendarrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString CalendarImportCommand::name() const
{
    return QStringLiteral("calendar import");
}

QString CalendarImportCommand::summary() const
{
    return tr("Import a year's holiday arrangement (CSV: date,kind,name_zh,name_en"
              "[,source_year]); a year's rows replace that year.");
}

void CalendarImportCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Calendar CSV file."));
}

int CalendarImportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return ctx.usage(tr("expected: calendar import FILE"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QByteArray> bytes = AtomicFile::read(p.positionalArguments().at(0));
    if (!bytes)
        return ctx.fail(bytes.error());
    Result<QVector<CalendarDay>> days = HolidayCalendar::parseCsv(bytes.value());
    if (!days)
        return ctx.fail(days.error());
    Result<QList<int>> years = CalendarRepository(*db).import(days.value());
    if (!years)
        return ctx.fail(years.error());
    QJsonArray json;
    QStringList text;
    for (int y : years.value()) {
        json.append(y);
        text << QString::number(y);
    }
    if (ctx.json)
        ctx.printJson(
            {{QStringLiteral("years"), json}, {QStringLiteral("days"), int(days->size())}});
    else
        ctx.out() << tr("Imported %n day(s) for %1.", nullptr, int(days->size()))
                         .arg(text.join(QStringLiteral(", ")))
                  << Qt::endl;
    return Ok;
}

} // namespace cii::cli
