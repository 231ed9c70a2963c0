#include "passphrase.h"

#include <sodium.h>

namespace cii {

Result<QString> Passphrase::hash(const QString &passphrase)
{
    if (passphrase.size() < MinimumLength)
        return Error::input(tr("passphrase: at least %1 characters").arg(MinimumLength));
    if (sodium_init() < 0)
        return Error::input(tr("the cryptography library cannot be initialised"));
    const QByteArray utf8 = passphrase.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: unlocking must answer in well under a second.
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error::input(tr("not enough memory to hash the passphrase"));
    return QString::fromLatin1(out);
}

bool Passphrase::matches(const QString &hash, const QString &passphrase)
{
    if (hash.isEmpty() || sodium_init() < 0)
        return false;
    const QByteArray h = hash.toLatin1();
    if (h.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = passphrase.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace cii
