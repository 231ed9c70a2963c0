#include "listsources.h"

#include "storage/database.h"

namespace cii {

SqlCondition ListSources::systemSearch(const Database &db, const QString &systemId,
                                       const QString &text)
{
    const QString lower = text.toLower();
    if (!db.dialect().isSqlite()) {
        const SqlDialect &d = db.dialect();
        return {QStringLiteral("%1 IN (SELECT s.id FROM systems s JOIN operators o ON o.id = "
                               "s.operator_id WHERE %2 OR %3 OR %4 OR %5 OR %6)")
                    .arg(systemId, d.containsLower(QStringLiteral("s.name")),
                         d.containsLower(QStringLiteral("o.uscc")),
                         d.containsLower(QStringLiteral("o.name_zh")),
                         d.containsLower(QStringLiteral("o.name_en")),
                         d.containsLower(QStringLiteral("o.region"))),
                {lower, lower, lower, lower, lower}};
    }
    // The trigram index answers three characters or more; fewer scan the narrow search table.
    if (lower.toUcs4().size() >= 3) {
        QString phrase = lower;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return {QStringLiteral("%1 IN (SELECT rowid FROM system_search_fts WHERE "
                               "system_search_fts MATCH ?)")
                    .arg(systemId),
                {QLatin1Char('"') + phrase + QLatin1Char('"')}};
    }
    return {QStringLiteral("%1 IN (SELECT id FROM system_search WHERE instr(text, ?) > 0)")
                .arg(systemId),
            {lower}};
}

std::unique_ptr<RowSource> ListSources::systems(const Database &db)
{
    RowSourceSpec spec;
    spec.from = QStringLiteral("systems s JOIN operators o ON o.id = s.operator_id");
    spec.keyFrom = QStringLiteral("systems s");
    spec.sortNeedsJoins = {Systems::Operator};
    spec.id = QStringLiteral("s.id");
    spec.columns = {
        QStringLiteral("s.id"),
        QStringLiteral("o.name_zh"),
        QStringLiteral("s.name"),
        QStringLiteral("s.category"),
        QStringLiteral("s.mlps_level"),
        QStringLiteral("s.status"),
        QStringLiteral("(SELECT COUNT(*) FROM indicator_values v WHERE v.system_id = s.id)"),
        QStringLiteral("o.name_en"),
        QStringLiteral("s.description"),
        QStringLiteral("s.operator_id"),
    };
    const Database *store = &db;
    spec.filter = [store](const QString &text) {
        return systemSearch(*store, QStringLiteral("s.id"), text);
    };
    return std::make_unique<RowSource>(db, spec);
}

SqlCondition ListSources::operatorsOfSector(const QString &sector)
{
    if (sector.isEmpty())
        return {};
    return {QStringLiteral("o.sector = ?"), {sector}};
}

namespace {
// The newest case of the system `s`, and the newest decided one.
const char *LatestCase = "(SELECT MAX(x.id) FROM identification_cases x WHERE x.system_id = s.id)";
const char *DecisionInForce = "(SELECT y.decision FROM identification_cases y WHERE "
                              "y.system_id = s.id AND y.decision IS NOT NULL ORDER BY y.id DESC "
                              "LIMIT 1)";
} // namespace

std::unique_ptr<RowSource> ListSources::identification(const Database &db)
{
    using I = Identification;
    RowSourceSpec spec;
    spec.from = QStringLiteral(
                    "systems s JOIN operators o ON o.id = s.operator_id "
                    "LEFT JOIN identification_cases c ON c.id = %1 "
                    "LEFT JOIN identification_cases d ON d.id = (SELECT MAX(y.id) FROM "
                    "identification_cases y WHERE y.system_id = s.id AND y.decision IS NOT NULL)")
                    .arg(QLatin1String(LatestCase));
    spec.keyFrom = QStringLiteral("systems s");
    spec.sortNeedsJoins = {I::Operator, I::Sector,  I::Engine,    I::Decision,
                           I::Status,   I::Changed, I::Identified};
    spec.id = QStringLiteral("s.id");
    spec.columns = {
        QStringLiteral("s.name"),
        QStringLiteral("o.name_zh"),
        QStringLiteral("o.sector"),
        QStringLiteral("s.category"),
        QStringLiteral("COALESCE(c.outcome, '')"),
        QStringLiteral("COALESCE(d.decision, '')"),
        QStringLiteral("COALESCE(c.status, '')"),
        QStringLiteral("CASE WHEN c.decision IS NULL AND d.decision IS NOT NULL AND c.outcome <> "
                       "d.decision THEN 1 ELSE 0 END"),
        QStringLiteral("COALESCE(c.created_at, '')"),
    };
    // A retired system stays in the list only while it has cases.
    spec.fixed = {QStringLiteral("s.status <> 'retired' OR EXISTS (SELECT 1 FROM "
                                 "identification_cases x WHERE x.system_id = s.id)"),
                  {}};
    const Database *store = &db;
    spec.filter = [store](const QString &text) {
        return systemSearch(*store, QStringLiteral("s.id"), text);
    };
    return std::make_unique<RowSource>(db, spec);
}

SqlCondition ListSources::identificationShow(Identification::Show show)
{
    const QString inForce = QLatin1String(DecisionInForce);
    // The newest case's values, from the cases_newest index alone (never the case rows).
    auto newest = [](const QString &condition) {
        return QStringLiteral("EXISTS (SELECT 1 FROM (SELECT x.outcome, x.decision FROM "
                              "identification_cases x WHERE x.system_id = s.id ORDER BY x.id "
                              "DESC LIMIT 1) n WHERE %1)")
            .arg(condition);
    };
    switch (show) {
    case Identification::All:
        return {};
    case Identification::Cii:
    case Identification::NotCii:
    case Identification::Insufficient: {
        const char *outcome = show == Identification::Cii      ? "cii"
                              : show == Identification::NotCii ? "not-cii"
                                                               : "insufficient-data";
        return {newest(QStringLiteral("COALESCE(n.decision, n.outcome) = ?")),
                {QString::fromLatin1(outcome)}};
    }
    case Identification::AwaitingDecision:
        return {newest(QStringLiteral("n.decision IS NULL")), {}};
    case Identification::ChangedSinceDecision:
        return {newest(QStringLiteral("n.decision IS NULL AND n.outcome <> %1").arg(inForce)), {}};
    case Identification::MlpsBelowThree:
        return {QStringLiteral("s.mlps_level BETWEEN 1 AND 2 AND %1 = 'cii'").arg(inForce), {}};
    }
    return {};
}

std::unique_ptr<RowSource> ListSources::operators(const Database &db)
{
    RowSourceSpec spec;
    spec.from = QStringLiteral("operators o LEFT JOIN sectors x ON x.key = o.sector");
    spec.id = QStringLiteral("o.id");
    spec.columns = {
        QStringLiteral("o.id"),
        QStringLiteral("o.uscc"),
        QStringLiteral("o.name_zh"),
        QStringLiteral("o.name_en"),
        QStringLiteral("o.sector"),
        QStringLiteral("o.region"),
        QStringLiteral("o.contact_name"),
        QStringLiteral("o.contact_phone"),
        QStringLiteral("o.contact_email"),
    };
    spec.sortKeys = {{}, {}, {}, {}, QStringLiteral("x.sort_order")};
    spec.filter = RowSourceSpec::substringFilter(
        db.dialect(),
        {QStringLiteral("o.uscc"), QStringLiteral("o.name_zh"), QStringLiteral("o.name_en"),
         QStringLiteral("o.region"), QStringLiteral("o.contact_name"), QStringLiteral("o.sector"),
         QStringLiteral("x.name_zh"), QStringLiteral("x.name_en")});
    return std::make_unique<RowSource>(db, spec);
}

} // namespace cii
