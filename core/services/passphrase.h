#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cii {

// The department's unlock passphrase, kept only as an Argon2id hash (libsodium
// crypto_pwhash_str: salt and cost parameters inside the string), never as text.
class Passphrase
{
    Q_DECLARE_TR_FUNCTIONS(Passphrase)

public:
    static constexpr int MinimumLength = 8;
    static Result<QString> hash(const QString &passphrase);
    // False for a wrong passphrase and for anything that is not such a hash.
    static bool matches(const QString &hash, const QString &passphrase);
};

} // namespace cii
