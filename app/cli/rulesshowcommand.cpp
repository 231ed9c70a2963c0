#include "rulesshowcommand.h"

#include "i18n/language.h"
#include "rules/rulesetjson.h"

namespace cii::cli {

QString RulesShowCommand::name() const
{
    return QStringLiteral("rules show");
}

QString RulesShowCommand::summary() const
{
    return tr("Show one rule set with its criteria and test cases.");
}

void RulesShowCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Rule set id."));
}

int RulesShowCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    return withRuleSet(ctx, p, [&](Database &, const RuleSet &rules) { return show(ctx, rules); });
}

int RulesShowCommand::show(CliContext &ctx, const RuleSet &rules)
{
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("ruleset"), RuleSetJson::toJson(rules)}});
        return Ok;
    }
    QTextStream &o = ctx.out();
    o << Language::pick(rules.titleZh, rules.titleEn) << '\n'
      << tr("Sector %1, version %2, %3").arg(rules.sector).arg(rules.version).arg(rules.status);
    if (!rules.filingReference.isEmpty())
        o << tr(", filed %1 as %2").arg(rules.filedOn.toString(Qt::ISODate), rules.filingReference);
    o << '\n' << tr("Decision: %1").arg(rules.expression) << "\n\n";
    QVector<QStringList> rows;
    for (const Criterion &c : rules.criteria)
        rows << QStringList{c.id,
                            c.factor,
                            c.indicator,
                            c.op,
                            c.op == QLatin1String("in") ? c.set.join(QLatin1Char('|'))
                                                        : c.threshold,
                            c.appliesTo.join(QLatin1Char(',')),
                            Language::pick(c.textZh, c.textEn)};
    ctx.printTable({tr("ID"), tr("Factor"), tr("Indicator"), tr("Op"), tr("Threshold"),
                    tr("Applies to"), tr("Wording")},
                   rows);
    return Ok;
}

} // namespace cii::cli
