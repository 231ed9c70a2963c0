#include "deadlinesexportcommand.h"

#include "io/deadlineexport.h"
#include "schedule/deadlineengine.h"
#include "storage/deadlinerepository.h"

#include <QDateTime>

namespace cii::cli {

QString DeadlinesExportCommand::name() const
{
    return QStringLiteral("deadlines export");
}

QString DeadlinesExportCommand::summary() const
{
    return tr("Write the due list as iCalendar (.ics) or CSV.");
}

void DeadlinesExportCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("format"), tr("ics or csv."), QStringLiteral("F")});
    p.addOption({QStringLiteral("today"), tr("Compute as of this day (default today)."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("out"), tr("File to write (default: standard output)."),
                 QStringLiteral("FILE")});
}

int DeadlinesExportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("ics") && format != QLatin1String("csv"))
        return ctx.usage(tr("--format takes ics or csv"));
    QDate today = QDate::currentDate();
    if (!dateOption(ctx, p, QStringLiteral("today"), &today, false))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<DeadlineFacts> facts = DeadlineRepository(*db).facts();
    if (!facts)
        return ctx.fail(facts.error());
    const DeadlineList list = DeadlineEngine::list(facts.value(), today);
    facts = DeadlineFacts();
    const QString marking = AuditedExport::classification(*db);
    // The calendar makes each item only while its event is written; CSV needs its rows.
    const QByteArray bytes =
        format == QLatin1String("ics")
            ? DeadlineExport::ics(list, QDateTime::currentDateTimeUtc(), marking)
            : DeadlineExport::csv(list.items(), marking);
    return writeExport(ctx, p, *db, {QStringLiteral("deadlines"), format, {}, list.size()}, bytes);
}

} // namespace cii::cli
