#pragma once

#include "rules/ruleset.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cii {

// What changed between two versions of a sector's rules, criterion by criterion.
struct RuleChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString subject; // a criterion id, or "expression", "factors", "tests"
    QStringList fields;
    QString before;
    QString after;
    QJsonObject toJson() const;
};

class RuleSetComparison
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetComparison)

public:
    static QVector<RuleChange> compare(const RuleSet &older, const RuleSet &newer);
    // A one-line description of a criterion, e.g. "W3 core daily_visits > 1000000 [website]".
    static QString describe(const Criterion &c);
    static QString kindName(RuleChange::Kind kind);
};

} // namespace cii
