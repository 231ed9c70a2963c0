#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace cii {

class Database;

struct AuditRecord
{
    qint64 id = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString osUser;
    QString action;
    QString entity;
    QString entityId;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

struct AuditVerification
{
    bool ok = true;
    qint64 records = 0;
    qint64 firstBroken = 0; // id of the first record whose hash or link does not hold; 0 if none
    QString reason;
};

// Art. 30 asks that what departments learn is kept safe; the audit log is how a department
// shows who changed what. Each record's hash covers its content and the previous record's
// hash, so editing, deleting or reordering any record breaks the chain from there on.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static QByteArray genesisHash();
    static QString now();
    static QString osUser();
    static QString canonicalJson(const QJsonObject &o);
    static QString hashOf(const AuditRecord &r);

    static Result<AuditVerification> verify(const Database &db);
    // An anchor printed on a document, "ID:HEX" (ID:HEX16 as documents print it): whether
    // the log still holds record ID with a hash starting with HEX. With an intact chain
    // that proves every record up to it is unchanged since the document was issued.
    struct AnchorCheck
    {
        bool found = false;   // the log has record ID
        bool matches = false; // and its hash begins with HEX
    };
    // The anchor of record `id` with hash `hash`, as documents print it (ID:HEX16).
    static QString anchor(qint64 id, const QString &hash);
    static bool parseAnchor(const QString &text, qint64 *id, QString *hashPrefix);
    static Result<AnchorCheck> checkAnchor(const Database &db, qint64 id,
                                           const QString &hashPrefix);
    // Newest first.
    static Result<QVector<AuditRecord>> recent(const Database &db, int limit);
    // One record in full (a list shows only the short columns of each).
    static Result<AuditRecord> record(const Database &db, qint64 id);
};

} // namespace cii
