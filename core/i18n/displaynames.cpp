#include "displaynames.h"

#include "domain/complianceduty.h"
#include "domain/identificationcase.h"
#include "domain/incident.h"
#include "domain/incidentcriterion.h"
#include "domain/indicatorcatalogue.h"
#include "domain/inspection.h"
#include "domain/sector.h"
#include "domain/systeminfo.h"
#include "i18n/language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace cii {
namespace {

struct KeyName
{
    const char *key;
    const char *name; // English source, translated in the DisplayNames context
};

QString lookUp(const KeyName *table, int size, const QString &key)
{
    for (int i = 0; i < size; ++i) {
        if (key == QLatin1String(table[i].key))
            return QCoreApplication::translate("DisplayNames", table[i].name);
    }
    return key;
}

template <int N> QString lookUp(const KeyName (&table)[N], const QString &key)
{
    return lookUp(table, N, key);
}

template <int N> QStringList keysOf(const KeyName (&table)[N])
{
    QStringList out;
    for (const KeyName &k : table)
        out << QString::fromLatin1(k.key);
    return out;
}

const KeyName Actions[] = {
    {"create", QT_TRANSLATE_NOOP("DisplayNames", "Created")},
    {"update", QT_TRANSLATE_NOOP("DisplayNames", "Changed")},
    {"delete", QT_TRANSLATE_NOOP("DisplayNames", "Deleted")},
    {"identify", QT_TRANSLATE_NOOP("DisplayNames", "Identification run")},
    {"export", QT_TRANSLATE_NOOP("DisplayNames", "Exported")},
    {"import", QT_TRANSLATE_NOOP("DisplayNames", "Imported")},
    {"merge", QT_TRANSLATE_NOOP("DisplayNames", "Merged into a joint inspection")},
    {"confirm", QT_TRANSLATE_NOOP("DisplayNames", "Result confirmed")},
    {"override", QT_TRANSLATE_NOOP("DisplayNames", "Result overridden")},
    {"notified", QT_TRANSLATE_NOOP("DisplayNames", "Notification recorded")},
    {"close", QT_TRANSLATE_NOOP("DisplayNames", "Closed")},
    {"backup", QT_TRANSLATE_NOOP("DisplayNames", "Backed up")},
    {"restore", QT_TRANSLATE_NOOP("DisplayNames", "Restored from a backup")},
    {"set-indicator", QT_TRANSLATE_NOOP("DisplayNames", "Indicator value set")},
    {"clear-indicator", QT_TRANSLATE_NOOP("DisplayNames", "Indicator value cleared")},
    {"submit", QT_TRANSLATE_NOOP("DisplayNames", "Submitted for filing")},
    {"supersede", QT_TRANSLATE_NOOP("DisplayNames", "Superseded")},
    {"file", QT_TRANSLATE_NOOP("DisplayNames", "Filed")},
    {"migrate", QT_TRANSLATE_NOOP("DisplayNames", "Store upgraded")},
    {"issue", QT_TRANSLATE_NOOP("DisplayNames", "Issued")},
    {"reissue", QT_TRANSLATE_NOOP("DisplayNames", "Printed again")},
    {"grade-proposed", QT_TRANSLATE_NOOP("DisplayNames", "Grade proposed")},
    {"grade-decided", QT_TRANSLATE_NOOP("DisplayNames", "Grade decided")},
    {"follow-up-requested", QT_TRANSLATE_NOOP("DisplayNames", "Follow-up requested")},
};

const KeyName Entities[] = {
    {"operator", QT_TRANSLATE_NOOP("DisplayNames", "Operator")},
    {"system", QT_TRANSLATE_NOOP("DisplayNames", "System")},
    {"ruleset", QT_TRANSLATE_NOOP("DisplayNames", "Rule set")},
    {"case", QT_TRANSLATE_NOOP("DisplayNames", "Identification case")},
    {"identification_run", QT_TRANSLATE_NOOP("DisplayNames", "Identification run")},
    {"notice", QT_TRANSLATE_NOOP("DisplayNames", "Notice")},
    {"inspection", QT_TRANSLATE_NOOP("DisplayNames", "Inspection")},
    {"finding", QT_TRANSLATE_NOOP("DisplayNames", "Finding")},
    {"settings", QT_TRANSLATE_NOOP("DisplayNames", "Settings")},
    {"change_report", QT_TRANSLATE_NOOP("DisplayNames", "Change report")},
    {"assessment", QT_TRANSLATE_NOOP("DisplayNames", "Annual assessment")},
    {"operator_event", QT_TRANSLATE_NOOP("DisplayNames", "Operator event")},
    {"calendar", QT_TRANSLATE_NOOP("DisplayNames", "Holiday calendar")},
    {"store", QT_TRANSLATE_NOOP("DisplayNames", "Store")},
    {"department", QT_TRANSLATE_NOOP("DisplayNames", "Department")},
    {"schema", QT_TRANSLATE_NOOP("DisplayNames", "Store structure")},
    {"file", QT_TRANSLATE_NOOP("DisplayNames", "File")},
    {"compliance_fact", QT_TRANSLATE_NOOP("DisplayNames", "Compliance evidence")},
    {"incident", QT_TRANSLATE_NOOP("DisplayNames", "Incident")},
    {"incident_report", QT_TRANSLATE_NOOP("DisplayNames", "Incident report")},
    {"incident_criterion", QT_TRANSLATE_NOOP("DisplayNames", "Grading criterion")},
};

// Ids of records that are no number.
const KeyName EntityIds[] = {
    {"own", QT_TRANSLATE_NOOP("DisplayNames", "own department")},
    {"deadlines", QT_TRANSLATE_NOOP("DisplayNames", "deadlines")},
    {"backups", QT_TRANSLATE_NOOP("DisplayNames", "backups")},
    {"document.classification", QT_TRANSLATE_NOOP("DisplayNames", "classification line")},
    {"ui.lock_minutes", QT_TRANSLATE_NOOP("DisplayNames", "idle lock")},
    {"ui.lock_passphrase_hash", QT_TRANSLATE_NOOP("DisplayNames", "unlock passphrase")},
    {"compliance", QT_TRANSLATE_NOOP("DisplayNames", "compliance renewal periods")},
};

const KeyName Fields[] = {
    {"uscc", QT_TRANSLATE_NOOP("DisplayNames", "Unified social credit code")},
    {"name", QT_TRANSLATE_NOOP("DisplayNames", "Name")},
    {"name_zh", QT_TRANSLATE_NOOP("DisplayNames", "Chinese name")},
    {"name_en", QT_TRANSLATE_NOOP("DisplayNames", "English name")},
    {"title_zh", QT_TRANSLATE_NOOP("DisplayNames", "Chinese title")},
    {"title_en", QT_TRANSLATE_NOOP("DisplayNames", "English title")},
    {"sector", QT_TRANSLATE_NOOP("DisplayNames", "Sector")},
    {"region", QT_TRANSLATE_NOOP("DisplayNames", "Region")},
    {"contact_name", QT_TRANSLATE_NOOP("DisplayNames", "Contact")},
    {"contact_phone", QT_TRANSLATE_NOOP("DisplayNames", "Telephone")},
    {"contact_email", QT_TRANSLATE_NOOP("DisplayNames", "E-mail")},
    {"category", QT_TRANSLATE_NOOP("DisplayNames", "Category")},
    {"mlps_level", QT_TRANSLATE_NOOP("DisplayNames", "MLPS level")},
    {"status", QT_TRANSLATE_NOOP("DisplayNames", "Status")},
    {"value", QT_TRANSLATE_NOOP("DisplayNames", "Value")},
    {"reported_on", QT_TRANSLATE_NOOP("DisplayNames", "Reported on")},
    {"version", QT_TRANSLATE_NOOP("DisplayNames", "Version")},
    {"filing_reference", QT_TRANSLATE_NOOP("DisplayNames", "Filing reference")},
    {"filed_on", QT_TRANSLATE_NOOP("DisplayNames", "Filed on")},
    {"outcome", QT_TRANSLATE_NOOP("DisplayNames", "Engine's result")},
    {"decision", QT_TRANSLATE_NOOP("DisplayNames", "Decision")},
    {"override_reason", QT_TRANSLATE_NOOP("DisplayNames", "Reason for the override")},
    {"kind", QT_TRANSLATE_NOOP("DisplayNames", "Kind")},
    {"number", QT_TRANSLATE_NOOP("DisplayNames", "Number")},
    {"file", QT_TRANSLATE_NOOP("DisplayNames", "File")},
    {"from", QT_TRANSLATE_NOOP("DisplayNames", "From")},
    {"folder", QT_TRANSLATE_NOOP("DisplayNames", "Folder")},
    {"keep", QT_TRANSLATE_NOOP("DisplayNames", "Backups kept")},
    {"scope", QT_TRANSLATE_NOOP("DisplayNames", "Scope")},
    {"systems", QT_TRANSLATE_NOOP("DisplayNames", "Systems")},
    {"cases", QT_TRANSLATE_NOOP("DisplayNames", "Cases")},
    {"rows", QT_TRANSLATE_NOOP("DisplayNames", "Rows")},
    {"format", QT_TRANSLATE_NOOP("DisplayNames", "Format")},
    {"years", QT_TRANSLATE_NOOP("DisplayNames", "Years")},
    {"start", QT_TRANSLATE_NOOP("DisplayNames", "Start")},
    {"end", QT_TRANSLATE_NOOP("DisplayNames", "End")},
    {"lead", QT_TRANSLATE_NOOP("DisplayNames", "Lead department")},
    {"participants", QT_TRANSLATE_NOOP("DisplayNames", "Participants")},
    {"team", QT_TRANSLATE_NOOP("DisplayNames", "Team")},
    {"severity", QT_TRANSLATE_NOOP("DisplayNames", "Severity")},
    {"description", QT_TRANSLATE_NOOP("DisplayNames", "Description")},
    {"rectification_due", QT_TRANSLATE_NOOP("DisplayNames", "Rectification due")},
    {"merged_into", QT_TRANSLATE_NOOP("DisplayNames", "Merged into inspection")},
    {"closed", QT_TRANSLATE_NOOP("DisplayNames", "Closed on")},
    {"occurred", QT_TRANSLATE_NOOP("DisplayNames", "Occurred on")},
    {"received", QT_TRANSLATE_NOOP("DisplayNames", "Received on")},
    {"classification", QT_TRANSLATE_NOOP("DisplayNames", "Classification line")},
    {"lock_minutes", QT_TRANSLATE_NOOP("DisplayNames", "Idle lock (minutes)")},
    {"doc_prefix", QT_TRANSLATE_NOOP("DisplayNames", "Document-number prefix")},
    {"notes", QT_TRANSLATE_NOOP("DisplayNames", "Notes")},
    {"schema_version", QT_TRANSLATE_NOOP("DisplayNames", "Store structure version")},
    {"operator_uscc", QT_TRANSLATE_NOOP("DisplayNames", "Operator's code")},
    {"system_name", QT_TRANSLATE_NOOP("DisplayNames", "System")},
    {"operator_name", QT_TRANSLATE_NOOP("DisplayNames", "Operator")},
    {"issued_on", QT_TRANSLATE_NOOP("DisplayNames", "Issued on")},
    {"id", QT_TRANSLATE_NOOP("DisplayNames", "No.")},
    {"inspection", QT_TRANSLATE_NOOP("DisplayNames", "Inspection")},
    {"system", QT_TRANSLATE_NOOP("DisplayNames", "System")},
    {"operator", QT_TRANSLATE_NOOP("DisplayNames", "Operator")},
    {"fixed_on", QT_TRANSLATE_NOOP("DisplayNames", "Rectified on")},
    {"decided_at", QT_TRANSLATE_NOOP("DisplayNames", "Decided at")},
    {"decided_by", QT_TRANSLATE_NOOP("DisplayNames", "Decided by")},
    {"created_at", QT_TRANSLATE_NOOP("DisplayNames", "Created at")},
    {"operator_notified_on", QT_TRANSLATE_NOOP("DisplayNames", "Operator notified on")},
    {"mps_notified_on", QT_TRANSLATE_NOOP("DisplayNames", "MPS notified on")},
    {"ruleset_version", QT_TRANSLATE_NOOP("DisplayNames", "Rule-set version")},
    {"rulesets", QT_TRANSLATE_NOOP("DisplayNames", "Rule sets")},
    {"first_case", QT_TRANSLATE_NOOP("DisplayNames", "First case")},
    {"last_case", QT_TRANSLATE_NOOP("DisplayNames", "Last case")},
    {"expression", QT_TRANSLATE_NOOP("DisplayNames", "Decision expression")},
    {"criteria", QT_TRANSLATE_NOOP("DisplayNames", "Criteria")},
    {"tests", QT_TRANSLATE_NOOP("DisplayNames", "Test cases")},
    {"factors", QT_TRANSLATE_NOOP("DisplayNames", "Factors")},
    {"notes_zh", QT_TRANSLATE_NOOP("DisplayNames", "Notes (Chinese)")},
    {"notes_en", QT_TRANSLATE_NOOP("DisplayNames", "Notes (English)")},
    {"indicators", QT_TRANSLATE_NOOP("DisplayNames", "Indicator values")},
    {"replaced_store_kept_as", QT_TRANSLATE_NOOP("DisplayNames", "Replaced store kept as")},
    {"backup_last_audit_id", QT_TRANSLATE_NOOP("DisplayNames", "Last audit record of the backup")},
    {"days_by_year", QT_TRANSLATE_NOOP("DisplayNames", "Days by year")},
    {"due_soon_days", QT_TRANSLATE_NOOP("DisplayNames", "Due soon (days)")},
    {"notification_days", QT_TRANSLATE_NOOP("DisplayNames", "Notification target (days)")},
    {"joint", QT_TRANSLATE_NOOP("DisplayNames", "Joint")},
    {"duty", QT_TRANSLATE_NOOP("DisplayNames", "Duty")},
    {"date", QT_TRANSLATE_NOOP("DisplayNames", "Date")},
    {"months", QT_TRANSLATE_NOOP("DisplayNames", "Months")},
    {"recorded_at", QT_TRANSLATE_NOOP("DisplayNames", "Recorded at")},
    {"recorded_by", QT_TRANSLATE_NOOP("DisplayNames", "Recorded by")},
    {"type", QT_TRANSLATE_NOOP("DisplayNames", "Type")},
    {"place", QT_TRANSLATE_NOOP("DisplayNames", "Place")},
    {"discovered", QT_TRANSLATE_NOOP("DisplayNames", "Discovered at")},
    {"handling_ended", QT_TRANSLATE_NOOP("DisplayNames", "Handling ended")},
    {"grade", QT_TRANSLATE_NOOP("DisplayNames", "Grade")},
    {"proposed_grade", QT_TRANSLATE_NOOP("DisplayNames", "Proposed grade")},
    {"decided_grade", QT_TRANSLATE_NOOP("DisplayNames", "Department's grade")},
    {"grade_reason", QT_TRANSLATE_NOOP("DisplayNames", "Reason for the grade")},
    {"facts", QT_TRANSLATE_NOOP("DisplayNames", "Facts")},
    {"deciding_criterion", QT_TRANSLATE_NOOP("DisplayNames", "Deciding criterion")},
    {"follow_up_due", QT_TRANSLATE_NOOP("DisplayNames", "Follow-up due")},
    {"follow_up_requested", QT_TRANSLATE_NOOP("DisplayNames", "Follow-up requested at")},
    {"operator_report", QT_TRANSLATE_NOOP("DisplayNames", "Operator's report")},
    {"operator_report_late", QT_TRANSLATE_NOOP("DisplayNames", "Operator's report late")},
    {"operator_report_minutes", QT_TRANSLATE_NOOP("DisplayNames", "Minutes to the report")},
    {"reportable", QT_TRANSLATE_NOOP("DisplayNames", "Reportable")},
    {"needs_onward_report", QT_TRANSLATE_NOOP("DisplayNames", "Onward report required")},
    {"narrative", QT_TRANSLATE_NOOP("DisplayNames", "What the reports state")},
    {"unit_overview", QT_TRANSLATE_NOOP("DisplayNames", "Unit and facilities")},
    {"impact", QT_TRANSLATE_NOOP("DisplayNames", "Impact")},
    {"measures", QT_TRANSLATE_NOOP("DisplayNames", "Measures taken")},
    {"next_steps", QT_TRANSLATE_NOOP("DisplayNames", "Next steps")},
    {"support_requested", QT_TRANSLATE_NOOP("DisplayNames", "Support requested")},
    {"cause", QT_TRANSLATE_NOOP("DisplayNames", "Cause")},
    {"accountability", QT_TRANSLATE_NOOP("DisplayNames", "Accountability")},
    {"rectification", QT_TRANSLATE_NOOP("DisplayNames", "Rectification")},
    {"lessons", QT_TRANSLATE_NOOP("DisplayNames", "Lessons")},
    {"action", QT_TRANSLATE_NOOP("DisplayNames", "Action")},
    {"at", QT_TRANSLATE_NOOP("DisplayNames", "At")},
    {"party", QT_TRANSLATE_NOOP("DisplayNames", "Sender or recipient")},
    {"note", QT_TRANSLATE_NOOP("DisplayNames", "Note")},
    {"incident", QT_TRANSLATE_NOOP("DisplayNames", "Incident")},
    {"proposed_at", QT_TRANSLATE_NOOP("DisplayNames", "Proposed at")},
    {"fact", QT_TRANSLATE_NOOP("DisplayNames", "Fact")},
    {"op", QT_TRANSLATE_NOOP("DisplayNames", "Comparison")},
    {"threshold", QT_TRANSLATE_NOOP("DisplayNames", "Threshold")},
    {"unit", QT_TRANSLATE_NOOP("DisplayNames", "Unit")},
    {"text_zh", QT_TRANSLATE_NOOP("DisplayNames", "Chinese text")},
    {"text_en", QT_TRANSLATE_NOOP("DisplayNames", "English text")},
    {"source", QT_TRANSLATE_NOOP("DisplayNames", "Source")},
    {"reference", QT_TRANSLATE_NOOP("DisplayNames", "Reference")},
    {"enabled", QT_TRANSLATE_NOOP("DisplayNames", "Enabled")},
    {"key", QT_TRANSLATE_NOOP("DisplayNames", "Key")},
};

// Fields worth naming first in a one-line summary of a created or deleted record.
const char *const SummaryFirst[] = {"name_zh", "name_en", "name",     "title_zh", "number",
                                    "status",  "value",   "decision", "outcome",  "kind",
                                    "sector",  "file",    "scope"};

// A value that is itself a key, shown by its name.
QString valueName(const QString &field, const QString &v)
{
    if (field == QLatin1String("sector"))
        return DisplayNames::sector(v);
    if (field == QLatin1String("outcome") || field == QLatin1String("decision"))
        return IdentificationCase::outcomeName(v);
    if (field == QLatin1String("category"))
        return SystemInfo::categoryName(v);
    if (field == QLatin1String("kind")) {
        for (const QString &k : {Inspection::kindName(v), IncidentReport::kindName(v)})
            if (k != v)
                return k;
        return v;
    }
    // Incidents (2025 Reporting Measures): grades, types, report actions, criteria sources.
    if (field == QLatin1String("grade") || field == QLatin1String("proposed_grade") ||
        field == QLatin1String("decided_grade"))
        return v.isEmpty() ? QStringLiteral("—") : Incident::gradeName(v);
    if (field == QLatin1String("type"))
        return Incident::typeName(v);
    if (field == QLatin1String("action"))
        return IncidentReport::actionName(v);
    if (field == QLatin1String("source"))
        return IncidentCriterion::sourceName(v);
    if (field == QLatin1String("status")) {
        for (const QString &n : {IdentificationCase::statusName(v), Inspection::statusName(v),
                                 SystemInfo::statusName(v)}) {
            if (n != v)
                return n;
        }
        // An incident being handled or closed ("open" keeps the words it always had).
        if (v == QLatin1String("handling") || v == QLatin1String("closed"))
            return Incident::statusName(v);
        static const KeyName RuleSetStatuses[] = {
            {"draft", QT_TRANSLATE_NOOP("DisplayNames", "Draft")},
            {"submitted", QT_TRANSLATE_NOOP("DisplayNames", "Submitted for filing")},
            {"filed", QT_TRANSLATE_NOOP("DisplayNames", "Filed")},
            {"superseded", QT_TRANSLATE_NOOP("DisplayNames", "Superseded")},
            {"open", QT_TRANSLATE_NOOP("DisplayNames", "Open")},
        };
        return lookUp(RuleSetStatuses, v);
    }
    if (field == QLatin1String("indicator"))
        return DisplayNames::indicator(v);
    if (field == QLatin1String("duty")) {
        const ComplianceDuty *duty = ComplianceDuty::find(v);
        return duty ? QStringLiteral("%1 %2").arg(duty->articleName(), duty->name()) : v;
    }
    if (field == QLatin1String("lead") || field == QLatin1String("participants"))
        return lookUp(EntityIds, v);
    // A moment the program recorded (UTC, ISO 8601) in local time.
    static const QRegularExpression moment(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
    if (moment.match(v).hasMatch()) {
        const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (t.isValid())
            return DisplayNames::dateTime(t);
    }
    return DisplayNames::value(v);
}

QString jsonText(const QString &field, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isBool())
        return DisplayNames::value(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 15);
    if (v.isString()) {
        // An incident's grading facts are kept as the JSON object they were entered as: their
        // keys are the grading guide's, shown with the criteria, not here.
        if (field == QLatin1String("facts")) {
            const QJsonDocument facts = QJsonDocument::fromJson(v.toString().toUtf8());
            if (facts.isObject())
                return DisplayNames::tr("%n fact(s)", nullptr, int(facts.object().size()));
        }
        return valueName(field, v.toString());
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (!a.isEmpty() && !a.first().isObject()) {
            QStringList parts;
            for (const QJsonValue &e : a)
                parts << jsonText(field, e);
            return parts.join(DisplayNames::tr(", "));
        }
        return DisplayNames::tr("%n item(s)", nullptr, int(a.size()));
    }
    return DisplayNames::tr("%n field(s)", nullptr, int(v.toObject().size()));
}

QString fieldName(const QString &field)
{
    const QString named = lookUp(Fields, field);
    if (named != field)
        return named;
    // An indicator stored beside a system's fields, or a field this program has no name
    // for: never its key, at least its words.
    const QString indicator = DisplayNames::indicator(field);
    if (indicator != field)
        return indicator;
    static const QString reported = QStringLiteral("_reported_on");
    if (field.endsWith(reported)) {
        const QString key = field.left(field.size() - reported.size());
        if (DisplayNames::indicator(key) != key)
            return DisplayNames::tr("%1: reported on").arg(DisplayNames::indicator(key));
    }
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return words;
}

// What can be read of a JSON object whose text may be cut short: a complete object parsed;
// otherwise the top-level "key": scalar pairs that are complete.
QJsonObject readObject(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        return doc.object();
    // The depth of each character outside strings: only the record's own fields (depth 1)
    // are read, not those of the objects inside it.
    QVector<int> depth(text.size() + 1, 0);
    int d = 0;
    bool inString = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            depth[i] = d;
            inString = true;
            continue;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++d;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --d;
        }
        depth[i] = d;
    }
    QJsonObject out;
    static const QRegularExpression pair(QStringLiteral(
        R"re("([A-Za-z0-9_.-]+)":("(?:[^"\\]|\\.)*"|-?[0-9.]+(?:[eE][-+]?[0-9]+)?|true|false|null)(?=[,}]))re"));
    auto it = pair.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (depth.at(m.capturedStart()) != 1)
            continue;
        const QJsonDocument one =
            QJsonDocument::fromJson(QStringLiteral("{\"v\":%1}").arg(m.captured(2)).toUtf8());
        if (one.isObject() && !out.contains(m.captured(1)))
            out.insert(m.captured(1), one.object().value(QStringLiteral("v")));
    }
    return out;
}

