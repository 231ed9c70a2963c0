#include "rowjson.h"

#include "jsonstream.h"

#include <QJsonArray>

namespace cii::cli {
namespace {

void date(JsonStream &json, const QDate &d)
{
    if (d.isValid())
        json.string(d.toString(Qt::ISODate));
    else
        json.null();
}

// QDateTime::toString(Qt::ISODate), written directly for the times the store keeps (UTC,
// whole seconds, years 1000–9999: "2026-01-15T10:00:00Z"); anything else is left to Qt.
QString isoTime(const QDateTime &t)
{
    const QDate d = t.date();
    const QTime time = t.time();
    if (t.timeSpec() != Qt::UTC || d.year() < 1000 || d.year() > 9999 || time.msec() != 0)
        return t.toString(Qt::ISODate);
    char16_t text[20];
    auto two = [&](int at, int v) {
        text[at] = char16_t(u'0' + v / 10);
        text[at + 1] = char16_t(u'0' + v % 10);
    };
    two(0, d.year() / 100);
    two(2, d.year() % 100);
    text[4] = u'-';
    two(5, d.month());
    text[7] = u'-';
    two(8, d.day());
    text[10] = u'T';
    two(11, time.hour());
    text[13] = u':';
    two(14, time.minute());
    text[16] = u':';
    two(17, time.second());
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
}

void time(JsonStream &json, const QDateTime &t)
{
    if (t.isValid())
        json.string(isoTime(t));
    else
        json.null();
}

} // namespace

// Each writer lists its keys sorted, as QJsonObject orders them.

void RowJson::system(JsonStream &json, const SystemInfo &s, const QVector<IndicatorValue> &values)
{
    json.beginObject();
    json.key(QLatin1String("category"));
    json.string(s.category);
    json.key(QLatin1String("description"));
    json.string(s.description);
    json.key(QLatin1String("id"));
    json.integer(s.id);
    json.key(QLatin1String("indicators"));
    json.beginObject();
    for (const IndicatorValue &v : values) {
        json.key(v.key);
        json.string(v.value);
    }
    json.endObject();
    json.key(QLatin1String("mlps_level"));
    json.integer(s.mlpsLevel);
    json.key(QLatin1String("name"));
    json.string(s.name);
    json.key(QLatin1String("operator"));
    json.integer(s.operatorId);
    json.key(QLatin1String("status"));
    json.string(s.status);
    json.endObject();
}

void RowJson::operatorRow(JsonStream &json, const OperatorInfo &o)
{
    json.beginObject();
    json.key(QLatin1String("contact_email"));
    json.string(o.contactEmail);
    json.key(QLatin1String("contact_name"));
    json.string(o.contactName);
    json.key(QLatin1String("contact_phone"));
    json.string(o.contactPhone);
    json.key(QLatin1String("id"));
    json.integer(o.id);
    json.key(QLatin1String("name_en"));
    json.string(o.nameEn);
    json.key(QLatin1String("name_zh"));
    json.string(o.nameZh);
    json.key(QLatin1String("region"));
    json.string(o.region);
    json.key(QLatin1String("sector"));
    json.string(o.sector);
    json.key(QLatin1String("uscc"));
    json.string(o.uscc);
    json.endObject();
}

void RowJson::identificationCase(JsonStream &json, const IdentificationCase &c,
                                 const RuleSet *rules)
{
    json.beginObject();
    json.key(QLatin1String("category"));
    json.string(c.category);
    json.key(QLatin1String("created_at"));
    json.string(c.createdAt.isValid() ? isoTime(c.createdAt) : QString());
    json.key(QLatin1String("decided_at"));
    time(json, c.decidedAt);
    json.key(QLatin1String("decided_by"));
    json.stringOrNull(c.decidedBy);
    json.key(QLatin1String("decided_by_names"));
    json.beginArray();
    for (const QString &name : c.decidedNames)
        json.string(name);
    json.endArray();
    json.key(QLatin1String("decision"));
    json.stringOrNull(c.decision);
    json.key(QLatin1String("id"));
    json.integer(c.id);
    json.key(QLatin1String("inputs"));
    json.beginObject();
    // A QMap iterates in the order QJsonObject sorts its keys.
    for (auto it = c.inputs.cbegin(); it != c.inputs.cend(); ++it) {
        json.key(it.key());
        json.string(it.value());
    }
    json.endObject();
    json.key(QLatin1String("mlps_follow_up"));
    json.boolean(c.needsMlpsFollowUp());
    json.key(QLatin1String("mlps_level"));
    json.integer(c.mlpsLevel);
    json.key(QLatin1String("mps_notified_on"));
    date(json, c.mpsNotifiedOn);
    json.key(QLatin1String("operator"));
    json.integer(c.operatorId);
    json.key(QLatin1String("operator_notified_on"));
    date(json, c.operatorNotifiedOn);
    json.key(QLatin1String("outcome"));
    json.string(c.outcome);
    json.key(QLatin1String("override"));
    json.boolean(c.isOverride());
    json.key(QLatin1String("override_reason"));
    json.stringOrNull(c.overrideReason);
    json.key(QLatin1String("ruleset"));
    json.integer(c.rulesetId);
    json.key(QLatin1String("ruleset_version"));
    json.integer(c.rulesetVersion);
    json.key(QLatin1String("run"));
    json.integer(c.runId);
    json.key(QLatin1String("sector"));
    json.string(c.sector);
    json.key(QLatin1String("status"));
    json.string(c.status);
    json.key(QLatin1String("system"));
    json.integer(c.systemId);
    json.key(QLatin1String("system_name"));
    json.string(c.systemName);
    if (rules) {
        QJsonArray list;
        for (const CriterionTrace &t : c.trace(*rules))
            list.append(t.toJson());
        json.key(QLatin1String("trace"));
        json.value(list);
    }
    json.endObject();
}

void RowJson::inspection(JsonStream &json, const Inspection &i)
{
    json.beginObject();
    json.key(QLatin1String("end"));
    date(json, i.end);
    json.key(QLatin1String("id"));
    json.integer(i.id);
    json.key(QLatin1String("joint"));
    json.boolean(i.joint);
    json.key(QLatin1String("kind"));
    json.string(i.kind);
    json.key(QLatin1String("lead"));
    json.string(i.lead);
    json.key(QLatin1String("merged_into"));
    if (i.mergedInto)
        json.integer(i.mergedInto);
    else
        json.null();
    json.key(QLatin1String("notes"));
    json.string(i.notes);
    json.key(QLatin1String("operator"));
    json.integer(i.operatorId);
    json.key(QLatin1String("operator_name"));
    json.string(i.operatorName);
    json.key(QLatin1String("operator_uscc"));
    json.string(i.operatorUscc);
    json.key(QLatin1String("participants"));
    json.beginArray();
    for (const QString &p : i.participants)
        json.string(p);
    json.endArray();
    json.key(QLatin1String("sector"));
    json.string(i.sector);
    json.key(QLatin1String("start"));
    date(json, i.start);
    json.key(QLatin1String("status"));
    json.string(i.status);
    json.key(QLatin1String("systems"));
    json.beginArray();
    for (qint64 s : i.systems)
        json.integer(s);
    json.endArray();
    json.key(QLatin1String("team"));
    json.string(i.team);
    json.endObject();
}

} // namespace cii::cli
