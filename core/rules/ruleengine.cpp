#include "ruleengine.h"

#include "rules/decimal.h"

namespace cii {
namespace {

Tri criterionValue(const Criterion &c, const QString &category,
                   const QMap<QString, QString> &values, QString *result, QString *used)
{
    if (!c.appliesTo.isEmpty() &&
        !c.appliesTo.contains(category.isEmpty() ? QStringLiteral("other") : category)) {
        *result = QStringLiteral("not-applicable");
        return Tri::False;
    }
    const QString v = values.value(c.indicator).trimmed();
    *used = v;
    if (v.isEmpty()) {
        *result = QStringLiteral("missing");
        return Tri::Unknown;
    }
    bool met = false;
    if (c.op == QLatin1String("is-true")) {
        met = v == QLatin1String("true");
    } else if (c.op == QLatin1String("in")) {
        for (const QString &option : c.set) {
            if (option == v || (Decimal::isValid(option) && Decimal::isValid(v) &&
                                Decimal::compare(option, v) == 0))
                met = true;
        }
    } else if (Decimal::isValid(v) && Decimal::isValid(c.threshold)) {
        const int cmp = Decimal::compare(v, c.threshold);
        if (c.op == QLatin1String(">"))
            met = cmp > 0;
        else if (c.op == QLatin1String(">="))
            met = cmp >= 0;
        else if (c.op == QLatin1String("<"))
            met = cmp < 0;
        else if (c.op == QLatin1String("<="))
            met = cmp <= 0;
        else if (c.op == QLatin1String("="))
            met = cmp == 0;
    } else if (c.op == QLatin1String("=")) {
        met = v == c.threshold;
    }
    *result = met ? QStringLiteral("met") : QStringLiteral("not-met");
    return met ? Tri::True : Tri::False;
}

Tri combine(const FactorRule &rule, const QVector<Tri> &values)
{
    int yes = 0, unknown = 0;
    for (Tri t : values) {
        yes += t == Tri::True;
        unknown += t == Tri::Unknown;
    }
    const int n = int(values.size());
    int needed = 1;
    if (rule.mode == QLatin1String("all"))
        needed = n;
    else if (rule.mode == QLatin1String("at-least"))
        needed = rule.atLeast;
    if (n == 0 || needed <= 0)
        return n == 0 ? Tri::False : Tri::True;
    if (yes >= needed)
        return Tri::True;
    if (yes + unknown < needed)
        return Tri::False;
    return Tri::Unknown;
}

} // namespace

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
    RuleEvaluation out;
    QMap<QString, Tri> criterionValues;
    QMap<QString, QVector<Tri>> byFactor;
    for (const Criterion &c : rules.criteria) {
        CriterionTrace t;
        t.criterion = c.id;
        t.factor = c.factor;
        t.indicator = c.indicator;
        t.op = c.op;
        t.threshold = c.op == QLatin1String("in") ? c.set.join(QLatin1Char('|')) : c.threshold;
        const Tri v = criterionValue(c, category, values, &t.result, &t.value);
        criterionValues.insert(c.id, v);
        if (t.result != QLatin1String("not-applicable"))
            byFactor[c.factor].push_back(v);
        out.trace.push_back(t);
    }
    for (const QString &f : Factor::all())
        out.factors.insert(f, combine(rules.factorRule(f), byFactor.value(f)));

    const Result<Expression> expression = Expression::parse(rules.expression);
    if (!expression) {
        out.error = expression.error().message;
        out.outcome = Outcome::Insufficient;
        return out;
    }
    const Expression::Evaluation e = expression.value().evaluate([&](const QString &name) {
        if (out.factors.contains(name))
            return out.factors.value(name);
        return criterionValues.value(name, Tri::Unknown);
    });
    out.outcome = e.value == Tri::True    ? Outcome::Cii
                  : e.value == Tri::False ? Outcome::NotCii
                                          : Outcome::Insufficient;
    out.decidedBy = e.decidedBy;
    // Mark the criteria behind each deciding name: for a factor, those whose result matches
    // the factor's (the met ones when it is met, the unknown ones when it is unknown…).
    for (CriterionTrace &t : out.trace) {
        if (t.result == QLatin1String("not-applicable"))
            continue;
        const Tri v = criterionValues.value(t.criterion);
        if (e.decidedBy.contains(t.criterion))
            t.decisive = true;
        else if (e.decidedBy.contains(t.factor))
            t.decisive = v == out.factors.value(t.factor);
    }
    return out;
}

QVector<RuleTestResult> RuleEngine::runTests(const RuleSet &rules)
{
    QVector<RuleTestResult> out;
    for (const RuleTest &t : rules.tests) {
        const RuleEvaluation e = evaluate(rules, t.category, t.values);
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
