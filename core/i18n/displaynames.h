#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cii {

// The one place that turns the program's internal keys (sector keys, indicator keys, audit
// actions, rule operators, units, the national template's test names) and dates into what
// a person reads in the current language. The keys stay in the store, the CLI's JSON and
// the files; the GUI and the documents show these names. Keys without a name (data a user
// typed, a key a newer program wrote) come back unchanged.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString sector(const QString &key);
    // An indicator of the shipped catalogue by its name; any other key as it is.
    static QString indicator(const QString &key);
    // A unit as stored (the catalogue's are Chinese: 人次, 人, 元, 个) in the current language.
    static QString unit(const QString &unit);
    // The same in English whatever the UI's language (for English documents).
    static QString unitInEnglish(const QString &unit);
    // A rule operator by its sign and words, sign first so a narrow column still shows it:
    // "≥ at or above" / "≥ 以上".
    static QString ruleOperator(const QString &op);
    // A comparison with its threshold in words: "at or above 1,000,000 visits".
    static QString condition(const QString &op, const QString &threshold, const QString &unit);
    // An indicator value as a person reads it: yes/no for booleans, grouped digits.
    static QString value(const QString &canonical);
    // The national template's test cases are named in Chinese by a pattern ("W3 恰好等于阈值
    // （1000000）"); the English UI reads them in English. Other names are data: unchanged.
    static QString testCaseName(const QString &name);

    static QString auditAction(const QString &action);
    static QString auditEntity(const QString &entity);
    // "Operator 12", "System 7 · Average daily visits" (set-indicator records "7/daily_visits").
    static QString auditRecord(const QString &entity, const QString &entityId);
    // A field of a record, an audit record's before/after or a CSV column ("name_zh" →
    // "Chinese name", "daily_visits_reported_on" → "Average daily visits: reported on").
    static QString field(const QString &field);
    // A readable account of a record's change: the fields an update changed (before → after),
    // the main fields of a created or deleted record. `afterJson` may be cut short (the list
    // reads only its head): what can be read of it is shown.
    static QString auditSummary(const QString &action, const QString &beforeJson,
                                const QString &afterJson, int maxFields = 4);
    static QString auditDetails(const QString &action, const QString &beforeJson,
                                const QString &afterJson);

    // Dates in the GUI, in both languages: ISO 8601, 2026-11-26 (sortable, one width in every
    // table and label; Chinese documents use 2026年11月26日, see OfficialDocument).
    static QString date(const QDate &date);
    // Local time to the minute: 2026-11-26 14:05.
    static QString dateTime(const QDateTime &dateTime);
    // A month's short name in the current language (Jan / 1月), for charts.
    static QString month(int month);

    // Every key the GUI must never show as such (the visible-strings test reads them).
    // Also what the audit list's filter looks names up in.
    static QStringList auditActions();
    static QStringList auditEntities();
};

} // namespace cii
