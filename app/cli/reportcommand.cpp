#include "reportcommand.h"

#include "domain/sector.h"
#include "services/sectorreport.h"

#include <QJsonArray>

namespace cii::cli {

QString ReportCommand::name() const
{
    return QStringLiteral("report");
}

QString ReportCommand::summary() const
{
    return tr("Write the annual report on one sector for the department's leadership; prints "
              "the file.");
}

void ReportCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("sector"), tr("Sector key (required)."), QStringLiteral("KEY")});
    p.addOption({QStringLiteral("year"), tr("Calendar year (required)."), QStringLiteral("Y")});
    p.addOption(
        {QStringLiteral("format"), tr("pdf or odt."), QStringLiteral("F"), QStringLiteral("pdf")});
    p.addOption({QStringLiteral("lang"), tr("zh, en or bilingual."), QStringLiteral("L"),
                 QStringLiteral("zh")});
    p.addOption(
        {QStringLiteral("out"), tr("Folder to write into (required)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("date"),
                 tr("Date of the report, YYYY-MM-DD (default today): overdue items are judged "
                    "on it."),
                 QStringLiteral("D")});
}

int ReportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    SectorReportRequest r;
    r.date = QDate::currentDate();
    if (!dateOption(ctx, p, QStringLiteral("date"), &r.date, false))
        return Usage;
    r.sector = p.value(QStringLiteral("sector"));
    if (r.sector.isEmpty())
        return ctx.usage(tr("--sector KEY is required"));
    if (!Sector::isKnown(r.sector))
        return ctx.usage(tr("unknown sector '%1'").arg(r.sector));
    if (!p.isSet(QStringLiteral("year")))
        return ctx.usage(tr("--year Y is required"));
    qint64 year = 0;
    if (!intOption(ctx, p, QStringLiteral("year"), &year, SectorReport::firstYear, r.date.year()))
        return Usage;
    r.year = int(year);
    if (!documentOptions(ctx, p, &r.format, &r.language))
        return Usage;
    if (!p.isSet(QStringLiteral("out")))
        return ctx.usage(tr("--out DIR is required"));
    r.outDir = p.value(QStringLiteral("out"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QString> path = SectorReport::write(*db, r);
    if (!path)
        return ctx.fail(path.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("files"), QJsonArray{path.value()}}});
    else
        ctx.out() << path.value() << Qt::endl;
    return Ok;
}

} // namespace cii::cli
