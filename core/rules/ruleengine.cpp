#include "ruleengine.h"

#include "rules/compiledruleset.h"

namespace cii {

QJsonObject CriterionTrace::toJson() const
{
    return {{QStringLiteral("criterion"), criterion},
            {QStringLiteral("factor"), factor},
            {QStringLiteral("indicator"), indicator},
            {QStringLiteral("value"),
             value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value)},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("op"), op},
            {QStringLiteral("result"), result},
            {QStringLiteral("decisive"), decisive}};
}

QString RuleEngine::triName(Tri t)
{
    return t == Tri::True    ? QStringLiteral("met")
           : t == Tri::False ? QStringLiteral("not-met")
                             : QStringLiteral("unknown");
}

RuleEvaluation RuleEngine::evaluate(const RuleSet &rules, const QString &category,
                                    const QMap<QString, QString> &values)
{
    return CompiledRuleSet(rules).evaluate(category, values);
}

QVector<RuleTestResult> RuleEngine::runTests(const RuleSet &rules)
{
    QVector<RuleTestResult> out;
    const CompiledRuleSet compiled(rules);
    for (const RuleTest &t : rules.tests) {
        const RuleEvaluation e = compiled.evaluate(t.category, t.values);
        out.push_back(
            {t.name, t.expected, e.outcome, e.outcome == t.expected && e.error.isEmpty()});
    }
    return out;
}

bool RuleEngine::allTestsPass(const RuleSet &rules)
{
    for (const RuleTestResult &r : runTests(rules)) {
        if (!r.pass)
            return false;
    }
    return true;
}

} // namespace cii
