#include "rulesetrepository.h"

#include "domain/sector.h"
#include "rules/ruleengine.h"
#include "rules/rulesetjson.h"
#include "rules/ruletemplates.h"
#include "storage/database.h"
#include "storage/editconflict.h"
#include "storage/registryrepository.h"
#include "storage/sqlread.h"
#include "storage/storeerror.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cii {
namespace {

// row_version came with schema 13; an older store is read (for inspection) as version 1.
QString columns(const Database &db)
{
    return QStringLiteral("id, sector, version, status, title_zh, title_en, filing_reference, "
                          "filed_on, definition, %1")
        .arg(db.schemaVersion() >= 13 ? QStringLiteral("row_version") : QStringLiteral("1"));
}

// The definition column holds the rule-set JSON; the columns beside it are authoritative for
// what the store manages (sector, version, status, filing).
RuleSet fromRow(const QSqlQuery &q)
{
    Result<RuleSet> parsed = RuleSetJson::fromBytes(q.value(8).toString().toUtf8());
    RuleSet r = parsed ? parsed.value() : RuleSet();
    r.id = q.value(0).toLongLong();
    r.sector = q.value(1).toString();
    r.version = q.value(2).toInt();
    r.status = q.value(3).toString();
    r.titleZh = q.value(4).toString();
    r.titleEn = q.value(5).toString();
    r.filingReference = q.value(6).toString();
    r.filedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.rowVersion = q.value(9).toLongLong();
    return r;
}

QString definitionOf(const RuleSet &r)
{
    return QString::fromUtf8(QJsonDocument(RuleSetJson::toJson(r)).toJson(QJsonDocument::Compact));
}

Status forEachRow(const Database &db, const QString &where, const QVariantList &binds,
                  const std::function<void(const RuleSet &)> &each)
{
    QSqlQuery q(db.connection());
    // Not streamed on PostgreSQL: `each` may read the store meanwhile (see sql::select).
    q.setForwardOnly(db.dialect().isSqlite());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM rulesets %2 ORDER BY sector, version DESC")
                       .arg(columns(db), where)))
        return StoreError::from(q.lastError(), db.location());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return StoreError::from(q.lastError(), db.location());
    while (q.next())
        each(fromRow(q));
    if (q.lastError().isValid())
        return StoreError::from(q.lastError(), db.location());
    return {};
}

Result<QVector<RuleSet>> query(const Database &db, const QString &where, const QVariantList &binds)
{
    QVector<RuleSet> out;
    if (Status s = forEachRow(db, where, binds, [&](const RuleSet &r) { out << r; }); !s)
        return s.error();
    return out;
}

} // namespace

Result<QVector<RuleSet>> RuleSetRepository::list(const QString &sector) const
{
    return sector.isEmpty() ? query(m_db, {}, {})
                            : query(m_db, QStringLiteral("WHERE sector = ?"), {sector});
}

Status RuleSetRepository::forEach(const QString &sector,
                                  const std::function<void(const RuleSet &)> &each) const
{
    return sector.isEmpty() ? forEachRow(m_db, {}, {}, each)
                            : forEachRow(m_db, QStringLiteral("WHERE sector = ?"), {sector}, each);
}

