#include "writetransaction.h"

#include "storage/auditlog.h"
#include "storage/storeerror.h"

#include <QSqlError>

namespace cii {

WriteTransaction::WriteTransaction(QSqlDatabase db, const SqlDialect &dialect, QString user)
    : m_db(std::move(db)), m_dialect(dialect), m_user(std::move(user))
{
}

Result<QSqlQuery *> WriteTransaction::exec(const QString &sql, const QVariantList &binds)
{
    auto it = m_prepared.find(sql);
    // PostgreSQL prepares only queries and data changes (PREPARE … AS): DDL, and any statement
    // without values, runs as it is.
    const bool direct = !m_dialect.isSqlite() && binds.isEmpty();
    if (it == m_prepared.end()) {
        auto fresh = std::make_unique<QSqlQuery>(m_db);
        if (!direct && !fresh->prepare(sql))
            return Error::storage(fresh->lastError().text() + QStringLiteral(" in: ") + sql);
        it = m_prepared.emplace(sql, std::move(fresh)).first;
    }
    QSqlQuery &q = *it->second;
    if (direct) {
        if (!q.exec(sql))
            return failure(q.lastError());
        return &q;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds.at(i);
        // A null QString is an empty text, never SQL NULL (pass QVariant() for NULL).
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        // The stores' flags are INTEGER 0/1: QPSQL would send a bool as true/false, which
        // PostgreSQL does not turn into an integer.
        else if (b.typeId() == QMetaType::Bool)
            q.bindValue(i, b.toBool() ? 1 : 0);
        else
            q.bindValue(i, b);
    }
    if (!q.exec())
        return failure(q.lastError());
    return &q;
}

Error WriteTransaction::failure(const QSqlError &e)
{
    // Constraint violations are the input's fault; anything else is the store's.
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    // PostgreSQL's messages start with the severity and may carry a line of context.
    if (text.startsWith(QLatin1String("ERROR:")))
        text = text.mid(6).trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    const bool constraint =
        text.contains(QLatin1String("constraint"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("cannot change"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("cannot be deleted"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("append-only"), Qt::CaseInsensitive);
    return constraint ? Error::input(text) : StoreError::from(e);
}

void WriteTransaction::finish()
{
    for (auto &entry : m_prepared)
        entry.second->finish();
    m_prepared.clear();
}

Result<qint64> WriteTransaction::insert(const QString &sql, const QVariantList &binds)
{
    // SQLite knows the new row id without RETURNING; skipping the result row saves the Qt
    // driver a fetch per insert, which bulk identification notices.
    static const QString returning = QStringLiteral(" RETURNING id");
    if (m_dialect.isSqlite() && sql.endsWith(returning)) {
        Result<QSqlQuery *> q = exec(sql.chopped(returning.size()), binds);
        if (!q)
            return q.error();
        return q.value()->lastInsertId().toLongLong();
    }
    Result<QSqlQuery *> q = exec(sql, binds);
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error::storage(QStringLiteral("INSERT returned no id: %1").arg(sql));
    return q.value()->value(0).toLongLong();
}

Status WriteTransaction::putSetting(const QString &key, const QString &value)
{
    Result<QSqlQuery *> r = exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                "ON CONFLICT (key) DO UPDATE SET value = "
                                                "excluded.value"),
                                 {key, value});
    if (!r)
        return r.error();
    return {};
}

Status WriteTransaction::audit(const QString &action, const QString &entity,
                               const QString &entityId, const QJsonObject &before,
                               const QJsonObject &after)
{
    if (!m_chainLoaded) {
        Result<QSqlQuery *> last =
            exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (!last)
            return last.error();
        if (last.value()->next()) {
            m_lastAuditId = last.value()->value(0).toLongLong();
            m_lastHash = last.value()->value(1).toString().toLatin1();
        } else {
            m_lastAuditId = 0;
            m_lastHash = AuditLog::genesisHash();
        }
        m_chainLoaded = true;
    }
    AuditRecord r;
    r.id = m_lastAuditId + 1;
    r.at = AuditLog::now();
    r.osUser = m_user;
    r.action = action;
    r.entity = entity;
    r.entityId = entityId;
    r.beforeJson = AuditLog::canonicalJson(before);
    r.afterJson = AuditLog::canonicalJson(after);
    r.prevHash = QString::fromLatin1(m_lastHash);
    r.hash = AuditLog::hashOf(r);
    Result<QSqlQuery *> ins =
        exec(QStringLiteral("INSERT INTO audit_log (id, at, os_user, action, entity, entity_id, "
                            "before_json, after_json, prev_hash, hash) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {r.id, r.at, r.osUser, r.action, r.entity, r.entityId, r.beforeJson, r.afterJson,
              r.prevHash, r.hash});
    if (!ins)
        return ins.error();
    if (!m_appended)
        m_firstAuditId = r.id;
    m_lastAuditId = r.id;
    m_lastHash = r.hash.toLatin1();
    m_appended = true;
    return {};
}

} // namespace cii
