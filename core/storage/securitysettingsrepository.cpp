#include "securitysettingsrepository.h"

#include "domain/textfield.h"
#include "storage/database.h"
#include "storage/sqlread.h"
#include "storage/writetransaction.h"

namespace cii {
namespace {

const QString ClassificationKey = QStringLiteral("document.classification");
const QString LockMinutesKey = QStringLiteral("ui.lock_minutes");
const QString PassphraseKey = QStringLiteral("ui.lock_passphrase_hash");

} // namespace

Result<SecuritySettings> SecuritySettingsRepository::settings() const
{
    SecuritySettings s;
    Status read =
        sql::select(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?, ?)"),
                    {ClassificationKey, LockMinutesKey, PassphraseKey}, [&](const QSqlQuery &q) {
                        const QString key = q.value(0).toString();
                        const QString value = q.value(1).toString();
                        if (key == ClassificationKey && !value.trimmed().isEmpty())
                            s.classification = value;
                        else if (key == LockMinutesKey)
                            s.lockMinutes = value.toInt();
                        else if (key == PassphraseKey)
                            s.passphraseHash = value;
                    });
    if (!read)
        return read.error();
    return s;
}

QString SecuritySettingsRepository::classification() const
{
    const Result<SecuritySettings> s = settings();
    return s ? s.value().classification : SecuritySettings::defaultClassification();
}

Status SecuritySettingsRepository::setClassification(const QString &marking)
{
    return m_db.write([&](WriteTransaction &tx) { return setClassification(tx, marking); });
}

Status SecuritySettingsRepository::setClassification(WriteTransaction &tx, const QString &marking)
{
    const QString m = marking.trimmed();
    if (m.isEmpty())
        return Error::input(tr("classification: a marking is required, e.g. %1")
                                .arg(SecuritySettings::defaultClassification()));
    if (const QString p = TextField::problem(m, SecuritySettings::ClassificationLength);
        !p.isEmpty())
        return Error::input(QStringLiteral("classification: %1").arg(p));
    return save(tx, ClassificationKey, m, {{QStringLiteral("classification"), classification()}},
                {{QStringLiteral("classification"), m}});
}

Status SecuritySettingsRepository::setLockMinutes(int minutes)
{
    return m_db.write([&](WriteTransaction &tx) { return setLockMinutes(tx, minutes); });
}

Status SecuritySettingsRepository::setLockMinutes(WriteTransaction &tx, int minutes)
{
    if (minutes < 0 || minutes > SecuritySettings::MaxLockMinutes)
        return Error::input(
            tr("lock_minutes: 0 (never) to %1 minutes").arg(SecuritySettings::MaxLockMinutes));
    Result<SecuritySettings> before = settings();
    if (!before)
        return before.error();
    return save(tx, LockMinutesKey, QString::number(minutes),
                {{QStringLiteral("lock_minutes"), before.value().lockMinutes}},
                {{QStringLiteral("lock_minutes"), minutes}});
}

Status SecuritySettingsRepository::setPassphraseHash(const QString &hash)
{
    return m_db.write([&](WriteTransaction &tx) { return setPassphraseHash(tx, hash); });
}

Status SecuritySettingsRepository::setPassphraseHash(WriteTransaction &tx, const QString &hash)
{
    Result<SecuritySettings> before = settings();
    if (!before)
        return before.error();
    return save(tx, PassphraseKey, hash,
                {{QStringLiteral("passphrase_set"), !before.value().passphraseHash.isEmpty()}},
                {{QStringLiteral("passphrase_set"), !hash.isEmpty()}});
}

Status SecuritySettingsRepository::save(WriteTransaction &tx, const QString &key,
                                        const QString &value, const QJsonObject &before,
                                        const QJsonObject &after)
{
    if (Status put = tx.putSetting(key, value); !put)
        return put;
    return tx.audit(QStringLiteral("update"), QStringLiteral("settings"), key, before, after);
}

} // namespace cii
