#include "incidentscriterioncommand.h"

#include "storage/incidentrepository.h"

namespace cii::cli {

QString IncidentsCriterionCommand::name() const
{
    return QStringLiteral("incidents criterion");
}

QString IncidentsCriterionCommand::summary() const
{
    return tr("Confirm or edit a grading criterion (audited): its figure, comparison, enabled.");
}

void IncidentsCriterionCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("KEY"), tr("Criterion key (see 'incidents criteria')."));
    p.addOption({QStringLiteral("threshold"), tr("The figure, a number."), QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("op"), tr("The comparison: >= (以上) or > (超过)."), QStringLiteral("OP")});
    p.addOption({QStringLiteral("enable"), tr("Let the criterion count.")});
    p.addOption({QStringLiteral("disable"), tr("Stop the criterion counting.")});
}

int IncidentsCriterionCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return ctx.usage(tr("give one criterion key"));
    if (p.isSet(QStringLiteral("enable")) && p.isSet(QStringLiteral("disable")))
        return ctx.usage(tr("--enable and --disable exclude each other"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    IncidentRepository repo(*db);
    Result<QVector<IncidentCriterion>> criteria = repo.criteria();
    if (!criteria)
        return ctx.fail(criteria.error());
    const auto it = std::find_if(criteria->cbegin(), criteria->cend(),
                                 [&](const IncidentCriterion &c) { return c.key == args.first(); });
    if (it == criteria->cend())
        return ctx.fail(Error::input(tr("no grading criterion %1").arg(args.first())));
    IncidentCriterion c = *it;
    if (p.isSet(QStringLiteral("threshold")))
        c.threshold = p.value(QStringLiteral("threshold"));
    if (p.isSet(QStringLiteral("op")))
        c.op = p.value(QStringLiteral("op"));
    if (p.isSet(QStringLiteral("enable")))
        c.enabled = true;
    if (p.isSet(QStringLiteral("disable")))
        c.enabled = false;
    if (Status s = repo.updateCriterion(c); !s)
        return ctx.fail(s.error());
    if (ctx.json) {
        for (const IncidentCriterion &now : repo.criteria().value())
            if (now.key == c.key)
                ctx.printJson({{QStringLiteral("criterion"), now.toJson()}});
    }
    return Ok;
}

} // namespace cii::cli
