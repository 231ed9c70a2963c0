#pragma once

#include "domain/securitysettings.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cii {

class Database;
class WriteTransaction;

// The department's security settings (classification marking, idle lock, unlock passphrase
// hash) in the store's settings table. Writes are audited; the hash itself never enters the
// audit log, only that it changed.
class SecuritySettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SecuritySettingsRepository)

public:
    explicit SecuritySettingsRepository(Database &db) : m_db(db) {}

    Result<SecuritySettings> settings() const;
    // The marking, or its default when the store cannot be read: an export is never left
    // unmarked because of a read error.
    QString classification() const;
    Status setClassification(const QString &marking);
    Status setLockMinutes(int minutes);
    // `hash` as made by Passphrase::hash; empty removes the passphrase.
    Status setPassphraseHash(const QString &hash);
    // The same, inside a write other changes share (the settings dialogs, first-run setup).
    Status setClassification(WriteTransaction &tx, const QString &marking);
    Status setLockMinutes(WriteTransaction &tx, int minutes);
    Status setPassphraseHash(WriteTransaction &tx, const QString &hash);

private:
    static Status save(WriteTransaction &tx, const QString &key, const QString &value,
                       const QJsonObject &before, const QJsonObject &after);

    Database &m_db;
};

} // namespace cii