Result<RuleSet> RuleSetRepository::byId(qint64 id) const
{
    Result<QVector<RuleSet>> r = query(m_db, QStringLiteral("WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (r.value().isEmpty())
        return Error::input(tr("no rule set with id %1").arg(id));
    return r.value().first();
}

Result<RuleSet> RuleSetRepository::filed(const QString &sector) const
{
    Result<QVector<RuleSet>> r =
        query(m_db, QStringLiteral("WHERE sector = ? AND status = 'filed'"), {sector});
    if (!r)
        return r.error();
    return r.value().isEmpty() ? RuleSet{} : r.value().first();
}

Result<int> RuleSetRepository::nextVersion(WriteTransaction &tx, const QString &sector) const
{
    Result<QSqlQuery *> q =
        tx.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM rulesets WHERE sector = ?"),
                {sector});
    if (!q)
        return q.error();
    q.value()->next();
    return q.value()->value(0).toInt() + 1;
}

Result<qint64> RuleSetRepository::insert(WriteTransaction &tx, const RuleSet &r)
{
    const QString now = sql::nowUtc();
    Result<qint64> id = tx.insert(
        QStringLiteral("INSERT INTO rulesets (sector, version, status, title_zh, title_en, "
                       "filing_reference, filed_on, definition, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, '', NULL, ?, ?, ?) RETURNING id"),
        {r.sector, r.version, r.status, r.titleZh, r.titleEn, definitionOf(r), now, now});
    if (!id)
        return id;
    RuleSet stored = r;
    stored.id = id.value();
    if (Status a = tx.audit(QStringLiteral("create"), QStringLiteral("ruleset"),
                            QString::number(stored.id), {}, RuleSetJson::toJson(stored));
        !a)
        return a.error();
    return id;
}

Result<qint64> RuleSetRepository::importAsDraft(RuleSet rules)
{
    if (!Sector::isKnown(rules.sector))
        return Error::input(
            tr("choose the sector the rule set is for (unknown sector '%1')").arg(rules.sector));
    RuleTemplates::nameForSector(rules);
    rules.status = QStringLiteral("draft");
    rules.filingReference.clear();
    rules.filedOn = QDate();
    qint64 newId = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<int> version = nextVersion(tx, rules.sector);
        if (!version)
            return version.error();
        rules.version = version.value();
        Result<qint64> id = insert(tx, rules);
        if (!id)
            return id.error();
        newId = id.value();
        return {};
    });
    if (!s)
        return s.error();
    return newId;
}

Result<qint64> RuleSetRepository::update(const RuleSet &rules)
{
    qint64 saved = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        // Read under the write lock: another workstation may have filed the draft or saved its
        // own edit since this editor read it.
        Result<RuleSet> before = byId(rules.id);
        if (!before)
            return before.error();
        if (!before.value().isEditable())
            return Error::input(tr("version %1 of these rules is %2 and cannot change; make a "
                                   "new version to edit it")
                                    .arg(before.value().version)
                                    .arg(before.value().status));
        RuleSet next = rules;
        next.sector = before.value().sector;
        next.version = before.value().version;
        next.status = before.value().status;
        QVariantList binds = {next.titleZh, next.titleEn, definitionOf(next), sql::nowUtc(),
                              next.id};
        if (rules.rowVersion > 0)
            binds << rules.rowVersion;
        Result<QSqlQuery *> r = tx.exec(
            QStringLiteral("UPDATE rulesets SET row_version = row_version + 1, title_zh = ?, "
                           "title_en = ?, definition = ?, updated_at = ? WHERE id = ?%1 "
                           "RETURNING row_version")
                .arg(rules.rowVersion > 0 ? QStringLiteral(" AND row_version = ?") : QString()),
            binds);
        if (!r)
            return r.error();
        if (!r.value()->next()) {
            const Sector *sector = Sector::find(next.sector);
            return EditConflict::detected(tx,
                                          tr("version %1 of the %2 rules")
                                              .arg(next.version)
                                              .arg(sector ? sector->displayName() : next.sector),
                                          QStringLiteral("rulesets"), QStringLiteral("id"), next.id,
                                          QStringLiteral("ruleset"), rules.rowVersion,
                                          RuleSetJson::toJson(next),
                                          RuleSetJson::toJson(before.value()));
        }
        saved = r.value()->value(0).toLongLong();
        return tx.audit(QStringLiteral("update"), QStringLiteral("ruleset"),
                        QString::number(next.id), RuleSetJson::toJson(before.value()),
                        RuleSetJson::toJson(next));
    });
    if (!s)
        return s.error();
    return saved;
}

Status RuleSetRepository::submit(qint64 id)
{
    Result<RuleSet> r = byId(id);
    if (!r)
        return r.error();
    if (r.value().status != QLatin1String("draft"))
        return Error::input(
            tr("only a draft can be submitted for filing; this one is %1").arg(r.value().status));
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto q = tx.exec(
                QStringLiteral(
                    "UPDATE rulesets SET row_version = row_version + 1, status = 'submitted', "
                    "updated_at = ? WHERE id = ?"),
                {sql::nowUtc(), id});
            !q)
            return q.error();
        return tx.audit(QStringLiteral("submit"), QStringLiteral("ruleset"), QString::number(id),
                        {{QStringLiteral("status"), QStringLiteral("draft")}},
                        {{QStringLiteral("status"), QStringLiteral("submitted")}});
    });
}

