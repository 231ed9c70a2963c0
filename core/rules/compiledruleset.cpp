#include "compiledruleset.h"

#include "rules/decimal.h"

namespace cii {
namespace {

// Shared strings for the results, so a trace entry costs no allocation for them.
const QString ResultNames[] = {QStringLiteral("met"), QStringLiteral("not-met"),
                               QStringLiteral("missing"), QStringLiteral("not-applicable")};
const char ResultCodes[] = {'M', 'N', 'U', '-'};

// A factor's value from its applicable criteria: how many met, how many unknown, of how many.
Tri combine(const FactorRule &rule, int yes, int unknown, int n)
{
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

CompiledRuleSet::CompiledRuleSet(RuleSet rules) : m_rules(std::move(rules))
{
    Result<Expression> e = Expression::parse(m_rules.expression);
    if (e)
        m_expression = e.value();
    else
        m_error = e.error().message;
    const QStringList factors = Factor::all();
    for (int f = 0; f < factors.size(); ++f) {
        m_factorRules << m_rules.factorRule(factors.at(f));
        m_nameIndex.insert(factors.at(f), -1 - f);
    }
    for (int i = 0; i < m_rules.criteria.size(); ++i) {
        const Criterion &c = m_rules.criteria.at(i);
        if (!m_indicatorIndex.contains(c.indicator)) {
            m_indicatorIndex.insert(c.indicator, int(m_indicators.size()));
            m_indicators << c.indicator;
        }
        Prepared p;
        p.indicator = m_indicatorIndex.value(c.indicator);
        p.appliesTo = c.appliesTo;
        p.threshold = c.op == QLatin1String("in") ? c.set.join(QLatin1Char('|')) : c.threshold;
        p.numeric = Decimal::isValid(c.threshold);
        p.factor = int(factors.indexOf(c.factor));
        m_prepared << p;
        if (!m_nameIndex.contains(c.id))
            m_nameIndex.insert(c.id, i);
    }
}

Tri CompiledRuleSet::criterionValue(int index, const QString &category, const QString &value,
                                    Mark *result) const
{
    const Criterion &c = m_rules.criteria.at(index);
    const Prepared &p = m_prepared.at(index);
    if (!p.appliesTo.isEmpty() &&
        !p.appliesTo.contains(category.isEmpty() ? QStringLiteral("other") : category)) {
        *result = Mark::NotApplicable;
        return Tri::False;
    }
    if (value.isEmpty()) {
        *result = Mark::Missing;
        return Tri::Unknown;
    }
    bool met = false;
    if (c.op == QLatin1String("is-true")) {
        met = value == QLatin1String("true");
    } else if (c.op == QLatin1String("in")) {
        for (const QString &option : c.set) {
            if (option == value || (Decimal::isValid(option) && Decimal::isValid(value) &&
                                    Decimal::compare(option, value) == 0))
                met = true;
        }
    } else if (p.numeric && Decimal::isValid(value)) {
        const int cmp = Decimal::compare(value, c.threshold);
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
        met = value == c.threshold;
    }
    *result = met ? Mark::Met : Mark::NotMet;
    return met ? Tri::True : Tri::False;
}

CompiledRuleSet::Run CompiledRuleSet::run(const QString &category,
                                          const QVector<QString> &values) const
{
    Run out;
    const int n = int(m_rules.criteria.size());
    const int factorCount = int(m_factorRules.size());
    QVector<Tri> criterionValues(n, Tri::Unknown);
    QVector<int> yes(factorCount, 0), unknown(factorCount, 0), applicable(factorCount, 0);
    out.results.resize(n);
    out.decisive.fill(false, n);
    for (int i = 0; i < n; ++i) {
        const Prepared &p = m_prepared.at(i);
        const Tri v = criterionValue(i, category, values.at(p.indicator), &out.results[i]);
        criterionValues[i] = v;
        if (out.results.at(i) != Mark::NotApplicable && p.factor >= 0) {
            ++applicable[p.factor];
            yes[p.factor] += v == Tri::True;
            unknown[p.factor] += v == Tri::Unknown;
        }
    }
    out.factors.resize(factorCount);
    for (int f = 0; f < factorCount; ++f)
        out.factors[f] = combine(m_factorRules.at(f), yes.at(f), unknown.at(f), applicable.at(f));
    if (!m_expression)
        return out;
    const Expression::Evaluation e = m_expression->evaluate([&](const QString &name) {
        const auto it = m_nameIndex.constFind(name);
        if (it == m_nameIndex.constEnd())
            return Tri::Unknown;
        return it.value() < 0 ? out.factors.at(-1 - it.value()) : criterionValues.at(it.value());
    });
    out.value = e.value;
    out.decidedBy = e.decidedBy;
    // Mark the criteria behind each deciding name: for a factor, those whose result matches
    // the factor's (the met ones when it is met, the unknown ones when it is unknown…).
    const QStringList factors = Factor::all();
    for (int i = 0; i < n; ++i) {
        if (out.results.at(i) == Mark::NotApplicable)
            continue;
        const int f = m_prepared.at(i).factor;
        if (e.decidedBy.contains(m_rules.criteria.at(i).id))
            out.decisive[i] = true;
        else if (f >= 0 && e.decidedBy.contains(factors.at(f)))
            out.decisive[i] = criterionValues.at(i) == out.factors.at(f);
    }
    return out;
}

namespace {
QString outcomeOf(Tri value)
{
    return value == Tri::True    ? Outcome::Cii
           : value == Tri::False ? Outcome::NotCii
                                 : Outcome::Insufficient;
}
} // namespace

RuleEvaluation CompiledRuleSet::evaluate(const QString &category,
                                         const QMap<QString, QString> &values) const
{
    QVector<QString> aligned(m_indicators.size());
    for (int i = 0; i < m_indicators.size(); ++i)
        aligned[i] = values.value(m_indicators.at(i)).trimmed();
    const Run o = run(category, aligned);
    RuleEvaluation out;
    const QStringList factors = Factor::all();
    for (int f = 0; f < factors.size(); ++f)
        out.factors.insert(factors.at(f), o.factors.at(f));
    for (int i = 0; i < m_rules.criteria.size(); ++i) {
        const Criterion &c = m_rules.criteria.at(i);
        CriterionTrace t;
        t.criterion = c.id;
        t.factor = c.factor;
        t.indicator = c.indicator;
        t.op = c.op;
        t.threshold = m_prepared.at(i).threshold;
        t.result = ResultNames[int(o.results.at(i))];
        if (o.results.at(i) != Mark::NotApplicable)
            t.value = aligned.at(m_prepared.at(i).indicator);
        t.decisive = o.decisive.at(i);
        out.trace << t;
    }
    if (!m_expression) {
        out.error = m_error;
        out.outcome = Outcome::Insufficient;
        return out;
    }
    out.outcome = outcomeOf(o.value);
    out.decidedBy = o.decidedBy;
    return out;
}

CompiledRuleSet::Compact CompiledRuleSet::evaluateCompact(const QString &category,
                                                          const QVector<QString> &values) const
{
    const Run o = run(category, values);
    Compact out;
    out.outcome = m_expression ? outcomeOf(o.value) : Outcome::Insufficient;
    out.decidedBy = o.decidedBy;
    out.codes.resize(o.results.size());
    for (int i = 0; i < o.results.size(); ++i) {
        const char code = ResultCodes[int(o.results.at(i))];
        out.codes[i] =
            QLatin1Char(o.decisive.at(i) && code != '-' ? char(code + ('a' - 'A')) : code);
    }
    return out;
}

} // namespace cii
