#pragma once

#include "rules/expression.h"
#include "rules/ruleset.h"

#include <QJsonObject>
#include <QMap>

namespace cii {

// How one criterion came out for one system.
struct CriterionTrace
{
    QString criterion;
    QString factor;
    QString indicator;
    QString value; // as used; empty when missing
    QString op;
    QString threshold;     // the threshold, or the set joined with "|"
    QString result;        // met | not-met | missing | not-applicable
    bool decisive = false; // part of what decided the outcome
    QJsonObject toJson() const;
};

struct RuleEvaluation
{
    QString outcome; // Outcome::Cii, NotCii or Insufficient
    QVector<CriterionTrace> trace;
    QMap<QString, Tri> factors;
    QStringList decidedBy; // expression names (factors or criteria) that decided the outcome
    QString error;         // set when the rule set itself cannot be evaluated
};

struct RuleTestResult
{
    QString name;
    QString expected;
    QString actual;
    bool pass = false;
};

// The rule engine: a pure function of the rule set and the indicator values. A missing value
// makes its criterion unknown, never "not met"; the outcome is insufficient data only when
// the unknowns could change it (three-valued logic over the decision expression).
class RuleEngine
{
public:
    static RuleEvaluation evaluate(const RuleSet &rules, const QString &category,
                                   const QMap<QString, QString> &values);
    static QVector<RuleTestResult> runTests(const RuleSet &rules);
    static bool allTestsPass(const RuleSet &rules);
    static QString triName(Tri t);
};

} // namespace cii
