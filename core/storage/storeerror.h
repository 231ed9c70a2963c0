#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace cii {

// What a database error means for the person using the store, in words that say what
// happened and what to do: real damage (restore from a backup) is told apart from a full
// disk, a locked store and a file or folder that cannot be written, because "damaged …
// restore it" said of a healthy store invites the user to overwrite it.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind {
        Damaged,
        DiskFull,
        Locked,
        ReadOnly,
        CannotOpen,
        DiskError,
        NotPermitted, // PostgreSQL: the role lacks the right
        Other
    };
    static Kind kindOf(const QSqlError &error);
    // `location` names the store in the message (may be empty).
    static Error from(const QSqlError &error, const QString &location = {});
    static Error damaged(const QString &location, const QString &detail);
};

} // namespace cii
