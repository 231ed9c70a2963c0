#include "storeerror.h"

#include <QSqlError>

namespace cii {

namespace {

// PostgreSQL reports a five-character SQLSTATE (SQLite's codes have at most four digits).
StoreError::Kind kindOfSqlState(const QString &state)
{
    const QString cls = state.left(2);
    if (state == QLatin1String("53100"))
        return StoreError::Kind::DiskFull;
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01") ||
        state == QLatin1String("57014") || state == QLatin1String("40001"))
        return StoreError::Kind::Locked;
    if (state == QLatin1String("25006"))
        return StoreError::Kind::ReadOnly;
    if (state == QLatin1String("42501"))
        return StoreError::Kind::NotPermitted;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return StoreError::Kind::Damaged;
    if (cls == QLatin1String("08") || cls == QLatin1String("57") || cls == QLatin1String("3D") ||
        cls == QLatin1String("28"))
        return StoreError::Kind::CannotOpen;
    if (cls == QLatin1String("58"))
        return StoreError::Kind::DiskError;
    return StoreError::Kind::Other;
}

} // namespace

StoreError::Kind StoreError::kindOf(const QSqlError &error)
{
    if (error.nativeErrorCode().size() == 5)
        return kindOfSqlState(error.nativeErrorCode());
    // The driver's own connection failures carry no code.
    if (error.type() == QSqlError::ConnectionError && error.nativeErrorCode().isEmpty())
        return Kind::CannotOpen;
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
        if (error.nativeErrorCode().size() == 5)
            return Error::storage(tr("%1 is open read-only: nothing was changed.").arg(store));
        return Error::storage(tr("%1 cannot be written (the file or its folder is read-only): "
                                 "nothing was changed.")
                                  .arg(store));
    case Kind::CannotOpen:
        if (error.nativeErrorCode().size() == 5 || error.nativeErrorCode().isEmpty())
            return Error::storage(tr("cannot reach %1 (%2): check the address, that the server "
                                     "runs and that it lets this workstation in.")
                                      .arg(store, detail.trimmed()));
        return Error::storage(tr("cannot open %1 (%2): check that the file and its folder exist "
                                 "and can be read.")
                                  .arg(store, detail));
    case Kind::NotPermitted:
        return Error::storage(tr("the database user may not do this in %1 (%2): nothing was "
                                 "changed. A read-only role can browse and export only.")
                                  .arg(store, detail.trimmed()));
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
