#include "inspectionsexportcommand.h"

#include "io/inspectiontransfer.h"
#include "storage/inspectionrepository.h"

namespace cii::cli {

QString InspectionsExportCommand::name() const
{
    return QStringLiteral("inspections export");
}

QString InspectionsExportCommand::summary() const
{
    return tr("Write the inspections as iCalendar (.ics) or CSV.");
}

void InspectionsExportCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("format"), tr("ics or csv."), QStringLiteral("F")});
    p.addOption({QStringLiteral("out"), tr("File to write (default: standard output)."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("year"), tr("Only inspections in this year."), QStringLiteral("Y")});
    p.addOption({QStringLiteral("all"), tr("Include merged and cancelled inspections.")});
}

int InspectionsExportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("ics") && format != QLatin1String("csv"))
        return ctx.usage(tr("--format takes ics or csv"));
    qint64 year = 0;
    if (!intOption(ctx, p, QStringLiteral("year"), &year, 2000, 2200))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<Inspection>> list = InspectionRepository(*db).list(0, int(year));
    if (!list)
        return ctx.fail(list.error());
    QVector<Inspection> shown;
    for (const Inspection &i : list.value())
        if (p.isSet(QStringLiteral("all")) || i.isActive())
            shown << i;
    const QString marking = AuditedExport::classification(*db);
    return writeExport(
        ctx, p, *db, {QStringLiteral("inspections"), format, {}, int(shown.size())},
        format == QLatin1String("ics")
            ? InspectionTransfer::toIcs(shown, QDateTime::currentDateTimeUtc(), marking)
            : InspectionTransfer::toCsv(shown, marking));
}

} // namespace cii::cli
