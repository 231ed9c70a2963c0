#pragma once

#include <QString>

namespace cii {

// How the department keeps what it learns confidential (Art. 30): the marking its exports and
// documents carry, and when an unattended workstation locks. Kept in the store, so every
// workstation of the department agrees.
struct SecuritySettings
{
    // The classification marking (密级/标识) on exports and documents.
    QString classification = defaultClassification();
    // The GUI locks after this many idle minutes; 0 = never.
    int lockMinutes = 15;
    // The department's unlock passphrase as an Argon2id hash (crypto_pwhash_str); empty when
    // none is set (unlocking then asks for the OS user name).
    QString passphraseHash;

    static QString defaultClassification() { return QStringLiteral("内部资料 注意保存"); }
    static constexpr int ClassificationLength = 100;
    static constexpr int MaxLockMinutes = 24 * 60;
};

} // namespace cii
