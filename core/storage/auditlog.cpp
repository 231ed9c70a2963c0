#include "auditlog.h"

#include "storage/database.h"
#include "storage/storeerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace cii {

QByteArray AuditLog::genesisHash()
{
    return QByteArray(64, '0');
}

QString AuditLog::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString AuditLog::osUser()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

QString AuditLog::canonicalJson(const QJsonObject &o)
{
    if (o.isEmpty())
        return QStringLiteral("{}");
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString AuditLog::hashOf(const AuditRecord &r)
{
    const QChar sep(0x1f);
    const QString material =
        QStringList{QString::number(r.id), r.at,        r.osUser,  r.action, r.entity, r.entityId,
                    r.beforeJson,          r.afterJson, r.prevHash}
            .join(sep);
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

static AuditRecord recordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.osUser = q.value(2).toString();
    r.action = q.value(3).toString();
    r.entity = q.value(4).toString();
    r.entityId = q.value(5).toString();
    r.beforeJson = q.value(6).toString();
    r.afterJson = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

static const char *SelectColumns = "SELECT id, at, os_user, action, entity, entity_id, "
                                   "before_json, after_json, prev_hash, hash FROM audit_log ";

Result<AuditVerification> AuditLog::verify(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(SelectColumns) + QStringLiteral("ORDER BY id")))
        return StoreError::from(q.lastError(), db.location());
    AuditVerification v;
    QString prev = QString::fromLatin1(genesisHash());
    qint64 expectedId = 1;
    while (q.next()) {
        const AuditRecord r = recordFrom(q);
        ++v.records;
        if (!v.ok)
            continue;
        if (r.id != expectedId) {
            v.ok = false;
            v.firstBroken = r.id;
            v.reason = tr("record %1 follows record %2: records are missing")
                           .arg(r.id)
                           .arg(expectedId - 1);
        } else if (r.prevHash != prev) {
            v.ok = false;
            v.firstBroken = r.id;
            v.reason = tr("record %1 does not link to the record before it").arg(r.id);
        } else if (hashOf(r) != r.hash) {
            v.ok = false;
            v.firstBroken = r.id;
            v.reason = tr("record %1 was changed after it was written").arg(r.id);
        }
        prev = r.hash;
        ++expectedId;
    }
    if (q.lastError().isValid())
        return StoreError::from(q.lastError(), db.location());
    return v;
}

QString AuditLog::anchor(qint64 id, const QString &hash)
{
    return QStringLiteral("%1:%2").arg(id).arg(hash.left(16));
}

bool AuditLog::parseAnchor(const QString &text, qint64 *id, QString *hashPrefix)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]+):([0-9a-fA-F]{8,64})$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *id = m.captured(1).toLongLong();
    *hashPrefix = m.captured(2).toLower();
    return *id > 0;
}

Result<AuditLog::AnchorCheck> AuditLog::checkAnchor(const Database &db, qint64 id,
                                                    const QString &hashPrefix)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?")))
        return StoreError::from(q.lastError(), db.location());
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::from(q.lastError(), db.location());
    AnchorCheck c;
    if (q.next()) {
        c.found = true;
        c.matches = q.value(0).toString().startsWith(hashPrefix);
    }
    if (q.lastError().isValid())
        return StoreError::from(q.lastError(), db.location());
    return c;
}

Result<QVector<AuditRecord>> AuditLog::recent(const Database &db, int limit)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QString::fromLatin1(SelectColumns) + QStringLiteral("ORDER BY id DESC LIMIT ?")))
        return StoreError::from(q.lastError(), db.location());
    q.addBindValue(limit);
    if (!q.exec())
        return StoreError::from(q.lastError(), db.location());
    QVector<AuditRecord> out;
    while (q.next())
        out.push_back(recordFrom(q));
    if (q.lastError().isValid())
        return StoreError::from(q.lastError(), db.location());
    return out;
}

Result<AuditRecord> AuditLog::record(const Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QString::fromLatin1(SelectColumns) + QStringLiteral("WHERE id = ?")))
        return StoreError::from(q.lastError(), db.location());
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::from(q.lastError(), db.location());
    if (q.next())
        return recordFrom(q);
    if (q.lastError().isValid())
        return StoreError::from(q.lastError(), db.location());
    return Error::input(tr("no audit record %1").arg(id));
}

} // namespace cii