QStringList changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = after.keys();
    for (const QString &k : before.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    QStringList out;
    for (const QString &k : keys) {
        if (before.value(k) != after.value(k))
            out << k;
    }
    return out;
}

QString changeLine(const QString &k, const QJsonObject &before, const QJsonObject &after)
{
    if (!before.contains(k))
        return DisplayNames::tr("%1: %2").arg(fieldName(k), jsonText(k, after.value(k)));
    if (!after.contains(k))
        return DisplayNames::tr("%1: %2 (removed)").arg(fieldName(k), jsonText(k, before.value(k)));
    return DisplayNames::tr("%1: %2 → %3")
        .arg(fieldName(k), jsonText(k, before.value(k)), jsonText(k, after.value(k)));
}

QStringList lines(const QString &action, const QString &beforeJson, const QString &afterJson,
                  int maxFields)
{
    Q_UNUSED(action)
    const QJsonObject before = readObject(beforeJson);
    const QJsonObject after = readObject(afterJson);
    QStringList out;
    if (!before.isEmpty() && !after.isEmpty()) {
        for (const QString &k : changedFields(before, after))
            if (k != QLatin1String("deciding_criterion"))
                out << changeLine(k, before, after);
    } else {
        const QJsonObject &one = after.isEmpty() ? before : after;
        QStringList keys;
        for (const char *f : SummaryFirst) {
            if (one.contains(QLatin1String(f)))
                keys << QString::fromLatin1(f);
        }
        for (const QString &k : one.keys()) {
            // A grading criterion's key says nothing to a reader; the record's raw view and
            // the incident's trace name it in words.
            if (!keys.contains(k) && k != QLatin1String("deciding_criterion"))
                keys << k;
        }
        for (const QString &k : keys)
            out << DisplayNames::tr("%1: %2").arg(fieldName(k), jsonText(k, one.value(k)));
    }
    if (maxFields > 0 && out.size() > maxFields) {
        const int more = int(out.size()) - maxFields;
        out = out.mid(0, maxFields);
        out << DisplayNames::tr("%n more", nullptr, more);
    }
    return out;
}

} // namespace

