#pragma once

#include "rules/expression.h"
#include "rules/ruleengine.h"
#include "rules/ruleset.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace cii {

// A rule set made ready to evaluate many systems: the expression parsed once, thresholds
// checked once, names resolved to positions. Batch identification evaluates 100,000 systems
// with one of these; RuleEngine::evaluate() is the same code for one.
class CompiledRuleSet
{
public:
    explicit CompiledRuleSet(RuleSet rules = {});

    const RuleSet &rules() const { return m_rules; }
    // Set when the decision expression does not parse; every evaluation is then insufficient.
    QString error() const { return m_error; }
    // The indicator keys the criteria read, in criterion order, without repeats.
    const QStringList &indicators() const { return m_indicators; }

    RuleEvaluation evaluate(const QString &category, const QMap<QString, QString> &values) const;

    // The same evaluation without the trace objects, for batches: `values` is aligned with
    // indicators() (empty = missing); `codes` gets one letter per criterion: M met, N not met,
    // U missing, - not applicable, lower case when the criterion decided the outcome.
    struct Compact
    {
        QString outcome;
        QString codes;
        QStringList decidedBy;
    };
    Compact evaluateCompact(const QString &category, const QVector<QString> &values) const;
    // Position of an indicator in indicators(), or -1.
    int indicatorIndex(const QString &key) const { return m_indicatorIndex.value(key, -1); }

private:
    enum class Mark : char { Met, NotMet, Missing, NotApplicable };
    struct Run
    {
        QVector<Mark> results;
        QVector<bool> decisive;
        QVector<Tri> factors;
        Tri value = Tri::Unknown;
        QStringList decidedBy;
    };
    Run run(const QString &category, const QVector<QString> &values) const;

    struct Prepared
    {
        int indicator = -1;    // index in m_indicators
        QStringList appliesTo; // empty = every category
        QString threshold;     // as shown in the trace ("in": the set joined with "|")
        bool numeric = false;  // the threshold is a decimal number
        int factor = -1;       // index in Factor::all()
    };
    Tri criterionValue(int index, const QString &category, const QString &value,
                       Mark *result) const;

    RuleSet m_rules;
    QString m_error;
    QStringList m_indicators;
    std::optional<Expression> m_expression;
    QVector<Prepared> m_prepared;
    QVector<FactorRule> m_factorRules; // by index in Factor::all()
    QHash<QString, int> m_nameIndex;   // criterion id → index; factor → -1 - factor index
    QHash<QString, int> m_indicatorIndex;
};

} // namespace cii
