#include "caserepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/packedvalues.h"
#include "storage/registryrepository.h"
#include "storage/sqlread.h"
#include "storage/storeerror.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cii {
namespace {

// The columns every case read selects, in the order caseFrom() reads them.
const char *CaseColumns =
    "c.id, c.run_id, c.system_id, c.ruleset_id, c.created_at, c.category, c.inputs, c.outcome, "
    "c.trace, c.decided_names, c.status, c.decision, c.override_reason, c.decided_by, "
    "c.decided_at, c.operator_notified_on, c.mps_notified_on, r.version";
const int CaseColumnCount = 18;

const char *CaseJoins = "FROM identification_cases c JOIN systems s ON s.id = c.system_id "
                        "JOIN operators o ON o.id = s.operator_id "
                        "JOIN rulesets r ON r.id = c.ruleset_id";

// Compact JSON of the values, written directly: this runs once per identified system.
QString inputsJson(const QMap<QString, QString> &values)
{
    QString out;
    out.reserve(32 * values.size() + 2);
    out += QLatin1Char('{');
    auto quoted = [&out](const QString &s) {
        out += QLatin1Char('"');
        const bool plain = std::none_of(s.cbegin(), s.cend(), [](QChar ch) {
            return ch == QLatin1Char('"') || ch == QLatin1Char('\\') || ch.unicode() < 0x20;
        });
        if (plain) {
            out += s;
            out += QLatin1Char('"');
            return;
        }
        for (QChar ch : s) {
            if (ch == QLatin1Char('"') || ch == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            if (ch.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
        out += QLatin1Char('"');
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it != values.cbegin())
            out += QLatin1Char(',');
        quoted(it.key());
        out += QLatin1Char(':');
        quoted(it.value());
    }
    out += QLatin1Char('}');
    return out;
}

// The inputs as insertCases wrote them (a flat object of strings) read without a JSON parser:
// a list of 100,000 cases has 100,000 of them. Only text that needs no unescaping and holds no
// control character or surrogate is taken this way; false sends anything else to Qt's parser,
// so both read the same.
bool plainInputsFrom(QStringView json, QMap<QString, QString> *out)
{
    for (const QChar c : json) {
        if (c == QLatin1Char('\\') || c.unicode() < 0x20 || c.isSurrogate())
            return false;
    }
    qsizetype at = 0;
    auto take = [&](char c) {
        if (at >= json.size() || json.at(at) != QLatin1Char(c))
            return false;
        ++at;
        return true;
    };
    auto quoted = [&](QStringView *text) {
        if (!take('"'))
            return false;
        const qsizetype end = json.indexOf(QLatin1Char('"'), at);
        if (end < 0)
            return false;
        *text = json.mid(at, end - at);
        at = end + 1;
        return true;
    };
    if (!take('{'))
        return false;
    if (take('}'))
        return at == json.size();
    for (;;) {
        QStringView key, value;
        if (!quoted(&key) || !take(':') || !quoted(&value))
            return false;
        const qsizetype before = out->size();
        out->insert(key.toString(), value.toString());
        if (out->size() == before)
            return false; // a repeated key: Qt's parser decides which one counts
        if (take(','))
            continue;
        return take('}') && at == json.size();
    }
}

QMap<QString, QString> inputsFrom(const QString &json)
{
    QMap<QString, QString> out;
    if (plainInputsFrom(json, &out))
        return out;
    out.clear();
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

// Reads the case columns starting at `at`.
IdentificationCase caseFrom(const QSqlQuery &q, int at)
{
    IdentificationCase c;
    c.id = q.value(at + 0).toLongLong();
    c.runId = q.value(at + 1).toLongLong();
    c.systemId = q.value(at + 2).toLongLong();
    c.rulesetId = q.value(at + 3).toLongLong();
    c.createdAt = QDateTime::fromString(q.value(at + 4).toString(), Qt::ISODate);
    c.category = q.value(at + 5).toString();
    c.inputs = inputsFrom(q.value(at + 6).toString());
    c.outcome = q.value(at + 7).toString();
    c.traceCodes = q.value(at + 8).toString();
    c.decidedNames = q.value(at + 9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.status = q.value(at + 10).toString();
    c.decision = q.value(at + 11).toString();
    c.overrideReason = q.value(at + 12).toString();
    c.decidedBy = q.value(at + 13).toString();
    if (!q.value(at + 14).isNull())
        c.decidedAt = QDateTime::fromString(q.value(at + 14).toString(), Qt::ISODate);
    c.operatorNotifiedOn = sql::dateOf(q.value(at + 15));
    c.mpsNotifiedOn = sql::dateOf(q.value(at + 16));
    c.rulesetVersion = q.value(at + 17).toInt();
    return c;
}

// A case with its system and operator (the columns after the case's).
IdentificationCase caseRowFrom(const QSqlQuery &q)
{
    IdentificationCase c = caseFrom(q, 0);
    c.systemName = q.value(CaseColumnCount + 0).toString();
    c.operatorId = q.value(CaseColumnCount + 1).toLongLong();
    c.operatorNameZh = q.value(CaseColumnCount + 2).toString();
    c.operatorNameEn = q.value(CaseColumnCount + 3).toString();
    c.operatorUscc = q.value(CaseColumnCount + 4).toString();
    c.sector = q.value(CaseColumnCount + 5).toString();
    c.mlpsLevel = q.value(CaseColumnCount + 6).toInt();
    return c;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QLatin1String(", "));
}

// The WHERE clause of a scope (one chunk of ids at a time for id lists).
QString scopeWhere(const CaseScope &scope, qsizetype idCount, QVariantList *binds)
{
    if (idCount > 0)
        return QStringLiteral("s.id IN (%1)").arg(placeholders(idCount));
    // No sector filter reads the systems in id order with no sort at all (the fast path of
    // an "all sectors" run).
    if (scope.sectors.isEmpty())
        return QStringLiteral("s.status <> 'retired'");
    for (const QString &sector : scope.sectors)
        *binds << sector;
    return QStringLiteral("s.operator_id IN (SELECT id FROM operators WHERE sector IN (%1)) "
                          "AND s.status <> 'retired'")
        .arg(placeholders(scope.sectors.size()));
}

// Id lists are read in chunks so the statement stays under every driver's bind limit.
constexpr qsizetype IdChunk = 500;

QVector<QVector<qint64>> idChunks(QVector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QVector<QVector<qint64>> out;
    for (qsizetype i = 0; i < ids.size(); i += IdChunk)
        out << ids.mid(i, IdChunk);
    return out;
}

} // namespace

Result<qint64> CaseRepository::countInScope(const CaseScope &scope) const
{
    qint64 total = 0;
    auto count = [&](const QVector<qint64> &ids) -> Status {
        QVariantList binds;
        const QString where = scopeWhere(scope, ids.size(), &binds);
        for (qint64 id : ids)
            binds << id;
        return sql::select(m_db,
                           QStringLiteral("SELECT COUNT(*) FROM systems s WHERE %1").arg(where),
                           binds, [&](const QSqlQuery &q) { total += q.value(0).toLongLong(); });
    };
    if (scope.systemIds.isEmpty()) {
        if (Status s = count({}); !s)
            return s.error();
    }
    for (const QVector<qint64> &chunk : idChunks(scope.systemIds)) {
        if (Status s = count(chunk); !s)
            return s.error();
    }
    return total;
}

Status CaseRepository::forEachInScope(WriteTransaction &tx, const CaseScope &scope,
                                      const std::function<Status(const SystemInputs &)> &each)
{
    // Each operator's sector, read once: the systems are then read without a join.
    QHash<qint64, QString> sectorOf;
    {
        QSqlQuery q(tx.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, sector FROM operators")))
            return StoreError::from(q.lastError());
        while (q.next())
            sectorOf.insert(q.value(0).toLongLong(), q.value(1).toString());
        if (q.lastError().isValid())
            return StoreError::from(q.lastError());
    }
    auto stream = [&](const QVector<qint64> &ids) -> Status {
        QVariantList binds;
        const QString where = scopeWhere(scope, ids.size(), &binds);
        for (qint64 id : ids)
            binds << id;
        // A query of its own, not one of the transaction's cached statements: it stays open
        // while the cases are inserted.
        QSqlQuery q(tx.connection());
        q.setForwardOnly(tx.dialect().streamsBesideOtherStatements());
        // One row per system, its values packed as one JSON object: a tenth of the rows a
        // plain join would hand through the driver, and SQL's JSON aggregate costs SQLite less
        // than concatenating "key=value" texts (and carries any text).
        if (!q.prepare(QStringLiteral("SELECT s.id, s.category, s.operator_id, (SELECT %1 FROM "
                                      "indicator_values v WHERE v.system_id = s.id) "
                                      "FROM systems s WHERE %2 ORDER BY s.id")
                           .arg(tx.dialect().jsonObjectAgg(QStringLiteral("v.indicator_key"),
                                                           QStringLiteral("v.value")),
                                where)))
            return StoreError::from(q.lastError());
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec())
            return StoreError::from(q.lastError());
        SystemInputs current;
        while (q.next()) {
            current.systemId = q.value(0).toLongLong();
            current.category = q.value(1).toString();
            current.sector = sectorOf.value(q.value(2).toLongLong());
            current.values.clear();
            if (!PackedValues::read(q.value(3).toString(), &current.values))
                return Error::storage(
                    QStringLiteral("the indicator values of system %1 could not be read")
                        .arg(current.systemId));
            if (Status s = each(current); !s)
                return s;
        }
        if (q.lastError().isValid())
            return StoreError::from(q.lastError());
        return {};
    };
    if (scope.systemIds.isEmpty())
        return stream({});
    for (const QVector<qint64> &chunk : idChunks(scope.systemIds)) {
        if (Status s = stream(chunk); !s)
            return s;
    }
    return {};
}

Result<qint64> CaseRepository::insertRun(WriteTransaction &tx, const QString &scope)
{
    return tx.insert(QStringLiteral("INSERT INTO identification_runs (scope, started_at, os_user) "
                                    "VALUES (?, ?, ?) RETURNING id"),
                     {scope, sql::nowUtc(), tx.user()});
}

Status CaseRepository::insertCases(WriteTransaction &tx, const QVector<IdentificationCase> &cases)
{
    if (cases.isEmpty())
        return {};
    // The run and its time are bound once per statement, the rest once per case. PostgreSQL
    // wants the VALUES table named (its columns are column1… on both) and the ids typed.
    const QString id = tx.dialect().bigintParameter();
    const QString head =
        QStringLiteral(
            "INSERT INTO identification_cases (run_id, created_at, system_id, "
            "ruleset_id, category, inputs, outcome, trace, decided_names) SELECT %1, ?, "
            "column1, column2, column3, column4, column5, column6, column7 FROM (VALUES ")
            .arg(id);
    const QString row = QStringLiteral("(%1, %1, ?, ?, ?, ?, ?)").arg(id);
    QStringList rows;
    rows.fill(row, cases.size());
    QVariantList binds;
    binds.reserve(2 + 7 * cases.size());
    const IdentificationCase &first = cases.constFirst();
    binds << first.runId << first.createdAt.toString(Qt::ISODate);
    for (const IdentificationCase &c : cases) {
        if (c.runId != first.runId || c.createdAt != first.createdAt)
            return Error::storage(QStringLiteral("insertCases: one run and time per call"));
        binds << c.systemId << c.rulesetId << c.category << inputsJson(c.inputs) << c.outcome
              << c.traceCodes << c.decidedNames.join(QLatin1Char(' '));
    }
    Result<QSqlQuery *> q =
        tx.exec(head + rows.join(QLatin1String(", ")) + QLatin1String(") AS v"), binds);
    if (!q)
        return q.error();
    return {};
}

Result<QPair<qint64, qint64>> CaseRepository::runCaseRange(WriteTransaction &tx, qint64 runId)
{
    Result<QSqlQuery *> q = tx.exec(
        QStringLiteral("SELECT MIN(id), MAX(id) FROM identification_cases WHERE run_id = ?"),
        {runId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return QPair<qint64, qint64>(0, 0);
    return QPair<qint64, qint64>(q.value()->value(0).toLongLong(),
                                 q.value()->value(1).toLongLong());
}

Status CaseRepository::forEach(const CaseFilter &f,
                               const std::function<void(const IdentificationCase &)> &each) const
{
    QStringList where;
    QVariantList binds;
    if (f.systemId) {
        where << QStringLiteral("c.system_id = ?");
        binds << f.systemId;
    }
    if (f.runId) {
        where << QStringLiteral("c.run_id = ?");
        binds << f.runId;
    }
    if (!f.status.isEmpty()) {
        where << QStringLiteral("c.status = ?");
        binds << f.status;
    }
    if (!f.sector.isEmpty()) {
        where << QStringLiteral("o.sector = ?");
        binds << f.sector;
    }
    if (f.latestOnly)
        where << QStringLiteral("c.id = (SELECT MAX(x.id) FROM identification_cases x "
                                "WHERE x.system_id = c.system_id)");
    const QString sqlText =
        QStringLiteral(
            "SELECT %1, s.name, o.id, o.name_zh, o.name_en, o.uscc, o.sector, s.mlps_level %2 %3 "
            "ORDER BY c.id")
            .arg(QLatin1String(CaseColumns), QLatin1String(CaseJoins),
                 where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND ")));
    return sql::select(m_db, sqlText, binds, [&](const QSqlQuery &q) { each(caseRowFrom(q)); });
}

Status CaseRepository::forEachIdInRun(qint64 runId, const std::function<void(qint64)> &each) const
{
    return sql::select(
        m_db, QStringLiteral("SELECT id FROM identification_cases WHERE run_id = ? ORDER BY id"),
        {runId}, [&](const QSqlQuery &q) { each(q.value(0).toLongLong()); });
}

Result<QVector<IdentificationCase>> CaseRepository::list(const CaseFilter &filter) const
{
    QVector<IdentificationCase> out;
    if (Status s = forEach(filter, [&](const IdentificationCase &c) { out << c; }); !s)
        return s.error();
    return out;
}

Result<IdentificationCase> CaseRepository::byId(qint64 id) const
{
    std::optional<IdentificationCase> found;
    Status s = sql::select(m_db,
                           QStringLiteral("SELECT %1, s.name, o.id, o.name_zh, o.name_en, o.uscc, "
                                          "o.sector, s.mlps_level %2 WHERE c.id = ?")
                               .arg(QLatin1String(CaseColumns), QLatin1String(CaseJoins)),
                           {id}, [&](const QSqlQuery &q) { found = caseRowFrom(q); });
    if (!s)
        return s.error();
    if (!found)
        return Error::input(tr("no identification case with id %1").arg(id));
    return *found;
}

Result<QVector<SystemCaseRow>> CaseRepository::systemsWithLatest(const QString &sector) const
{
    if (sector.isEmpty())
        return systemsWithLatestWhere(QString(), {});
    return systemsWithLatestWhere(QStringLiteral("AND o.sector = ?"), {sector});
}

QString CaseRepository::newestCaseOf(const char *column)
{
    return QStringLiteral("(SELECT x.%1 FROM identification_cases x WHERE x.system_id = s.id "
                          "ORDER BY x.id DESC LIMIT 1)")
        .arg(QLatin1String(column));
}

QString CaseRepository::decisionInForceOf()
{
    return QStringLiteral("(SELECT y.decision FROM identification_cases y WHERE y.system_id = "
                          "s.id AND y.decision IS NOT NULL ORDER BY y.id DESC LIMIT 1)");
}

QString CaseRepository::listedSystem()
{
    return QStringLiteral("s.status <> 'retired' OR EXISTS (SELECT 1 FROM identification_cases "
                          "z WHERE z.system_id = s.id)");
}

Result<QVector<SystemCaseRow>>
CaseRepository::systemsWithLatest(const QVector<qint64> &systemIds) const
{
    if (systemIds.isEmpty())
        return QVector<SystemCaseRow>();
    QStringList marks;
    QVariantList binds;
    for (qint64 id : systemIds) {
        marks << QStringLiteral("?");
        binds << id;
    }
    Result<QVector<SystemCaseRow>> rows = systemsWithLatestWhere(
        QStringLiteral("AND s.id IN (%1)").arg(marks.join(QLatin1Char(','))), binds);
    if (!rows)
        return rows;
    QHash<qint64, int> at;
    for (int i = 0; i < rows.value().size(); ++i)
        at.insert(rows.value().at(i).systemId, i);
    QVector<SystemCaseRow> ordered;
    ordered.reserve(systemIds.size());
    for (qint64 id : systemIds)
        if (const int i = at.value(id, -1); i >= 0)
            ordered << rows.value().at(i);
    return ordered;
}

Result<CaseRepository::ListSummary> CaseRepository::listSummary() const
{
    ListSummary out;
    Status s = sql::select(
        m_db,
        QStringLiteral(
            "SELECT COUNT(*), COUNT(latest), "
            "SUM(CASE WHEN latest IS NOT NULL AND decision IS NULL THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN latest IS NOT NULL AND decision IS NULL AND in_force IS NOT NULL "
            "AND outcome <> in_force THEN 1 ELSE 0 END) FROM (SELECT %1 AS latest, %2 AS "
            "outcome, %3 AS decision, %4 AS in_force FROM systems s WHERE %5)")
            .arg(newestCaseOf("id"), newestCaseOf("outcome"), newestCaseOf("decision"),
                 decisionInForceOf(), listedSystem()),
        {}, [&](const QSqlQuery &q) {
            out.systems = q.value(0).toLongLong();
            out.identified = q.value(1).toLongLong();
            out.awaiting = q.value(2).toLongLong();
            out.changed = q.value(3).toLongLong();
        });
    if (!s)
        return s.error();
    return out;
}

Result<QVector<SystemCaseRow>>
CaseRepository::systemsWithLatestWhere(const QString &condition, const QVariantList &binds) const
{
    QVector<SystemCaseRow> out;
    const QString sqlText =
        QStringLiteral(
            "SELECT s.id, s.name, s.category, s.status, o.id, o.name_zh, o.name_en, o.sector, "
            "d.decision, d.id, %1, s.mlps_level, %3 FROM systems s "
            "JOIN operators o ON o.id = s.operator_id "
            "LEFT JOIN identification_cases c ON c.id = (SELECT MAX(x.id) FROM "
            "identification_cases x WHERE x.system_id = s.id) "
            "LEFT JOIN rulesets r ON r.id = c.ruleset_id "
            "LEFT JOIN identification_cases d ON d.id = (SELECT MAX(y.id) FROM "
            "identification_cases y WHERE y.system_id = s.id AND y.decision IS NOT NULL) "
            "WHERE (s.status <> 'retired' OR c.id IS NOT NULL) %2 ORDER BY s.id")
            .arg(QLatin1String(CaseColumns), condition, RegistryRepository::nameRepeatsOf());
    Status s = sql::select(m_db, sqlText, binds, [&](const QSqlQuery &q) {
        SystemCaseRow row;
        row.systemId = q.value(0).toLongLong();
        row.systemName = q.value(1).toString();
        row.category = q.value(2).toString();
        row.status = q.value(3).toString();
        row.operatorId = q.value(4).toLongLong();
        row.operatorNameZh = q.value(5).toString();
        row.operatorNameEn = q.value(6).toString();
        row.sector = q.value(7).toString();
        row.decisionInForce = q.value(8).toString();
        row.decisionInForceCase = q.value(9).toLongLong();
        row.mlpsLevel = q.value(10 + CaseColumnCount).toInt();
        row.nameRepeats = q.value(11 + CaseColumnCount).toBool();
        if (!q.value(10).isNull()) {
            row.latest = caseFrom(q, 10);
            row.latest.systemName = row.systemName;
            row.latest.operatorId = row.operatorId;
            row.latest.operatorNameZh = row.operatorNameZh;
            row.latest.operatorNameEn = row.operatorNameEn;
            row.latest.sector = row.sector;
            row.latest.mlpsLevel = row.mlpsLevel;
        }
        out << row;
    });
    if (!s)
        return s.error();
    return out;
}

Result<QHash<QString, QHash<QString, int>>> CaseRepository::outcomesBySector() const
{
    QHash<QString, QHash<QString, int>> out;
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT o.sector, COALESCE(%1, %2, 'none'), COUNT(*) FROM systems s "
                       "JOIN operators o ON o.id = s.operator_id WHERE %3 GROUP BY 1, 2")
            .arg(decisionInForceOf(), newestCaseOf("outcome"), listedSystem()),
        {}, [&](const QSqlQuery &q) {
            out[q.value(0).toString()][q.value(1).toString()] = q.value(2).toInt();
        });
    if (!s)
        return s.error();
    return out;
}

Status CaseRepository::decide(qint64 caseId, const QString &decision, const QString &reason)
{
    Result<IdentificationCase> found = byId(caseId);
    if (!found)
        return found.error();
    const IdentificationCase &c = found.value();
    if (c.isDecided())
        return Error::input(tr("case %1 was already decided (%2) on %3; identify the system again "
                               "to reconsider it")
                                .arg(caseId)
                                .arg(c.decision, c.decidedAt.toString(Qt::ISODate)));
    QString final = c.outcome;
    QString why;
    if (decision.isEmpty()) {
        if (c.outcome == Outcome::Insufficient)
            return Error::input(tr("case %1 has insufficient data: complete the system's indicator "
                                   "values and identify again, or override with cii or not-cii "
                                   "and a reason")
                                    .arg(caseId));
    } else {
        if (decision != Outcome::Cii && decision != Outcome::NotCii)
            return Error::input(tr("an override is cii or not-cii, not '%1'").arg(decision));
        if (decision == c.outcome)
            return Error::input(
                tr("the engine's outcome is already %1; confirm it instead").arg(decision));
        why = reason.trimmed();
        if (why.isEmpty())
            return Error::input(tr("an override needs a reason"));
        final = decision;
    }
    return m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QSqlQuery *> newest =
            tx.exec(QStringLiteral("SELECT MAX(id) FROM identification_cases WHERE system_id = ?"),
                    {c.systemId});
        if (!newest)
            return newest.error();
        newest.value()->next();
        const qint64 newestId = newest.value()->value(0).toLongLong();
        if (newestId != caseId)
            return Error::input(
                tr("case %1 is not the newest for system %2; decide case %3 instead")
                    .arg(caseId)
                    .arg(c.systemId)
                    .arg(newestId));
        const QString at = sql::nowUtc();
        const QString user = tx.user();
        Result<QSqlQuery *> u = tx.exec(
            QStringLiteral("UPDATE identification_cases SET decision = ?, override_reason = ?, "
                           "decided_by = ?, decided_at = ?, status = 'decided' "
                           "WHERE id = ? AND decision IS NULL"),
            {final, why, user, at, caseId});
        if (!u)
            return u.error();
        if (u.value()->numRowsAffected() != 1)
            return Error::input(tr("case %1 was decided meanwhile").arg(caseId));
        return tx.audit(
            decision.isEmpty() ? QStringLiteral("confirm") : QStringLiteral("override"),
            QStringLiteral("case"), QString::number(caseId),
            {{QStringLiteral("status"), c.status}, {QStringLiteral("outcome"), c.outcome}},
            {{QStringLiteral("status"), QStringLiteral("decided")},
             {QStringLiteral("decision"), final},
             {QStringLiteral("override_reason"), why},
             {QStringLiteral("decided_by"), user},
             {QStringLiteral("decided_at"), at}});
    });
}

Result<ChangeReportRef> CaseRepository::changeReportFor(qint64 systemId, const QDate &from,
                                                        const QDate &to) const
{
    ChangeReportRef found;
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT r.id, r.received_on, r.description FROM change_reports r "
                       "JOIN change_report_systems s ON s.report_id = r.id WHERE s.system_id = ? "
                       "AND r.received_on >= ? AND r.received_on <= ? "
                       "ORDER BY r.received_on DESC, r.id DESC LIMIT 1"),
        {systemId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, [&](const QSqlQuery &q) {
            found.id = q.value(0).toLongLong();
            found.receivedOn = sql::dateOf(q.value(1));
            found.description = q.value(2).toString();
        });
    if (!s)
        return s.error();
    return found;
}

Status CaseRepository::recordNotified(qint64 caseId, const QString &to, const QDate &date)
{
    if (to != QLatin1String("operator") && to != QLatin1String("mps"))
        return Error::input(tr("notified party is operator or mps, not '%1'").arg(to));
    Result<IdentificationCase> found = byId(caseId);
    if (!found)
        return found.error();
    const IdentificationCase &c = found.value();
    if (!c.isDecided())
        return Error::input(
            tr("case %1 is not decided yet; decide it before notifying").arg(caseId));
    const QDate decidedOn = c.decidedAt.toLocalTime().date();
    if (!date.isValid() || date < decidedOn)
        return Error::input(tr("the notification date cannot be before the decision (%1)")
                                .arg(decidedOn.toString(Qt::ISODate)));
    const QDate already = to == QLatin1String("operator") ? c.operatorNotifiedOn : c.mpsNotifiedOn;
    if (already.isValid())
        return Error::input(tr("case %1: notification of %2 already recorded on %3")
                                .arg(caseId)
                                .arg(to, already.toString(Qt::ISODate)));
    const QDate other = to == QLatin1String("operator") ? c.mpsNotifiedOn : c.operatorNotifiedOn;
    const QString status = other.isValid() ? QStringLiteral("notified") : c.status;
    const QString column = to == QLatin1String("operator") ? QStringLiteral("operator_notified_on")
                                                           : QStringLiteral("mps_notified_on");
    return m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QSqlQuery *> u = tx.exec(
            QStringLiteral("UPDATE identification_cases SET %1 = ?, status = ? WHERE id = ?")
                .arg(column),
            {date.toString(Qt::ISODate), status, caseId});
        if (!u)
            return u.error();
        return tx.audit(QStringLiteral("notified"), QStringLiteral("case"), QString::number(caseId),
                        {{QStringLiteral("status"), c.status}},
                        {{QStringLiteral("status"), status}, {column, date.toString(Qt::ISODate)}});
    });
}

} // namespace cii