Status RuleSetRepository::file(qint64 id, const QString &reference, const QDate &date)
{
    Result<RuleSet> r = byId(id);
    if (!r)
        return r.error();
    const RuleSet &rules = r.value();
    if (!rules.isEditable())
        return Error::input(tr("version %1 is already %2").arg(rules.version).arg(rules.status));
    if (reference.trimmed().isEmpty() || !date.isValid())
        return Error::input(tr("filing needs the filing reference and the date"));
    Result<QVector<Indicator>> catalogue = RegistryRepository(m_db).indicators();
    if (!catalogue)
        return catalogue.error();
    if (const QStringList p = RuleSetJson::problems(rules, catalogue.value()); !p.isEmpty())
        return Error::input(tr("the rules have problems and cannot be filed"), p);
    QStringList failing;
    for (const RuleTestResult &t : RuleEngine::runTests(rules)) {
        if (!t.pass)
            failing << tr("test '%1': expected %2, the rules give %3")
                           .arg(t.name, t.expected, t.actual);
    }
    if (!failing.isEmpty())
        return Error::input(tr("%n test case(s) fail; filing is refused until every test passes",
                               nullptr, failing.size()),
                            failing);
    return m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QSqlQuery *> old =
            tx.exec(QStringLiteral("SELECT id FROM rulesets WHERE sector = ? AND status = 'filed'"),
                    {rules.sector});
        if (!old)
            return old.error();
        QVector<qint64> superseded;
        while (old.value()->next())
            superseded << old.value()->value(0).toLongLong();
        for (qint64 oldId : superseded) {
            if (auto q = tx.exec(
                    QStringLiteral(
                        "UPDATE rulesets SET row_version = row_version + 1, status = 'superseded', "
                        "updated_at = ? WHERE id = ?"),
                    {sql::nowUtc(), oldId});
                !q)
                return q.error();
            if (Status a = tx.audit(QStringLiteral("supersede"), QStringLiteral("ruleset"),
                                    QString::number(oldId),
                                    {{QStringLiteral("status"), QStringLiteral("filed")}},
                                    {{QStringLiteral("status"), QStringLiteral("superseded")},
                                     {QStringLiteral("by"), id}});
                !a)
                return a;
        }
        if (auto q =
                tx.exec(QStringLiteral(
                            "UPDATE rulesets SET row_version = row_version + 1, status = 'filed', "
                            "filing_reference = ?, filed_on = ?, updated_at = ? "
                            "WHERE id = ?"),
                        {reference.trimmed(), date.toString(Qt::ISODate), sql::nowUtc(), id});
            !q)
            return q.error();
        return tx.audit(QStringLiteral("file"), QStringLiteral("ruleset"), QString::number(id),
                        {{QStringLiteral("status"), rules.status}},
                        {{QStringLiteral("status"), QStringLiteral("filed")},
                         {QStringLiteral("filing_reference"), reference.trimmed()},
                         {QStringLiteral("filed_on"), date.toString(Qt::ISODate)}});
    });
}

Result<qint64> RuleSetRepository::newVersion(qint64 id)
{
    Result<RuleSet> r = byId(id);
    if (!r)
        return r.error();
    RuleSet copy = r.value();
    copy.id = 0;
    copy.status = QStringLiteral("draft");
    copy.filingReference.clear();
    copy.filedOn = QDate();
    qint64 newId = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<int> version = nextVersion(tx, copy.sector);
        if (!version)
            return version.error();
        copy.version = version.value();
        Result<qint64> inserted = insert(tx, copy);
        if (!inserted)
            return inserted.error();
        newId = inserted.value();
        return {};
    });
    if (!s)
        return s.error();
    return newId;
}

Status RuleSetRepository::remove(qint64 id)
{
    Result<RuleSet> r = byId(id);
    if (!r)
        return r.error();
    if (!r.value().isEditable())
        return Error::input(tr("a filed rule set cannot be deleted"));
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto q = tx.exec(QStringLiteral("DELETE FROM rulesets WHERE id = ?"), {id}); !q)
            return q.error();
        return tx.audit(QStringLiteral("delete"), QStringLiteral("ruleset"), QString::number(id),
                        RuleSetJson::toJson(r.value()), {});
    });
}

} // namespace cii
