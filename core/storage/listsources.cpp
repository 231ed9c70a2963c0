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
