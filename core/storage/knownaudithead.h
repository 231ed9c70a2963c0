#pragma once

#include <QString>

#include <optional>

namespace cii {

// The newest audit record this workstation wrote to a store, kept outside the store (in the
// user's settings): cutting records off the end of the log, or recomputing the chain, is
// found when the store is next opened here, even though the remaining chain is intact.
class KnownAuditHead
{
public:
    struct Head
    {
        qint64 id = 0;
        QString hash;
    };
    static void remember(const QString &location, qint64 id, const QString &hash);
    static std::optional<Head> recall(const QString &location);
    // After a restore the store's log legitimately ends earlier.
    static void forget(const QString &location);
};

} // namespace cii
