#include "rulestestcommand.h"

#include "rules/ruleengine.h"

#include <QJsonArray>

namespace cii::cli {

QString RulesTestCommand::name() const
{
    return QStringLiteral("rules test");
}

QString RulesTestCommand::summary() const
{
    return tr("Run a rule set's test cases (exit 0 when all pass, 3 when any fails).");
}

void RulesTestCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Rule set id."));
}

int RulesTestCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    return withRuleSet(ctx, p,
                       [&](Database &, const RuleSet &rules) { return report(ctx, rules); });
}

int RulesTestCommand::report(CliContext &ctx, const RuleSet &rules)
{
    const QVector<RuleTestResult> results = RuleEngine::runTests(rules);
    int failed = 0;
    QJsonArray list;
    QVector<QStringList> rows;
    for (const RuleTestResult &t : results) {
        failed += !t.pass;
        list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("expected"), t.expected},
                                {QStringLiteral("actual"), t.actual},
                                {QStringLiteral("pass"), t.pass}});
        rows << QStringList{t.pass ? tr("pass") : tr("FAIL"), t.name, t.expected, t.actual};
    }
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("tests"), list}});
    } else {
        ctx.printTable({tr("Result"), tr("Test case"), tr("Expected"), tr("Actual")}, rows);
        ctx.out() << tr("%1 passed, %2 failed").arg(results.size() - failed).arg(failed)
                  << Qt::endl;
    }
    return failed == 0 ? Ok : InputRejected;
}

} // namespace cii::cli
