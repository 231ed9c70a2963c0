#include "listsources.h"

#include "domain/inspection.h"
#include "i18n/displaynames.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/registryrepository.h"

#include <QDate>

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
        RegistryRepository::nameRepeatsOf(),
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

std::unique_ptr<RowSource> ListSources::identification(const Database &db)
{
    using I = Identification;
    RowSourceSpec spec;
    spec.from = QStringLiteral(
                    "systems s JOIN operators o ON o.id = s.operator_id "
                    "LEFT JOIN identification_cases c ON c.id = %1 "
                    "LEFT JOIN identification_cases d ON d.id = (SELECT MAX(y.id) FROM "
                    "identification_cases y WHERE y.system_id = s.id AND y.decision IS NOT NULL)")
                    .arg(CaseRepository::newestCaseOf("id"));
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
    spec.fixed = {CaseRepository::listedSystem(), {}};
    const Database *store = &db;
    spec.filter = [store](const QString &text) {
        return systemSearch(*store, QStringLiteral("s.id"), text);
    };
    return std::make_unique<RowSource>(db, spec);
}

SqlCondition ListSources::identificationShow(Identification::Show show)
{
    const QString inForce = CaseRepository::decisionInForceOf();
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

std::unique_ptr<RowSource> ListSources::auditLog(const Database &db)
{
    RowSourceSpec spec;
    // Every list query reads the index audit_log_list (id and the short columns, migration 8),
    // a twentieth of the table with its JSON bodies.
    spec.from = QStringLiteral("audit_log a");
    spec.id = QStringLiteral("a.id");
    // The head of what changed: enough for a cell, and never the whole body of a big record.
    const QString change =
        QStringLiteral(
            "substr(CASE WHEN a.after_json = '{}' THEN a.before_json ELSE a.after_json END, 1, %1)")
            .arg(AuditLog::ChangeHeadLength + 1);
    spec.columns = {
        QStringLiteral("a.id"),        QStringLiteral("a.at"),     QStringLiteral("a.os_user"),
        QStringLiteral("a.action"),    QStringLiteral("a.entity"), change,
        QStringLiteral("a.entity_id"),
    };
    // The action, the entity and the time are written by the program in lower case (the
    // time's digits are what people type), so only the free columns are lowered: the filter
    // is one pass over the narrow index.
    const SqlDialect &d = db.dialect();
    const QString contains =
        d.isSqlite() ? QStringLiteral("instr(%1, ?) > 0") : QStringLiteral("strpos(%1, ?) > 0");
    const QStringList parts = {
        contains.arg(QStringLiteral("a.action")), contains.arg(QStringLiteral("a.entity")),
        contains.arg(QStringLiteral("a.at")), d.containsLower(QStringLiteral("a.entity_id")),
        d.containsLower(QStringLiteral("a.os_user"))};
    spec.filter = [parts](const QString &text) {
        SqlCondition c;
        for (int i = 0; i < parts.size(); ++i)
            c.binds << text.toLower();
        QStringList sql = parts;
        // What the list shows is the action's and the record kind's name in the current
        // language ("Result confirmed", "结论确认"): a text found in those names finds the
        // keys behind them too.
        const auto byName = [&](const QString &column, const QStringList &keys,
                                QString (*name)(const QString &)) {
            QStringList matching;
            for (const QString &key : keys)
                if (name(key).contains(text, Qt::CaseInsensitive))
                    matching << key;
            if (matching.isEmpty())
                return;
            sql << QStringLiteral("%1 IN (%2)")
                       .arg(column, QStringList(matching.size(), QStringLiteral("?"))
                                        .join(QLatin1Char(',')));
            for (const QString &key : matching)
                c.binds << key;
        };
        byName(QStringLiteral("a.action"), DisplayNames::auditActions(),
               &DisplayNames::auditAction);
        byName(QStringLiteral("a.entity"), DisplayNames::auditEntities(),
               &DisplayNames::auditEntity);
        c.sql = sql.join(QLatin1String(" OR "));
        return c;
    };
    return std::make_unique<RowSource>(db, spec);
}

std::unique_ptr<RowSource> ListSources::inspections(const Database &db)
{
    using I = Inspections;
    const SqlDialect &d = db.dialect();
    RowSourceSpec spec;
    spec.from = QStringLiteral("inspections i JOIN operators o ON o.id = i.operator_id");
    spec.keyFrom = QStringLiteral("inspections i");
    spec.sortNeedsJoins = {I::Operator};
    spec.id = QStringLiteral("i.id");
    spec.columns = {
        QStringLiteral("o.name_zh"),
        QStringLiteral("i.lead"),
        QStringLiteral("(SELECT %1 FROM inspection_departments p WHERE p.inspection_id = i.id)")
            .arg(d.groupConcat(QStringLiteral("p.department"), ',')),
        QStringLiteral("i.kind"),
        QStringLiteral("i.start_on"),
        QStringLiteral("i.end_on"),
        QStringLiteral("i.status"),
        QStringLiteral("NULL"),
        QStringLiteral("o.name_en"),
        QStringLiteral("i.operator_id"),
        QStringLiteral("COALESCE(i.merged_into, 0)"),
        QStringLiteral("i.joint"),
        QStringLiteral("i.id"),
    };
    spec.sortKeys.resize(I::Count);
    // Conflicts are between inspections of one operator, near in time: sorted by the conflict
    // column, each operator's inspections stand together in time order.
    spec.sortKeys[I::Conflict] = QStringLiteral("i.operator_id || ' ' || i.start_on");
    // Written without the join (the ids are read from `inspections i` alone).
    const QString departments = QStringLiteral("SELECT key FROM departments WHERE %1 OR %2")
                                    .arg(d.containsLower(QStringLiteral("name_zh")),
                                         d.containsLower(QStringLiteral("name_en")));
    const QString text =
        QStringLiteral("%1 OR %2 OR %3 OR i.operator_id IN (SELECT id FROM operators WHERE %4 OR "
                       "%5 OR %6) OR i.lead IN (%7) OR i.id IN (SELECT inspection_id FROM "
                       "inspection_departments WHERE department IN (%7))")
            .arg(d.containsLower(QStringLiteral("i.team")),
                 d.containsLower(QStringLiteral("i.start_on")),
                 d.containsLower(QStringLiteral("i.end_on")),
                 d.containsLower(QStringLiteral("name_zh")),
                 d.containsLower(QStringLiteral("name_en")),
                 d.containsLower(QStringLiteral("uscc")), departments);
    spec.filter = [text](const QString &typed) {
        const QString lower = typed.toLower();
        SqlCondition c{text, {}};
        // team, start, end, three of the operator, the lead's two names, the participants' two
        for (int i = 0; i < 10; ++i)
            c.binds << lower;
        // Kinds and statuses are stored as keys and shown by name, in the language in use.
        auto keysNamed = [&](const QStringList &keys, QString (*name)(const QString &)) {
            QStringList marks;
            for (const QString &key : keys)
                if (name(key).toLower().contains(lower) || key.contains(lower)) {
                    marks << QStringLiteral("?");
                    c.binds << key;
                }
            return marks.join(QLatin1Char(','));
        };
        if (const QString marks = keysNamed(Inspection::kinds(), &Inspection::kindName);
            !marks.isEmpty())
            c.sql += QStringLiteral(" OR i.kind IN (%1)").arg(marks);
        if (const QString marks = keysNamed(Inspection::statuses(), &Inspection::statusName);
            !marks.isEmpty())
            c.sql += QStringLiteral(" OR i.status IN (%1)").arg(marks);
        // A whole date finds the inspections going on that day (a day clicked in the calendar).
        if (const QDate day = QDate::fromString(typed.trimmed(), Qt::ISODate); day.isValid()) {
            c.sql += QStringLiteral(" OR (i.start_on <= ? AND i.end_on >= ?)");
            c.binds << day.toString(Qt::ISODate) << day.toString(Qt::ISODate);
        }
        return c;
    };
    return std::make_unique<RowSource>(db, spec);
}

} // namespace cii