QString DisplayNames::sector(const QString &key)
{
    const Sector *s = Sector::find(key);
    return s ? s->displayName() : key;
}

QString DisplayNames::indicator(const QString &key)
{
    for (const Indicator &i : IndicatorCatalogue::defaults()) {
        if (i.key == key)
            return i.displayName();
    }
    return key;
}

namespace {

// The catalogue's units are Chinese words; English reads a count without one.
const KeyName Units[] = {
    {"人次", "visits"}, {"人", "people"}, {"元", "yuan"}, {"万元", "10,000 yuan"}, {"个", ""},
};

const KeyName *unitEntry(const QString &unit)
{
    const QString u = unit.trimmed();
    for (const KeyName &k : Units) {
        if (u == QString::fromUtf8(k.key)) // the table's keys are UTF-8
            return &k;
    }
    return nullptr;
}

} // namespace

QString DisplayNames::unit(const QString &unit)
{
    return Language::isChinese() ? unit : unitInEnglish(unit);
}

QString DisplayNames::unitInEnglish(const QString &unit)
{
    const KeyName *k = unitEntry(unit);
    return k ? QString::fromLatin1(k->name) : unit;
}

QString DisplayNames::ruleOperator(const QString &op)
{
    if (op == QLatin1String(">"))
        return tr("> more than");
    if (op == QLatin1String(">="))
        return tr("≥ at or above");
    if (op == QLatin1String("<"))
        return tr("< less than");
    if (op == QLatin1String("<="))
        return tr("≤ at or below");
    if (op == QLatin1String("="))
        return tr("= equal to");
    if (op == QLatin1String("in"))
        return tr("one of");
    if (op == QLatin1String("is-true"))
        return tr("is yes");
    return op;
}

