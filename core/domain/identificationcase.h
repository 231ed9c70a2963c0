#pragma once

#include "rules/ruleengine.h"
#include "rules/ruleset.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cii {

// One identification (认定) of one system under one filed rule-set version (Art. 10): the
// values used, the engine's outcome and trace, then the regulator's decision and the dates
// the operator and the MPS were notified. Status: evaluated → decided → notified.
struct IdentificationCase
{
    qint64 id = 0;
    qint64 runId = 0;
    qint64 systemId = 0;
    qint64 rulesetId = 0;
    QDateTime createdAt;
    QString category;              // the system's category when evaluated
    QMap<QString, QString> inputs; // indicator key → value, the values the rules read
    QString outcome;               // the engine's: cii | not-cii | insufficient-data
    QString traceCodes;            // one letter per criterion of the rule set (see encode)
    QStringList decidedNames;      // expression names that decided the outcome
    QString status = QStringLiteral("evaluated");
    QString decision; // cii | not-cii once decided
    QString overrideReason;
    QString decidedBy;
    QDateTime decidedAt;
    QDate operatorNotifiedOn;
    QDate mpsNotifiedOn;

    // From the registry and the rule set, for lists and notices.
    QString systemName;
    qint64 operatorId = 0;
    QString operatorNameZh;
    QString operatorNameEn;
    QString operatorUscc;
    QString sector;
    int mlpsLevel = 0; // the system's MLPS (等级保护) level now
    int rulesetVersion = 0;

    bool isDecided() const { return !decision.isEmpty(); }
    bool isOverride() const { return isDecided() && decision != outcome; }
    // The result in force: the decision once made, the engine's outcome before.
    QString currentOutcome() const { return isDecided() ? decision : outcome; }
    // Decided CII but protected below MLPS level 3: CII is expected to be level 3 or above, so
    // the department follows it up with the operator (and the public security organ).
    bool needsMlpsFollowUp() const
    {
        return isDecided() && decision == QLatin1String("cii") && mlpsLevel > 0 && mlpsLevel < 3;
    }

    // The full trace again, from the (immutable) rule set, the inputs snapshot and the
    // stored codes (CompiledRuleSet::Compact: M met, N not met, U missing, - not applicable,
    // lower case when the criterion decided the outcome).
    QVector<CriterionTrace> trace(const RuleSet &rules) const;
    // With the rule set it was evaluated under, the JSON carries the full trace too.
    QJsonObject toJson(const RuleSet *rules = nullptr) const;

    static QStringList statuses();
    static QString statusName(const QString &key);
    static QString outcomeName(const QString &key);
};

} // namespace cii
