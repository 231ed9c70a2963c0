#pragma once

#include "result.h"
#include "storage/sqldialect.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <unordered_map>

namespace cii {

// The only way to change a store. Handed out by Database::write() inside an open
// transaction; every statement run through it and every audit record it appends commit or
// roll back together.
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, const SqlDialect &dialect, QString user);

    const SqlDialect &dialect() const { return m_dialect; }
    // Who writes (Database::user()): what the audit log and "issued by" columns record.
    const QString &user() const { return m_user; }

    // A null QString binds as '', QVariant() as NULL.
    // The query stays valid until the same statement is run again or the transaction ends.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds = {});
    // Runs an INSERT … RETURNING id and gives the new id.
    Result<qint64> insert(const QString &sql, const QVariantList &binds);
    // Sets one value of the settings table (key → value, replacing what was there); the
    // caller audits the change, which may cover several keys.
    Status putSetting(const QString &key, const QString &value);
    // Appends a record to the hash-chained audit log (see AuditLog).
    Status audit(const QString &action, const QString &entity, const QString &entityId,
                 const QJsonObject &before, const QJsonObject &after);

    // The newest audit record this transaction appended (id 0 when none).
    qint64 appendedAuditId() const { return m_appended ? m_lastAuditId : 0; }
    // The first audit record this transaction appended (id 0 when none).
    qint64 firstAppendedAuditId() const { return m_appended ? m_firstAuditId : 0; }
    QString appendedAuditHash() const { return QString::fromLatin1(m_lastHash); }

    // Releases the prepared statements; Database::write() calls it before COMMIT/ROLLBACK.
    void finish();

    // Reads are allowed too, so that a write can check what is there under the same lock.
    QSqlDatabase connection() const { return m_db; }

private:
    static Error failure(const QSqlError &e);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_user;
    // Statements prepared once per transaction: bulk imports run the same few many times.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    bool m_chainLoaded = false;
    bool m_appended = false;
    qint64 m_lastAuditId = 0;
    qint64 m_firstAuditId = 0;
    QByteArray m_lastHash;
};

} // namespace cii