QString DisplayNames::condition(const QString &op, const QString &threshold, const QString &unit)
{
    if (op == QLatin1String("is-true"))
        return ruleOperator(op);
    if (op == QLatin1String("in"))
        return tr("one of %1").arg(threshold.split(QLatin1Char('|')).join(tr(", ")));
    const QString shownUnit = DisplayNames::unit(unit);
    const QString amount = shownUnit.isEmpty()
                               ? value(threshold)
                               : tr("%1 %2", "amount and unit").arg(value(threshold), shownUnit);
    if (op == QLatin1String(">"))
        return tr("more than %1").arg(amount);
    if (op == QLatin1String(">="))
        return tr("at or above %1").arg(amount);
    if (op == QLatin1String("<"))
        return tr("less than %1").arg(amount);
    if (op == QLatin1String("<="))
        return tr("at or below %1").arg(amount);
    if (op == QLatin1String("="))
        return tr("equal to %1").arg(amount);
    return tr("%1 %2", "operator and amount").arg(op, amount);
}

QString DisplayNames::value(const QString &canonical)
{
    if (canonical == QLatin1String("true"))
        return tr("yes");
    if (canonical == QLatin1String("false"))
        return tr("no");
    bool ok = false;
    const qint64 n = canonical.toLongLong(&ok);
    return ok ? QLocale().toString(n) : canonical;
}

