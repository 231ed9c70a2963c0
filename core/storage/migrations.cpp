#include "migrations.h"

#include "domain/department.h"
#include "domain/incidentcriterion.h"
#include "domain/indicatorcatalogue.h"
#include "domain/sector.h"
#include "schedule/holidaycalendar.h"
#include "storage/writetransaction.h"

#include <QDateTime>

namespace cii {
namespace {

QStringList schemaV1(const SqlDialect &d)
{
    QStringList s = {
        d.ddl(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                             "applied_at TEXT NOT NULL)")),
        d.ddl(QStringLiteral("CREATE TABLE audit_log (id {bigint} PRIMARY KEY, at TEXT NOT NULL, "
                             "os_user TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, "
                             "entity_id TEXT NOT NULL, before_json TEXT NOT NULL, "
                             "after_json TEXT NOT NULL, prev_hash TEXT NOT NULL, "
                             "hash TEXT NOT NULL)")),
        d.ddl(QStringLiteral("CREATE TABLE sectors (key TEXT PRIMARY KEY, name_zh TEXT NOT NULL, "
                             "name_en TEXT NOT NULL, sort_order INTEGER NOT NULL)")),
        d.ddl(QStringLiteral("CREATE TABLE departments (id {pk}, key TEXT NOT NULL UNIQUE, "
                             "name_zh TEXT NOT NULL, name_en TEXT NOT NULL, "
                             "own INTEGER NOT NULL DEFAULT 0)")),
        d.ddl(QStringLiteral(
            "CREATE TABLE operators (id {pk}, uscc TEXT NOT NULL UNIQUE, name_zh TEXT NOT NULL, "
            "name_en TEXT NOT NULL DEFAULT '', sector TEXT NOT NULL REFERENCES sectors(key), "
            "region TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '', "
            "contact_phone TEXT NOT NULL DEFAULT '', contact_email TEXT NOT NULL DEFAULT '', "
            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")),
        QStringLiteral("CREATE INDEX operators_sector ON operators (sector)"),
        d.ddl(QStringLiteral(
            "CREATE TABLE systems (id {pk}, operator_id {bigint} NOT NULL REFERENCES "
            "operators(id), "
            "name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', "
            "category TEXT NOT NULL CHECK (category IN "
            "('website','platform','production','other')), "
            "mlps_level INTEGER NOT NULL CHECK (mlps_level BETWEEN 1 AND 5), "
            "status TEXT NOT NULL CHECK (status IN ('in-service','planned','retired')), "
            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")),
        QStringLiteral("CREATE INDEX systems_operator ON systems (operator_id)"),
        d.ddl(QStringLiteral(
            "CREATE TABLE indicators (key TEXT PRIMARY KEY, name_zh TEXT NOT NULL, "
            "name_en TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', "
            "type TEXT NOT NULL CHECK (type IN ('integer','decimal','boolean','enum')), "
            "enum_values TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL)")),
        d.ddl(QStringLiteral(
            "CREATE TABLE indicator_values (system_id {bigint} NOT NULL REFERENCES systems(id) "
            "ON DELETE CASCADE, indicator_key TEXT NOT NULL REFERENCES indicators(key), "
            "value TEXT NOT NULL, reported_on TEXT, PRIMARY KEY (system_id, indicator_key))")),
    };
    s += d.appendOnlyTriggers(QStringLiteral("audit_log"));
    return s;
}

Status seedV1(WriteTransaction &tx)
{
    int order = 0;
    for (const Sector &sector : Sector::all()) {
        if (auto r = tx.exec(QStringLiteral("INSERT INTO sectors (key, name_zh, name_en, "
                                            "sort_order) VALUES (?, ?, ?, ?)"),
                             {sector.key, sector.nameZh, sector.nameEn, ++order});
            !r)
            return r.error();
    }
    for (const Department &dep : Department::defaults()) {
        if (auto r = tx.exec(QStringLiteral("INSERT INTO departments (key, name_zh, name_en, own) "
                                            "VALUES (?, ?, ?, ?)"),
                             {dep.key, dep.nameZh, dep.nameEn, dep.own ? 1 : 0});
            !r)
            return r.error();
    }
    order = 0;
    for (const Indicator &ind : IndicatorCatalogue::defaults()) {
        if (auto r =
                tx.exec(QStringLiteral("INSERT INTO indicators (key, name_zh, name_en, unit, "
                                       "type, enum_values, sort_order) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {ind.key, ind.nameZh, ind.nameEn, ind.unit, Indicator::typeKey(ind.type),
                         ind.enumValues.join(QLatin1Char('|')), ++order});
            !r)
            return r.error();
    }
    return {};
}

// Art. 9 rule sets. A filed version never changes: the only change the store accepts to a
// filed row is its status becoming "superseded"; superseded and filed rows cannot be deleted.
QStringList schemaV2(const SqlDialect &d)
{
    QStringList s = {
        d.ddl(QStringLiteral(
            "CREATE TABLE rulesets (id {pk}, sector TEXT NOT NULL REFERENCES sectors(key), "
            "version INTEGER NOT NULL, "
            "status TEXT NOT NULL CHECK (status IN ('draft','submitted','filed','superseded')), "
            "title_zh TEXT NOT NULL, title_en TEXT NOT NULL DEFAULT '', "
            "filing_reference TEXT NOT NULL DEFAULT '', filed_on TEXT, "
            "definition TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
            "UNIQUE (sector, version))")),
    };
    QStringList unchanged;
    for (const char *column : {"sector", "version", "title_zh", "title_en", "filing_reference",
                               "filed_on", "definition"}) {
        const QString c = QString::fromLatin1(column);
        unchanged << d.nullSafeEquals(QStringLiteral("NEW.") + c, QStringLiteral("OLD.") + c);
    }
    s += d.rowGuard(QStringLiteral("rulesets_filed_immutable"), QStringLiteral("rulesets"),
                    QStringLiteral("UPDATE"),
                    QStringLiteral("OLD.status IN ('filed','superseded') AND NOT (OLD.status = "
                                   "'filed' AND NEW.status = 'superseded' AND %1)")
                        .arg(unchanged.join(QLatin1String(" AND "))),
                    QStringLiteral("a filed rule set cannot change"));
    s +=
        d.rowGuard(QStringLiteral("rulesets_filed_kept"), QStringLiteral("rulesets"),
                   QStringLiteral("DELETE"), QStringLiteral("OLD.status IN ('filed','superseded')"),
                   QStringLiteral("a filed rule set cannot be deleted"));
    return s;
}

// Art. 10 identification. A case records one evaluation of one system under one filed rule
// set: its inputs, outcome and trace never change; the regulator's decision and the dates the
// operator and MPS were notified are set once. Runs, cases and notices are never deleted.
// Notices are numbered per issuing department and year; the UNIQUE constraint makes a
// duplicate number impossible even if two writers raced past the write lock.
QStringList schemaV3(const SqlDialect &d)
{
    QStringList s = {
        QStringLiteral("ALTER TABLE departments ADD COLUMN doc_prefix TEXT NOT NULL DEFAULT ''"),
        d.ddl(QStringLiteral("CREATE TABLE identification_runs (id {pk}, scope TEXT NOT NULL, "
                             "started_at TEXT NOT NULL, os_user TEXT NOT NULL)")),
        d.ddl(QStringLiteral(
            "CREATE TABLE identification_cases (id {pk}, "
            "run_id {bigint} NOT NULL REFERENCES identification_runs(id), "
            "system_id {bigint} NOT NULL REFERENCES systems(id), "
            "ruleset_id {bigint} NOT NULL REFERENCES rulesets(id), "
            "created_at TEXT NOT NULL, category TEXT NOT NULL, inputs TEXT NOT NULL, "
            // Checks spelled with OR: SQLite runs "IN (a, b, c)" through a temporary table
            // on every insert, which bulk identification feels.
            "outcome TEXT NOT NULL CHECK (outcome = 'cii' OR outcome = 'not-cii' OR "
            "outcome = 'insufficient-data'), "
            "trace TEXT NOT NULL, decided_names TEXT NOT NULL, "
            "status TEXT NOT NULL DEFAULT 'evaluated' CHECK (status = 'evaluated' OR "
            "status = 'decided' OR status = 'notified'), "
            "decision TEXT CHECK (decision = 'cii' OR decision = 'not-cii'), "
            "override_reason TEXT NOT NULL DEFAULT '', decided_by TEXT NOT NULL DEFAULT '', "
            "decided_at TEXT, operator_notified_on TEXT, mps_notified_on TEXT)")),
        QStringLiteral("CREATE INDEX cases_system ON identification_cases (system_id, id)"),
        QStringLiteral("CREATE INDEX cases_decided ON identification_cases (system_id, id) "
                       "WHERE decision IS NOT NULL"),
        QStringLiteral("CREATE INDEX cases_run ON identification_cases (run_id)"),
        d.ddl(QStringLiteral(
            "CREATE TABLE notices (id {pk}, kind TEXT NOT NULL "
            "CHECK (kind = 'operator' OR kind = 'mps' OR kind = 'inspection'), "
            "department TEXT NOT NULL, "
            "year INTEGER NOT NULL, number INTEGER NOT NULL, "
            "operator_id {bigint} REFERENCES operators(id), issued_on TEXT NOT NULL, "
            "issued_at TEXT NOT NULL, issued_by TEXT NOT NULL, "
            "UNIQUE (department, year, number))")),
        d.ddl(QStringLiteral(
            "CREATE TABLE notice_cases (notice_id {bigint} NOT NULL REFERENCES notices(id), "
            "case_id {bigint} NOT NULL REFERENCES identification_cases(id), "
            "PRIMARY KEY (notice_id, case_id))")),
        QStringLiteral("CREATE INDEX notice_cases_case ON notice_cases (case_id)"),
    };
    s += d.appendOnlyTriggers(QStringLiteral("identification_runs"));
    s += d.appendOnlyTriggers(QStringLiteral("notices"));
    s += d.appendOnlyTriggers(QStringLiteral("notice_cases"));
    QStringList evaluation;
    for (const char *column : {"run_id", "system_id", "ruleset_id", "created_at", "category",
                               "inputs", "outcome", "trace", "decided_names"}) {
        const QString c = QString::fromLatin1(column);
        evaluation << d.nullSafeEquals(QStringLiteral("NEW.") + c, QStringLiteral("OLD.") + c);
    }
    s += d.rowGuard(QStringLiteral("cases_evaluation_immutable"),
                    QStringLiteral("identification_cases"), QStringLiteral("UPDATE"),
                    QStringLiteral("NOT (%1)").arg(evaluation.join(QLatin1String(" AND "))),
                    QStringLiteral("the evaluation of an identification case cannot change"));
    QStringList decision;
    for (const char *column : {"decision", "override_reason", "decided_by", "decided_at"}) {
        const QString c = QString::fromLatin1(column);
        decision << d.nullSafeEquals(QStringLiteral("NEW.") + c, QStringLiteral("OLD.") + c);
    }
    s += d.rowGuard(QStringLiteral("cases_decision_final"), QStringLiteral("identification_cases"),
                    QStringLiteral("UPDATE"),
                    QStringLiteral("OLD.decision IS NOT NULL AND NOT (%1)")
                        .arg(decision.join(QLatin1String(" AND "))),
                    QStringLiteral("a decision cannot change; identify the system again"));
    s += d.rowGuard(QStringLiteral("cases_notified_once"), QStringLiteral("identification_cases"),
                    QStringLiteral("UPDATE"),
                    QStringLiteral("(OLD.operator_notified_on IS NOT NULL AND NOT (%1)) OR "
                                   "(OLD.mps_notified_on IS NOT NULL AND NOT (%2))")
                        .arg(d.nullSafeEquals(QStringLiteral("NEW.operator_notified_on"),
                                              QStringLiteral("OLD.operator_notified_on")),
                             d.nullSafeEquals(QStringLiteral("NEW.mps_notified_on"),
                                              QStringLiteral("OLD.mps_notified_on"))),
                    QStringLiteral("a notification date, once recorded, cannot change"));
    s += d.rowGuard(QStringLiteral("cases_kept"), QStringLiteral("identification_cases"),
                    QStringLiteral("DELETE"), QStringLiteral("1 = 1"),
                    QStringLiteral("identification cases cannot be deleted"));
    return s;
}

// Art. 11, 17, 18, 21: the facts deadlines are derived from, and the store-wide settings of
// how they are computed. Reports are records: never deleted.
QStringList schemaV4(const SqlDialect &d)
{
    QStringList s = {
        d.ddl(QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")),
        d.ddl(QStringLiteral(
            "CREATE TABLE change_reports (id {pk}, "
            "operator_id {bigint} NOT NULL REFERENCES operators(id), received_on TEXT NOT NULL, "
            "description TEXT NOT NULL, attachments TEXT NOT NULL DEFAULT '', "
            "created_at TEXT NOT NULL)")),
        d.ddl(QStringLiteral(
            "CREATE TABLE change_report_systems (report_id {bigint} NOT NULL REFERENCES "
            "change_reports(id), system_id {bigint} NOT NULL REFERENCES systems(id), "
            "PRIMARY KEY (report_id, system_id))")),
        d.ddl(QStringLiteral(
            "CREATE TABLE assessments (id {pk}, system_id {bigint} NOT NULL REFERENCES "
            "systems(id), year INTEGER NOT NULL, received_on TEXT NOT NULL, "
            "findings INTEGER NOT NULL DEFAULT 0, rectification TEXT NOT NULL DEFAULT '', "
            "created_at TEXT NOT NULL, UNIQUE (system_id, year))")),
        d.ddl(QStringLiteral(
            "CREATE TABLE operator_events (id {pk}, operator_id {bigint} NOT NULL REFERENCES "
            "operators(id), kind TEXT NOT NULL CHECK (kind = 'incident' OR kind = 'threat' OR "
            "kind = 'merger' OR kind = 'separation' OR kind = 'dissolution'), "
            "occurred_on TEXT NOT NULL, description TEXT NOT NULL, follow_up_due TEXT NOT NULL, "
            "closed_on TEXT, created_at TEXT NOT NULL)")),
    };
    for (const char *table :
         {"change_reports", "change_report_systems", "assessments", "operator_events"})
        s += d.rowGuard(QStringLiteral("%1_kept").arg(QLatin1String(table)),
                        QString::fromLatin1(table), QStringLiteral("DELETE"),
                        QStringLiteral("1 = 1"),
                        QStringLiteral("reports are records and cannot be deleted"));
    return s;
}

// Art. 26–28: inspections by any department, their participants and scope, joint
// inspections made from conflicting ones (the originals stay, linked), findings and their
// rectification. Nothing here is deleted; a merged inspection keeps its row.
QStringList schemaV5(const SqlDialect &d)
{
    QStringList s = {
        d.ddl(QStringLiteral(
            "CREATE TABLE inspections (id {pk}, "
            "operator_id {bigint} NOT NULL REFERENCES operators(id), "
            "lead TEXT NOT NULL REFERENCES departments(key), kind TEXT NOT NULL, "
            "start_on TEXT NOT NULL, end_on TEXT NOT NULL, team TEXT NOT NULL DEFAULT '', "
            "status TEXT NOT NULL CHECK (status = 'planned' OR status = 'notified' OR "
            "status = 'in-progress' OR status = 'completed' OR status = 'cancelled'), "
            "notes TEXT NOT NULL DEFAULT '', "
            "merged_into {bigint} REFERENCES inspections(id), joint INTEGER NOT NULL DEFAULT 0, "
            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK (end_on >= start_on))")),
        QStringLiteral("CREATE INDEX inspections_operator ON inspections (operator_id, start_on)"),
        d.ddl(QStringLiteral(
            "CREATE TABLE inspection_departments (inspection_id {bigint} NOT NULL REFERENCES "
            "inspections(id), department TEXT NOT NULL REFERENCES departments(key), "
            "PRIMARY KEY (inspection_id, department))")),
        d.ddl(QStringLiteral(
            "CREATE TABLE inspection_systems (inspection_id {bigint} NOT NULL REFERENCES "
            "inspections(id), system_id {bigint} NOT NULL REFERENCES systems(id), "
            "PRIMARY KEY (inspection_id, system_id))")),
        d.ddl(QStringLiteral(
            "CREATE TABLE findings (id {pk}, inspection_id {bigint} NOT NULL REFERENCES "
            "inspections(id), system_id {bigint} REFERENCES systems(id), "
            "severity TEXT NOT NULL CHECK (severity = 'low' OR severity = 'medium' OR "
            "severity = 'high' OR severity = 'critical'), description TEXT NOT NULL, "
            "rectification_due TEXT NOT NULL, status TEXT NOT NULL CHECK (status = 'open' OR "
            "status = 'rectifying' OR status = 'fixed' OR status = 'verified'), "
            "fixed_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")),
        d.ddl(QStringLiteral(
            "CREATE TABLE notice_inspections (notice_id {bigint} NOT NULL REFERENCES notices(id), "
            "inspection_id {bigint} NOT NULL REFERENCES inspections(id), "
            "PRIMARY KEY (notice_id, inspection_id))")),
    };
    for (const char *table : {"inspections", "findings"})
        s += d.rowGuard(QStringLiteral("%1_kept").arg(QLatin1String(table)),
                        QString::fromLatin1(table), QStringLiteral("DELETE"),
                        QStringLiteral("1 = 1"),
                        QStringLiteral("inspection records cannot be deleted"));
    s += d.appendOnlyTriggers(QStringLiteral("notice_inspections"));
    return s;
}

// Civil Code Art. 203: the statutory holidays and make-up working days of each year's
// arrangement, so period ends move off rest days the same way on every workstation. Seeded
// with the shipped, confirmed years; a department imports each new year's notice.
QStringList schemaV6(const SqlDialect &d)
{
    return {d.ddl(QStringLiteral(
        "CREATE TABLE calendar_days (date TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK "
        "(kind = 'holiday' OR kind = 'workday'), name_zh TEXT NOT NULL, name_en TEXT NOT NULL, "
        "source_year INTEGER NOT NULL)"))};
}

Status seedV6(WriteTransaction &tx)
{
    Result<QVector<CalendarDay>> days = HolidayCalendar::shipped();
    if (!days)
        return days.error();
    for (const CalendarDay &day : days.value())
        if (auto r = tx.exec(
                QStringLiteral("INSERT INTO calendar_days (date, kind, name_zh, "
                               "name_en, source_year) VALUES (?, ?, ?, ?, ?)"),
                {day.date.toString(Qt::ISODate), day.kind, day.nameZh, day.nameEn, day.sourceYear});
            !r)
            return r.error();
    return {};
}

// Legal fidelity of the department's documents. A numbered document keeps what it was issued
// with (number text, department names, contact, whether it stated that the MPS had been
// notified), so a reprint matches the original whatever the settings say later; a reissue
// names the notice it replaces and why; filing letters (Art. 9) share the notices' numbering.
// The department gets the contact every document shows. SQLite cannot widen a CHECK in place:
// the append-only notices table is rebuilt, its children's references checked at commit.
QStringList schemaV7(const SqlDialect &d)
{
    const QString kinds = QStringLiteral(
        "kind = 'operator' OR kind = 'mps' OR kind = 'inspection' OR kind = 'filing-letter'");
    QStringList s = {
        QStringLiteral("ALTER TABLE departments ADD COLUMN contact_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE departments ADD COLUMN contact_phone TEXT NOT NULL DEFAULT ''"),
    };
    const QStringList added = {
        QStringLiteral("number_zh TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("number_en TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("department_zh TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("department_en TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("contact_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("contact_phone TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("states_mps_notified INTEGER NOT NULL DEFAULT 0"),
        d.ddl(QStringLiteral("replaces_id {bigint} REFERENCES notices(id)")),
        QStringLiteral("reissue_reason TEXT NOT NULL DEFAULT ''"),
        d.ddl(QStringLiteral("ruleset_id {bigint} REFERENCES rulesets(id)")),
    };
    // The notices issued before: their number and names as the settings read now, which is
    // what they were printed with until this version.
    const QString asIssued = QStringLiteral(
        "COALESCE(d.doc_prefix, '') || '〔' || n.year || '〕' || n.number || '号', "
        "CASE WHEN COALESCE(d.doc_prefix, '') = '' THEN '' ELSE d.doc_prefix || ' ' END || "
        "'[' || n.year || '] No. ' || n.number, COALESCE(d.name_zh, ''), COALESCE(d.name_en, '')");
    if (d.isSqlite()) {
        s += {
            QStringLiteral("PRAGMA defer_foreign_keys = ON"),
            QStringLiteral("CREATE TEMP TABLE notices_before AS SELECT * FROM notices"),
            QStringLiteral("DROP TABLE notices"),
            d.ddl(QStringLiteral(
                      "CREATE TABLE notices (id {pk}, kind TEXT NOT NULL CHECK (%1), "
                      "department TEXT NOT NULL, year INTEGER NOT NULL, number INTEGER NOT NULL, "
                      "operator_id {bigint} REFERENCES operators(id), issued_on TEXT NOT NULL, "
                      "issued_at TEXT NOT NULL, issued_by TEXT NOT NULL, %2, "
                      "UNIQUE (department, year, number))")
                      .arg(kinds, added.join(QStringLiteral(", ")))),
            QStringLiteral("INSERT INTO notices (id, kind, department, year, number, operator_id, "
                           "issued_on, issued_at, issued_by, number_zh, number_en, "
                           "department_zh, department_en) SELECT n.id, n.kind, n.department, "
                           "n.year, n.number, n.operator_id, n.issued_on, n.issued_at, "
                           "n.issued_by, %1 FROM notices_before n LEFT JOIN departments d "
                           "ON d.key = n.department ORDER BY n.id")
                .arg(asIssued),
            QStringLiteral("DROP TABLE notices_before"),
        };
        s += d.appendOnlyTriggers(QStringLiteral("notices"));
    } else {
        s << QStringLiteral("ALTER TABLE notices DROP CONSTRAINT notices_kind_check, "
                            "ADD CONSTRAINT notices_kind_check CHECK (%1)")
                 .arg(kinds);
        for (const QString &column : added)
            s << QStringLiteral("ALTER TABLE notices ADD COLUMN ") + column;
        s << QStringLiteral("ALTER TABLE notices DISABLE TRIGGER notices_no_update")
          << QStringLiteral("UPDATE notices n SET (number_zh, number_en, department_zh, "
                            "department_en) = (SELECT %1 FROM departments d WHERE d.key = "
                            "n.department)")
                 .arg(asIssued)
          << QStringLiteral("ALTER TABLE notices ENABLE TRIGGER notices_no_update");
    }
    s << QStringLiteral("CREATE INDEX notices_ruleset ON notices (ruleset_id) "
                        "WHERE ruleset_id IS NOT NULL");
    return s;
}

// What the filter box of the systems (and identification) lists searches: the system's name
// and its operator's code, names and region, lower-cased.
QString systemSearchText(const QString &system, const QString &op)
{
    return QStringLiteral("lower(%1.name || ' ' || %2.uscc || ' ' || %2.name_zh || ' ' || "
                          "%2.name_en || ' ' || %2.region)")
        .arg(system, op);
}

QStringList schemaV8(const SqlDialect &d)
{
    QStringList s = {
        // The lists sort by these without sorting the whole table.
        // (With the status: the identification list, which leaves out retired systems without
        // cases, reads its order from the index alone.)
        QStringLiteral("CREATE INDEX systems_name ON systems (name, status)"),
        QStringLiteral("CREATE INDEX operators_name ON operators (name_zh)"),
        // With the window's end, the calendar's weeks are found in the index, not by reading
        // every inspection that starts before them.
        QStringLiteral("CREATE INDEX inspections_start ON inspections (start_on, end_on)"),
        // The audit list reads ids in order, counts and filters the short columns from this
        // index instead of the table with its JSON bodies (a twentieth of the size).
        QStringLiteral("CREATE INDEX audit_log_list ON audit_log (id, at, os_user, action, "
                       "entity, entity_id)"),
        // Each system's newest case, its outcome and decision, read from the index alone (the
        // identification list, the dashboard): the case rows themselves carry the traces.
        QStringLiteral("CREATE INDEX cases_newest ON identification_cases (system_id, id, "
                       "outcome, decision)"),
    };
    if (!d.isSqlite())
        return s; // PostgreSQL filters with ILIKE over the columns (a trigram index is its own)
    // The search text of every system, kept in step by triggers, and its trigram index
    // (FTS5): a filter of three or more characters is an index lookup; a shorter one scans
    // this narrow table rather than the systems and their operators.
    const QString text = systemSearchText(QStringLiteral("s"), QStringLiteral("o"));
    s += {
        QStringLiteral("CREATE TABLE system_search (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
        QStringLiteral("CREATE VIRTUAL TABLE system_search_fts USING fts5(text, "
                       "content='system_search', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER system_search_added AFTER INSERT ON system_search BEGIN "
                       "INSERT INTO system_search_fts (rowid, text) VALUES (NEW.id, NEW.text); "
                       "END"),
        QStringLiteral("CREATE TRIGGER system_search_removed AFTER DELETE ON system_search BEGIN "
                       "INSERT INTO system_search_fts (system_search_fts, rowid, text) "
                       "VALUES ('delete', OLD.id, OLD.text); END"),
        QStringLiteral("CREATE TRIGGER system_search_changed AFTER UPDATE ON system_search BEGIN "
                       "INSERT INTO system_search_fts (system_search_fts, rowid, text) "
                       "VALUES ('delete', OLD.id, OLD.text); "
                       "INSERT INTO system_search_fts (rowid, text) VALUES (NEW.id, NEW.text); "
                       "END"),
        QStringLiteral("CREATE TRIGGER systems_searchable AFTER INSERT ON systems BEGIN "
                       "INSERT INTO system_search (id, text) SELECT NEW.id, %1 FROM systems s "
                       "JOIN operators o ON o.id = s.operator_id WHERE s.id = NEW.id; END")
            .arg(text),
        QStringLiteral("CREATE TRIGGER systems_search_changed AFTER UPDATE OF name, operator_id "
                       "ON systems BEGIN UPDATE system_search SET text = (SELECT %1 FROM "
                       "systems s JOIN operators o ON o.id = s.operator_id WHERE s.id = NEW.id) "
                       "WHERE id = NEW.id; END")
            .arg(text),
        QStringLiteral("CREATE TRIGGER systems_search_removed AFTER DELETE ON systems BEGIN "
                       "DELETE FROM system_search WHERE id = OLD.id; END"),
        QStringLiteral("CREATE TRIGGER operators_search_changed AFTER UPDATE OF uscc, name_zh, "
                       "name_en, region ON operators BEGIN UPDATE system_search SET text = "
                       "(SELECT %1 FROM systems s JOIN operators o ON o.id = s.operator_id "
                       "WHERE s.id = system_search.id) WHERE id IN (SELECT id FROM systems "
                       "WHERE operator_id = NEW.id); END")
            .arg(text),
        QStringLiteral("INSERT INTO system_search (id, text) SELECT s.id, %1 FROM systems s "
                       "JOIN operators o ON o.id = s.operator_id")
            .arg(text),
    };
    return s;
}

// The sectors a department protects (the own department's, set on first run). A table rather
// than a list in a column, so that a sector key is checked against the sectors it names.
// (The official-document body font needs no schema: it is a row of the settings table.)
QStringList schemaV9(const SqlDialect &d)
{
    return {
        d.ddl(QStringLiteral("CREATE TABLE department_sectors (department TEXT NOT NULL REFERENCES "
                             "departments(key), sector TEXT NOT NULL REFERENCES sectors(key), "
                             "PRIMARY KEY (department, sector))")),
    };
}

// Issue 14 reserves three numbers so that its three parts can be written side by side; each
// part fills its own. Until it does, the version exists and changes nothing.
// Issue 14, incidents (Regulations Art. 18; 2025 Reporting Measures): the grading guide's
// criteria as the department keeps them, incidents with their grading, the systems they hit
// and the timeline of their reports. Nothing is deleted. What the department received from
// the operator (who, when discovered, when received) never changes: the lateness of the
// operator's report (Art. 40 evidence) is judged from it. Timeline entries are append-only;
// a closed incident stays closed and its end of handling stays as recorded.
QStringList schemaV10(const SqlDialect &d)
{
    const QString grades = QStringLiteral("'especially-major','major','large'");
    QStringList s = {
        d.ddl(QStringLiteral(
                  "CREATE TABLE incident_criteria (id {pk}, key TEXT NOT NULL UNIQUE, "
                  "grade TEXT NOT NULL CHECK (grade IN (%1)), fact TEXT NOT NULL, "
                  "op TEXT NOT NULL CHECK (op = '>=' OR op = '>' OR op = 'is'), "
                  "threshold TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '', "
                  "text_zh TEXT NOT NULL, text_en TEXT NOT NULL, "
                  "source TEXT NOT NULL CHECK (source IN "
                  "('confirmed','secondary','unconfirmed','department')), "
                  "reference TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 0, "
                  "sort_order INTEGER NOT NULL, updated_at TEXT NOT NULL)")
                  .arg(grades)),
        d.ddl(QStringLiteral(
                  "CREATE TABLE incidents (id {pk}, "
                  "operator_id {bigint} NOT NULL REFERENCES operators(id), "
                  "type TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', "
                  "description TEXT NOT NULL DEFAULT '', occurred_at TEXT, "
                  "discovered_at TEXT NOT NULL, received_at TEXT NOT NULL, "
                  "proposed_grade TEXT NOT NULL DEFAULT '' CHECK (proposed_grade IN "
                  "('', %1, 'general')), facts TEXT NOT NULL DEFAULT '{}', "
                  "trace TEXT NOT NULL DEFAULT '[]', "
                  "deciding_criterion TEXT NOT NULL DEFAULT '', proposed_at TEXT, "
                  "decided_grade TEXT NOT NULL DEFAULT '' CHECK (decided_grade IN "
                  "('', %1, 'general')), grade_reason TEXT NOT NULL DEFAULT '', "
                  "decided_at TEXT, decided_by TEXT NOT NULL DEFAULT '', "
                  "status TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR "
                  "status = 'handling' OR status = 'closed'), handling_ended_at TEXT, "
                  "follow_up_due_at TEXT, follow_up_requested_at TEXT, unit_overview TEXT NOT NULL "
                  "DEFAULT '', "
                  "impact TEXT NOT NULL DEFAULT '', measures TEXT NOT NULL DEFAULT '', "
                  "next_steps TEXT NOT NULL DEFAULT '', "
                  "support_requested TEXT NOT NULL DEFAULT '', cause TEXT NOT NULL DEFAULT '', "
                  "accountability TEXT NOT NULL DEFAULT '', "
                  "rectification TEXT NOT NULL DEFAULT '', lessons TEXT NOT NULL DEFAULT '', "
                  "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")
                  .arg(grades)),
        QStringLiteral("CREATE INDEX incidents_received ON incidents (received_at, id)"),
        QStringLiteral("CREATE INDEX incidents_operator ON incidents (operator_id)"),
        d.ddl(QStringLiteral(
            "CREATE TABLE incident_systems (incident_id {bigint} NOT NULL REFERENCES "
            "incidents(id), system_id {bigint} NOT NULL REFERENCES systems(id), "
            "PRIMARY KEY (incident_id, system_id))")),
        d.ddl(QStringLiteral(
            "CREATE TABLE incident_reports (id {pk}, incident_id {bigint} NOT NULL REFERENCES "
            "incidents(id), kind TEXT NOT NULL CHECK (kind = 'operator-report' OR "
            "kind = 'onward-report' OR kind = 'follow-up' OR kind = 'summary-report'), "
            "action TEXT NOT NULL CHECK (action = 'received' OR action = 'sent' OR "
            "action = 'issued'), at TEXT NOT NULL, party TEXT NOT NULL DEFAULT '', "
            "note TEXT NOT NULL DEFAULT '', recorded_at TEXT NOT NULL, "
            "recorded_by TEXT NOT NULL)")),
        QStringLiteral("CREATE INDEX incident_reports_incident ON incident_reports "
                       "(incident_id, at, id)"),
    };
    s += d.appendOnlyTriggers(QStringLiteral("incident_systems"));
    s += d.appendOnlyTriggers(QStringLiteral("incident_reports"));
    for (const char *table : {"incident_criteria", "incidents"})
        s += d.rowGuard(QStringLiteral("%1_kept").arg(QLatin1String(table)),
                        QString::fromLatin1(table), QStringLiteral("DELETE"),
                        QStringLiteral("1 = 1"),
                        QStringLiteral("incident records cannot be deleted"));
    QStringList received;
    for (const char *column : {"operator_id", "discovered_at", "received_at", "created_at"}) {
        const QString c = QString::fromLatin1(column);
        received << d.nullSafeEquals(QStringLiteral("NEW.") + c, QStringLiteral("OLD.") + c);
    }
    s += d.rowGuard(QStringLiteral("incidents_report_immutable"), QStringLiteral("incidents"),
                    QStringLiteral("UPDATE"),
                    QStringLiteral("NOT (%1)").arg(received.join(QLatin1String(" AND "))),
                    QStringLiteral("what the operator reported and when cannot change"));
    s += d.rowGuard(QStringLiteral("incidents_closed_final"), QStringLiteral("incidents"),
                    QStringLiteral("UPDATE"),
                    QStringLiteral("OLD.status = 'closed' AND NOT (NEW.status = 'closed' AND %1)")
                        .arg(d.nullSafeEquals(QStringLiteral("NEW.handling_ended_at"),
                                              QStringLiteral("OLD.handling_ended_at"))),
                    QStringLiteral("a closed incident stays closed"));
    s += d.rowGuard(
        QStringLiteral("incident_criteria_key_fixed"), QStringLiteral("incident_criteria"),
        QStringLiteral("UPDATE"),
        QStringLiteral("NOT (%1 AND %2)")
            .arg(d.nullSafeEquals(QStringLiteral("NEW.key"), QStringLiteral("OLD.key")),
                 d.nullSafeEquals(QStringLiteral("NEW.grade"), QStringLiteral("OLD.grade"))),
        QStringLiteral("a criterion keeps its key and grade"));
    return s;
}

// The grading guide as shipped (resources/incidents/grading-guide-2025.json): what the
// reference could not confirm arrives disabled.
Status seedV10(WriteTransaction &tx)
{
    Result<QVector<IncidentCriterion>> criteria = IncidentCriterion::shipped();
    if (!criteria)
        return criteria.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    int order = 0;
    for (const IncidentCriterion &c : criteria.value())
        if (auto r = tx.exec(
                QStringLiteral("INSERT INTO incident_criteria (key, grade, fact, op, threshold, "
                               "unit, text_zh, text_en, source, reference, enabled, sort_order, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {c.key, c.grade, c.fact, c.op, c.threshold, c.unit, c.textZh, c.textEn, c.source,
                 c.reference, c.enabled ? 1 : 0, ++order, now});
            !r)
            return r.error();
    return {};
}

// Operators' compliance evidence (Art. 13–17, 19–21): one row per record of a duty, kept for
// ever; the newest per operator and duty is in force, so a correction is a new record and the
// history shows what the department knew when. The index serves both the newest-per-duty read
// and an operator's history.
QStringList schemaV11(const SqlDialect &d)
{
    QStringList s = {
        d.ddl(QStringLiteral(
            "CREATE TABLE compliance_facts (id {pk}, "
            "operator_id {bigint} NOT NULL REFERENCES operators(id), duty TEXT NOT NULL, "
            "value TEXT NOT NULL, evidence_on TEXT NOT NULL, recorded_at TEXT NOT NULL, "
            "recorded_by TEXT NOT NULL)")),
        QStringLiteral(
            "CREATE INDEX compliance_facts_duty ON compliance_facts (operator_id, duty, id)"),
    };
    s += d.appendOnlyTriggers(QStringLiteral("compliance_facts"));
    return s;
}

// Enforcement cases (Art. 39–42) and their steps in the Administrative Penalty Law's order.
// A case, its evidence links and each step are records: never changed, never deleted; a case
// moves on by a new step, and its current step is its newest. Each kind of step happens once
// per case. The order, advance notice and decision are numbered in the department's sequence
// (the notices table), which gains their kinds: SQLite rebuilds the append-only table as
// schemaV7 did, its children's references checked at commit.
QStringList schemaV12(const SqlDialect &d)
{
    const QString kinds = QStringLiteral(
        "kind = 'operator' OR kind = 'mps' OR kind = 'inspection' OR kind = 'filing-letter' OR "
        "kind = 'enforcement-order' OR kind = 'enforcement-notice' OR "
        "kind = 'enforcement-decision'");
    QStringList s = {
        d.ddl(QStringLiteral(
            "CREATE TABLE enforcement_cases (id {pk}, "
            "operator_id {bigint} NOT NULL REFERENCES operators(id), article TEXT NOT NULL, "
            "facts TEXT NOT NULL, person TEXT NOT NULL DEFAULT '', "
            "purchase_amount {bigint} NOT NULL DEFAULT 0 CHECK (purchase_amount >= 0), "
            "opened_on TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL)")),
        QStringLiteral("CREATE INDEX enforcement_cases_operator ON enforcement_cases "
                       "(operator_id)"),
        d.ddl(QStringLiteral(
            "CREATE TABLE enforcement_evidence (case_id {bigint} NOT NULL REFERENCES "
            "enforcement_cases(id), kind TEXT NOT NULL CHECK (kind = 'finding' OR "
            "kind = 'incident' OR kind = 'deadline' OR kind = 'compliance'), "
            "ref TEXT NOT NULL, PRIMARY KEY (case_id, kind, ref))")),
        d.ddl(QStringLiteral(
            "CREATE TABLE enforcement_steps (id {pk}, case_id {bigint} NOT NULL REFERENCES "
            "enforcement_cases(id), kind TEXT NOT NULL CHECK (kind = 'order' OR "
            "kind = 'check' OR kind = 'advance-notice' OR kind = 'decision' OR "
            "kind = 'closed'), step_on TEXT NOT NULL, rectify_by TEXT, "
            "warning INTEGER NOT NULL DEFAULT 0, rectified INTEGER NOT NULL DEFAULT 0, "
            "harm INTEGER NOT NULL DEFAULT 0, "
            "fine_operator {bigint} NOT NULL DEFAULT 0 CHECK (fine_operator >= 0), "
            "fine_person {bigint} NOT NULL DEFAULT 0 CHECK (fine_person >= 0), "
            "hearing_held INTEGER NOT NULL DEFAULT 0, hearing_on TEXT, "
            "note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
            "UNIQUE (case_id, kind))")),
    };
    for (const char *table : {"enforcement_cases", "enforcement_evidence", "enforcement_steps"})
        s += d.appendOnlyTriggers(QString::fromLatin1(table));
    const QString columns = QStringLiteral(
        "id {pk}, kind TEXT NOT NULL CHECK (%1), department TEXT NOT NULL, "
        "year INTEGER NOT NULL, number INTEGER NOT NULL, "
        "operator_id {bigint} REFERENCES operators(id), issued_on TEXT NOT NULL, "
        "issued_at TEXT NOT NULL, issued_by TEXT NOT NULL, "
        "number_zh TEXT NOT NULL DEFAULT '', number_en TEXT NOT NULL DEFAULT '', "
        "department_zh TEXT NOT NULL DEFAULT '', department_en TEXT NOT NULL DEFAULT '', "
        "contact_name TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '', "
        "states_mps_notified INTEGER NOT NULL DEFAULT 0, "
        "replaces_id {bigint} REFERENCES notices(id), "
        "reissue_reason TEXT NOT NULL DEFAULT '', "
        "ruleset_id {bigint} REFERENCES rulesets(id), UNIQUE (department, year, number)");
    if (d.isSqlite()) {
        s += {
            QStringLiteral("PRAGMA defer_foreign_keys = ON"),
            QStringLiteral("CREATE TEMP TABLE notices_before AS SELECT * FROM notices"),
            QStringLiteral("DROP TABLE notices"),
            d.ddl(QStringLiteral("CREATE TABLE notices (%1)").arg(columns.arg(kinds))),
            QStringLiteral("INSERT INTO notices SELECT * FROM notices_before ORDER BY id"),
            QStringLiteral("DROP TABLE notices_before"),
            QStringLiteral("CREATE INDEX notices_ruleset ON notices (ruleset_id) "
                           "WHERE ruleset_id IS NOT NULL"),
        };
        s += d.appendOnlyTriggers(QStringLiteral("notices"));
    } else {
        s << QStringLiteral("ALTER TABLE notices DROP CONSTRAINT notices_kind_check, "
                            "ADD CONSTRAINT notices_kind_check CHECK (%1)")
                 .arg(kinds);
    }
    s += {
        d.ddl(QStringLiteral(
            "CREATE TABLE notice_enforcement_steps (notice_id {bigint} NOT NULL REFERENCES "
            "notices(id), step_id {bigint} NOT NULL UNIQUE REFERENCES enforcement_steps(id), "
            "PRIMARY KEY (notice_id, step_id))")),
    };
    s += d.appendOnlyTriggers(QStringLiteral("notice_enforcement_steps"));
    return s;
}

// Issue 15, several workstations on one store: each record edited in place carries a version
// that every UPDATE of it raises by one. An edit names the version its editor read and
// changes the row only while it is still that one; otherwise it meets the other client's
// change as a conflict (EditConflict) instead of silently writing over it.
QStringList schemaV13(const SqlDialect &)
{
    QStringList s;
    for (const char *table :
         {"operators", "systems", "departments", "inspections", "incidents", "rulesets"})
        s << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
                 .arg(QLatin1String(table));
    return s;
}

} // namespace

const QVector<Migration> &Migrations::all()
{
    static const QVector<Migration> migrations = {
        {1,
         QStringLiteral(
             "registry: sectors, departments, operators, systems, indicators; audit log"),
         schemaV1, seedV1},
        {2, QStringLiteral("identification rule sets, filed versions immutable"), schemaV2, {}},
        {3,
         QStringLiteral("identification cases, decisions and numbered notices; department "
                        "document prefix"),
         schemaV3,
         {}},
        {4,
         QStringLiteral("change reports, annual assessments, operator events; deadline "
                        "settings"),
         schemaV4,
         {}},
        {5,
         QStringLiteral("inspections, participants and scope, joint inspections, findings"),
         schemaV5,
         {}},
        {6, QStringLiteral("statutory holiday calendar"), schemaV6, seedV6},
        {7,
         QStringLiteral("notices keep what they were issued with; reissues, filing letters; "
                        "department contact"),
         schemaV7,
         {}},
        {8,
         QStringLiteral("indexes for sorting the lists; the systems' search text and its index"),
         schemaV8,
         {}},
        {9, QStringLiteral("the sectors each department protects"), schemaV9, {}},
        {10, QStringLiteral("incidents, their grading and their reports"), schemaV10, seedV10},
        {11, QStringLiteral("operators' compliance evidence"), schemaV11, {}},
        {12,
         QStringLiteral("enforcement cases, their evidence and steps; orders, advance notices "
                        "and decisions numbered"),
         schemaV12,
         {}},
        {13,
         QStringLiteral("row versions of the records edited in place (no lost update between "
                        "workstations)"),
         schemaV13,
         {}},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

} // namespace cii
