#include "casesshowcommand.h"

#include "storage/caserepository.h"
#include "storage/rulesetrepository.h"

namespace cii::cli {

QString CasesShowCommand::name() const
{
    return QStringLiteral("cases show");
}

QString CasesShowCommand::summary() const
{
    return tr("Show one identification case with its trace.");
}

void CasesShowCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("CASE"), tr("Case id."));
}

int CasesShowCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<IdentificationCase> c = CaseRepository(*db).byId(id);
    if (!c)
        return ctx.fail(c.error());
    Result<RuleSet> rules = RuleSetRepository(*db).byId(c->rulesetId);
    if (!rules)
        return ctx.fail(rules.error());
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("case"), c->toJson(&rules.value())}});
        return Ok;
    }
    QTextStream &o = ctx.out();
    o << tr("Case %1 — system %2 (%3), rules version %4")
             .arg(c->id)
             .arg(c->systemId)
             .arg(c->systemName)
             .arg(c->rulesetVersion)
      << '\n'
      << tr("Engine: %1").arg(IdentificationCase::outcomeName(c->outcome)) << '\n'
      << tr("Status: %1").arg(IdentificationCase::statusName(c->status)) << '\n';
    if (c->isDecided())
        o << tr("Decision: %1 by %2 at %3")
                 .arg(IdentificationCase::outcomeName(c->decision), c->decidedBy,
                      c->decidedAt.toLocalTime().toString(Qt::ISODate))
          << (c->isOverride() ? QStringLiteral(" — ") + c->overrideReason : QString()) << '\n';
    if (c->needsMlpsFollowUp())
        o << tr("Follow-up: decided CII but protected at MLPS level %1, below level 3 — ask the "
                "operator to raise its classified protection.")
                 .arg(c->mlpsLevel)
          << '\n';
    QVector<QStringList> rows;
    for (const CriterionTrace &t : c->trace(rules.value()))
        rows << QStringList{t.criterion,
                            t.indicator,
                            t.value,
                            t.op,
                            t.threshold,
                            t.result,
                            t.decisive ? QStringLiteral("*") : QString()};
    ctx.printTable({tr("Criterion"), tr("Indicator"), tr("Value"), tr("Op"), tr("Threshold"),
                    tr("Result"), tr("Decisive")},
                   rows);
    return Ok;
}

} // namespace cii::cli