QString DisplayNames::testCaseName(const QString &name)
{
    if (Language::isChinese())
        return name;
    struct Pattern
    {
        const char *zh; // a regular expression over the Chinese name
        const char *en;
    };
    static const Pattern Patterns[] = {
        {"^(\\S+) 为是$", QT_TRANSLATE_NOOP("DisplayNames", "%1 is yes")},
        {"^(\\S+) 刚好低于阈值（(.+)）$",
         QT_TRANSLATE_NOOP("DisplayNames", "%1 just below the threshold (%2)")},
        {"^(\\S+) 恰好等于阈值（(.+)）$",
         QT_TRANSLATE_NOOP("DisplayNames", "%1 exactly at the threshold (%2)")},
        {"^(\\S+) 刚好高于阈值（(.+)）$",
         QT_TRANSLATE_NOOP("DisplayNames", "%1 just above the threshold (%2)")},
        {"^网站：各项均未达到$", QT_TRANSLATE_NOOP("DisplayNames", "Website: no criterion met")},
        {"^平台：各项均未达到$", QT_TRANSLATE_NOOP("DisplayNames", "Platform: no criterion met")},
        {"^生产业务系统：各项均未达到$",
         QT_TRANSLATE_NOOP("DisplayNames", "Production system: no criterion met")},
        {"^其他系统：各项均未达到$",
         QT_TRANSLATE_NOOP("DisplayNames", "Other system: no criterion met")},
        {"^缺少部分数据，但已满足一项标准$",
         QT_TRANSLATE_NOOP("DisplayNames", "Some data missing, but one criterion is met")},
        {"^缺少数据且其余均未达到：数据不足$",
         QT_TRANSLATE_NOOP("DisplayNames", "Data missing and nothing else met: insufficient data")},
        {"^没有任何数据：数据不足$",
         QT_TRANSLATE_NOOP("DisplayNames", "No data at all: insufficient data")},
    };
    for (const Pattern &p : Patterns) {
        const QRegularExpression re(QString::fromUtf8(p.zh));
        const QRegularExpressionMatch m = re.match(name);
        if (!m.hasMatch())
            continue;
        QString en = tr(p.en);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            en = en.arg(m.captured(i));
        return en;
    }
    return name;
}

