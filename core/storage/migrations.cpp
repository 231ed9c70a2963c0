#include "migrations.h"

#include "domain/department.h"
#include "domain/indicatorcatalogue.h"
#include "domain/sector.h"
#include "storage/writetransaction.h"

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

} // namespace

const QVector<Migration> &Migrations::all()
{
    static const QVector<Migration> migrations = {
        {1,
         QStringLiteral(
             "registry: sectors, departments, operators, systems, indicators; audit log"),
         schemaV1, seedV1},
        {2, QStringLiteral("identification rule sets, filed versions immutable"), schemaV2, {}},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

} // namespace cii
