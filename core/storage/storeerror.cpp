#include "storeerror.h"

#include <QSqlError>

namespace cii {

StoreError::Kind StoreError::kindOf(const QSqlError &error)
{
    bool ok = false;
    // The SQLite result code; extended codes keep the primary one in the low byte.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Kind::Other;
    switch (code) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Kind::Damaged;
    case 13: // SQLITE_FULL
        return Kind::DiskFull;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Kind::Locked;
    case 8: // SQLITE_READONLY
        return Kind::ReadOnly;
    case 14: // SQLITE_CANTOPEN
        return Kind::CannotOpen;
    case 10: // SQLITE_IOERR
        return Kind::DiskError;
    default:
        return Kind::Other;
    }
}

Error StoreError::damaged(const QString &location, const QString &detail)
{
    return Error::storage(tr("%1 is damaged (%2). Nothing was written. Restore it from a backup "
                             "(cii-workbench-cli restore FILE).")
                              .arg(location.isEmpty() ? tr("The store") : location, detail));
}

Error StoreError::from(const QSqlError &error, const QString &location)
{
    const QString store = location.isEmpty() ? tr("the store") : location;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (kindOf(error)) {
    case Kind::Damaged:
        return damaged(location, detail);
    case Kind::DiskFull:
        return Error::storage(tr("the disk holding %1 is full: nothing was changed. Free some "
                                 "space and try again.")
                                  .arg(store));
    case Kind::Locked:
        return Error::storage(tr("%1 is locked by another program or workstation that is "
                                 "writing to it: nothing was changed. Try again in a moment.")
                                  .arg(store));
    case Kind::ReadOnly:
        return Error::storage(tr("%1 cannot be written (the file or its folder is read-only): "
                                 "nothing was changed.")
                                  .arg(store));
    case Kind::CannotOpen:
        return Error::storage(tr("cannot open %1 (%2): check that the file and its folder exist "
                                 "and can be read.")
                                  .arg(store, detail));
    case Kind::DiskError:
        return Error::storage(tr("a disk error occurred while using %1 (%2): nothing was "
                                 "changed. Check the disk, then run 'cii-workbench-cli check'.")
                                  .arg(store, detail));
    case Kind::Other:
        break;
    }
    return Error::storage(detail);
}

} // namespace cii