QString DisplayNames::auditAction(const QString &action)
{
    return lookUp(Actions, action);
}

QString DisplayNames::auditEntity(const QString &entity)
{
    return lookUp(Entities, entity);
}

QString DisplayNames::auditRecord(const QString &entity, const QString &entityId)
{
    const QString what = auditEntity(entity);
    if (entityId.isEmpty())
        return what;
    // set-indicator and clear-indicator name "SYSTEM/INDICATOR".
    const int slash = entityId.indexOf(QLatin1Char('/'));
    if (entity == QLatin1String("system") && slash > 0)
        return tr("%1 %2 · %3").arg(what, entityId.left(slash), indicator(entityId.mid(slash + 1)));
    if (entity == QLatin1String("file") || entity == QLatin1String("store"))
        return tr("%1 %2").arg(what, entityId);
    return tr("%1 %2").arg(what, lookUp(EntityIds, entityId));
}

QString DisplayNames::field(const QString &field)
{
    return fieldName(field);
}

QString DisplayNames::auditSummary(const QString &action, const QString &beforeJson,
                                   const QString &afterJson, int maxFields)
{
    return lines(action, beforeJson, afterJson, maxFields).join(tr("; "));
}

QString DisplayNames::auditDetails(const QString &action, const QString &beforeJson,
                                   const QString &afterJson)
{
    const QStringList out = lines(action, beforeJson, afterJson, 0);
    return out.isEmpty() ? tr("(nothing recorded beyond the action)") : out.join(QLatin1Char('\n'));
}

QString DisplayNames::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString DisplayNames::dateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QString();
}

QString DisplayNames::month(int month)
{
    return QLocale().monthName(month, QLocale::ShortFormat);
}

QStringList DisplayNames::auditActions()
{
    return keysOf(Actions);
}

QStringList DisplayNames::auditEntities()
{
    return keysOf(Entities);
}

} // namespace cii
