#include "incidentslistcommand.h"

#include "domain/chinatime.h"
#include "jsonstream.h"
#include "storage/incidentrepository.h"

namespace cii::cli {

QString IncidentsListCommand::name() const
{
    return QStringLiteral("incidents list");
}

QString IncidentsListCommand::summary() const
{
    return tr("List incidents, newest received first.");
}

void IncidentsListCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("open"), tr("Only incidents not closed.")});
    p.addOption({QStringLiteral("grade"),
                 tr("Only incidents of this grade in force: %1, or ungraded.")
                     .arg(Incident::grades().join(QStringLiteral(", "))),
                 QStringLiteral("G")});
}

int IncidentsListCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QString grade = p.value(QStringLiteral("grade"));
    if (p.isSet(QStringLiteral("grade")) && !Incident::grades().contains(grade) &&
        grade != QLatin1String("ungraded"))
        return ctx.fail(Error::input(
            tr("--grade takes %1 or ungraded").arg(Incident::grades().join(QStringLiteral(", ")))));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<Incident>> list =
        IncidentRepository(*db).list(p.isSet(QStringLiteral("open")), grade);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("incidents"), [&](JsonStream &json) {
            for (const Incident &i : list.value())
                json.value(i.toListJson());
            return Status{};
        });
    return ctx.printTable(
        {tr("ID"), tr("Operator"), tr("Type"), tr("Grade"), tr("Status"), tr("Discovered"),
         tr("Received"), tr("Report late")},
        [&](const CliContext::RowSink &row) {
            for (const Incident &i : list.value())
                row({QString::number(i.id), i.operatorName, Incident::typeName(i.type),
                     Incident::gradeName(i.grade()), Incident::statusName(i.status),
                     ChinaTime::display(i.discovered), ChinaTime::display(i.received),
                     i.operatorReportLate()
                         ? tr("yes (%n min)", nullptr, int(i.operatorReportMinutes()))
                         : QString()});
            return Status{};
        });
}

} // namespace cii::cli
