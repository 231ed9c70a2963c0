#include "incidentsshowcommand.h"

#include "domain/chinatime.h"
#include "storage/incidentrepository.h"

namespace cii::cli {

QString IncidentsShowCommand::name() const
{
    return QStringLiteral("incidents show");
}

QString IncidentsShowCommand::summary() const
{
    return tr("Show an incident with its grading trace and the timeline of its reports.");
}

void IncidentsShowCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Incident id."));
}

int IncidentsShowCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<Incident> found = IncidentRepository(*db).byId(id);
    if (!found)
        return ctx.fail(found.error());
    const Incident &i = found.value();
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("incident"), i.toJson()}});
        return Ok;
    }
    QTextStream &o = ctx.out();
    o << tr("Incident %1: %2, %3").arg(i.id).arg(i.operatorName, Incident::typeName(i.type)) << '\n'
      << tr("Grade: %1 (proposed: %2)")
             .arg(Incident::gradeName(i.grade()), Incident::gradeName(i.proposedGrade))
      << '\n';
    if (!i.gradeReason.isEmpty())
        o << tr("Reason for the department's grade: %1").arg(i.gradeReason) << '\n';
    o << tr("Status: %1").arg(Incident::statusName(i.status)) << '\n'
      << tr("Discovered: %1   Received: %2 (%n min)", nullptr, int(i.operatorReportMinutes()))
             .arg(ChinaTime::display(i.discovered), ChinaTime::display(i.received))
      << '\n';
    if (i.operatorReportLate())
        o << tr("The operator's report was late: more than one hour after discovery "
                "(Reporting Measures Art. 4).")
          << '\n';
    if (i.handlingEnded.isValid())
        o << tr("Handling ended: %1").arg(ChinaTime::display(i.handlingEnded)) << '\n';
    if (!i.description.isEmpty())
        o << i.description << '\n';
    o << '\n';
    if (!i.trace.isEmpty()) {
        QVector<QStringList> rows;
        for (const IncidentCriterionTrace &t : i.trace)
            rows << QStringList{t.criterion + (t.decisive ? QStringLiteral(" *") : QString()),
                                Incident::gradeName(t.grade),
                                t.fact,
                                t.value,
                                t.op,
                                t.threshold,
                                t.result};
        ctx.printTable({tr("Criterion"), tr("Grade"), tr("Fact"), tr("Value"), tr("Op"),
                        tr("Threshold"), tr("Result")},
                       rows);
        o << '\n';
    }
    QVector<QStringList> rows;
    for (const IncidentReport &r : i.timeline)
        rows << QStringList{ChinaTime::display(r.at), IncidentReport::kindName(r.kind),
                            IncidentReport::actionName(r.action), r.party, r.note};
    ctx.printTable({tr("At"), tr("Report"), tr("What"), tr("Party"), tr("Note")}, rows);
    return Ok;
}

} // namespace cii::cli
