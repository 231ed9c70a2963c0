#include "incidentsgradecommand.h"

#include "storage/incidentrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cii::cli {

QString IncidentsGradeCommand::name() const
{
    return QStringLiteral("incidents grade");
}

QString IncidentsGradeCommand::summary() const
{
    return tr("Grade an incident: the grading guide's proposal from facts, or the department's "
              "grade with a reason.");
}

void IncidentsGradeCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Incident id."));
    p.addOption({QStringLiteral("facts"),
                 tr("JSON object of facts, e.g. {\"cii-outage-hours\": 7}; see 'incidents "
                    "criteria'."),
                 QStringLiteral("FILE.json")});
    p.addOption(
        {QStringLiteral("set"),
         tr("The department's grade: %1.").arg(Incident::grades().join(QStringLiteral(", "))),
         QStringLiteral("G")});
    p.addOption({QStringLiteral("reason"), tr("Why, when the grade differs from the proposal."),
                 QStringLiteral("T")});
}

int IncidentsGradeCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    const bool facts = p.isSet(QStringLiteral("facts"));
    const bool set = p.isSet(QStringLiteral("set"));
    if (facts == set)
        return ctx.usage(tr("give either --facts FILE.json or --set G --reason T"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    IncidentRepository repo(*db);
    if (set) {
        const QString grade = p.value(QStringLiteral("set"));
        if (Status s = repo.decideGrade(id, grade, p.value(QStringLiteral("reason"))); !s)
            return ctx.fail(s.error());
        if (ctx.json)
            ctx.printJson({{QStringLiteral("id"), id}, {QStringLiteral("grade"), grade}});
        else
            ctx.out() << Incident::gradeName(grade) << Qt::endl;
        return Ok;
    }
    QFile file(p.value(QStringLiteral("facts")));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(
            Error::input(tr("cannot read %1: %2").arg(file.fileName(), file.errorString())));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ctx.fail(Error::input(
            tr("%1 is not a JSON object of facts: %2").arg(file.fileName(), error.errorString())));
    Result<QVector<IncidentCriterion>> criteria = repo.criteria();
    if (!criteria)
        return ctx.fail(criteria.error());
    Result<QMap<QString, QString>> values =
        IncidentGrader::factsFromJson(criteria.value(), doc.object());
    if (!values)
        return ctx.fail(values.error());
    Result<IncidentGrading> grading = repo.propose(id, values.value());
    if (!grading)
        return ctx.fail(grading.error());
    if (ctx.json) {
        QJsonArray trace;
        for (const IncidentCriterionTrace &t : grading->trace)
            trace.append(t.toJson());
        ctx.printJson(
            {{QStringLiteral("id"), id},
             {QStringLiteral("proposed_grade"), grading->grade},
             {QStringLiteral("deciding_criterion"), grading->decidingCriterion.isEmpty()
                                                        ? QJsonValue()
                                                        : QJsonValue(grading->decidingCriterion)},
             {QStringLiteral("grading"), trace}});
        return Ok;
    }
    ctx.out() << tr("Proposed grade: %1").arg(Incident::gradeName(grading->grade));
    if (!grading->decidingCriterion.isEmpty())
        ctx.out() << tr(" (decided by %1)").arg(grading->decidingCriterion);
    ctx.out() << Qt::endl;
    return Ok;
}

} // namespace cii::cli
