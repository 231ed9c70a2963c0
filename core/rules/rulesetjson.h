#pragma once

#include "domain/indicator.h"
#include "result.h"
#include "rules/ruleset.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cii {

// The rule-set exchange format (cli.md, "format": 1), so departments can share and review
// rules. Reading reports every problem with its JSON path ("$.criteria[2].op: …").
class RuleSetJson
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetJson)

public:
    static constexpr int FormatVersion = 1;

    static QJsonObject toJson(const RuleSet &rules);
    static QByteArray toBytes(const RuleSet &rules);
    // Structure and types; details hold one line per problem.
    static Result<RuleSet> fromJson(const QJsonObject &json);
    // What could be read, with the shape's problems in `errors` (each with its JSON path).
    static RuleSet readShape(const QJsonObject &json, QStringList *errors);
    static Result<RuleSet> fromBytes(const QByteArray &bytes);
    // fromBytes, then the meaning (indicators known, expression valid…) against `catalogue`.
    // Every problem of the file is reported, the shape's and the meaning's together.
    static Result<RuleSet> read(const QByteArray &bytes, const QVector<Indicator> &catalogue);

    // Problems of meaning, each with its JSON path; empty when the rule set is sound.
    static QStringList problems(const RuleSet &rules, const QVector<Indicator> &catalogue);

    static QString valueText(const QJsonValue &v); // canonical text of a JSON scalar
};

} // namespace cii
