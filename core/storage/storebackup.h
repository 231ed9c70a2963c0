#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cii {

class Database;
class WriteTransaction;

// What a backup file holds, as its verification found it.
struct BackupCheck
{
    int schemaVersion = 0;
    qint64 auditRecords = 0;
    qint64 lastAuditId = 0;
    QString lastAuditHash;
    QDateTime lastAuditAt; // the newest change the backup holds
};

// Backups: consistent copies made while the store is in use, verified before they are kept
// (integrity, schema, audit chain), owner-only (Art. 30), and a restore that keeps the store it
// replaces as a dated copy. The embedded store is copied with VACUUM INTO (one snapshot); a
// PostgreSQL store into the same portable file, an embedded store any workstation opens and
// restores (StoreCopy, from one snapshot too).
class StoreBackup
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackup)

public:
    // Writes a verified copy of the open store to `file` (refused if it exists); the store's
    // audit log records the backup.
    static Result<BackupCheck> backup(Database &db, const QString &file);
    // Opens `file` read-only and checks it as restore would use it.
    static Result<BackupCheck> verify(const QString &file);
    // Replaces the store at `storeLocation` (closed) with `file` once it verifies. The
    // replaced store is kept beside it as STORE.before-restore-YYYYMMDD-HHMMSS; returns that
    // path (empty when there was no store). The restored store records the restore.
    // A PostgreSQL `storeLocation` is restored in place, see below.
    static Result<QString> restore(const QString &storeLocation, const QString &file);
    // Replaces the contents of the PostgreSQL store `store` (opened with OpenMode::Replace)
    // with `file` once it verifies, in one transaction; the contents replaced are kept first
    // as a portable backup file in the store's backup folder, named
    // NAME.before-restore-YYYYMMDD-HHMMSS.sqlite (returned). The restored store records the
    // restore. The connecting role must own the store's tables.
    static Result<QString> restore(Database &store, const QString &file);

    // Automatic backups: `folder`/STORE-NAME-REASON-YYYYMMDD-HHMMSS.sqlite, keeping the
    // newest `keep` of that store. Returns the file written.
    static Result<QString> rotate(Database &db, const QString &folder, const QString &reason,
                                  int keep);
    // The folder automatic backups go to when none is set: "backups" beside the store; for a
    // PostgreSQL store the platform's data location, cii-workbench/backups/HOST-DATABASE.
    static QString defaultFolder(const QString &storeLocation);
    // The name backup files of the store start with: the file's base name, or the
    // PostgreSQL database's name.
    static QString storeName(const QString &storeLocation);
    // The store's backup settings (backup.folder, backup.keep), or the defaults.
    static QString folderOf(const Database &db);
    static int keepOf(const Database &db);
    static Status saveSettings(Database &db, const QString &folder, int keep);
    // The same inside a write another change shares (first-run setup).
    static Status saveSettings(WriteTransaction &tx, const Database &db, const QString &folder,
                               int keep);
    static constexpr int DefaultKeep = 10;
    // The newest automatic backup of the store in `folder` (empty when none).
    static QString newest(const QString &storeLocation, const QString &folder);
};

} // namespace cii
