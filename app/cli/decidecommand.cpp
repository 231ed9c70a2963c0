#include "decidecommand.h"

#include "storage/caserepository.h"

namespace cii::cli {

QString DecideCommand::name() const
{
    return QStringLiteral("decide");
}

QString DecideCommand::summary() const
{
    return tr("Confirm a case's outcome, or override it with a reason.");
}

void DecideCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("CASE"), tr("Case id."));
    p.addOption({QStringLiteral("confirm"), tr("Confirm the engine's outcome.")});
    p.addOption({QStringLiteral("override"), tr("Decide cii or not-cii instead."),
                 QStringLiteral("OUTCOME")});
    p.addOption({QStringLiteral("reason"),
                 tr("Why the engine's outcome is overridden (required "
                    "with --override)."),
                 QStringLiteral("T")});
}

int DecideCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    const bool confirm = p.isSet(QStringLiteral("confirm"));
    const bool override_ = p.isSet(QStringLiteral("override"));
    if (confirm == override_)
        return ctx.usage(tr("choose --confirm or --override cii|not-cii --reason T"));
    const QString outcome = p.value(QStringLiteral("override"));
    if (override_ && outcome != QLatin1String("cii") && outcome != QLatin1String("not-cii"))
        return ctx.usage(tr("--override takes cii or not-cii"));
    if (override_ && p.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usage(tr("--override needs --reason T"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    CaseRepository repo(*db);
    if (Status s =
            repo.decide(id, override_ ? outcome : QString(), p.value(QStringLiteral("reason")));
        !s)
        return ctx.fail(s.error());
    Result<IdentificationCase> c = repo.byId(id);
    if (!c)
        return ctx.fail(c.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("id"), id},
                       {QStringLiteral("status"), c->status},
                       {QStringLiteral("decision"), c->decision},
                       {QStringLiteral("override"), c->isOverride()}});
    else
        ctx.err()
            << tr("Case %1 decided: %2").arg(id).arg(IdentificationCase::outcomeName(c->decision))
            << Qt::endl;
    return Ok;
}

} // namespace cii::cli
