#pragma once

#include "domain/identificationcase.h"
#include "domain/indicator.h"
#include "domain/inspection.h"
#include "domain/operatorinfo.h"
#include "domain/systeminfo.h"
#include "rules/ruleset.h"

#include <QVector>

namespace cii::cli {

class JsonStream;

// The rows of the long lists written straight to a JsonStream, each exactly as the
// entity's toJson() printed through QJsonDocument (same keys, same values, keys in
// QJsonObject's sorted order): the lists of 100,000 rows then build no Qt JSON values.
// tst_rowjson holds each writer to its toJson().
class RowJson
{
public:
    // SystemInfo::toJson() with "indicators": {key: value} (values in key order).
    static void system(JsonStream &json, const SystemInfo &system,
                       const QVector<IndicatorValue> &values);
    static void operatorRow(JsonStream &json, const OperatorInfo &op);
    // IdentificationCase::toJson(rules): with rules, the case's trace too.
    static void identificationCase(JsonStream &json, const IdentificationCase &c,
                                   const RuleSet *rules);
    static void inspection(JsonStream &json, const Inspection &inspection);
};

} // namespace cii::cli
