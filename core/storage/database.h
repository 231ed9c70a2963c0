#pragma once

#include "result.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>

namespace cii {

class WriteTransaction;

// One open store: the embedded SQLite file (default) or, later, a shared PostgreSQL
// database. Owns the connection, the schema migrations and the write path; nothing
// outside core/storage sees SQL.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Inspect: read-only, any schema up to this build's, never migrated (backups, restore).
    // Companion: as Inspect, for a second connection to a store this process has just opened
    // (and so checked) with its own: the checks are not run again (a page's background reads).
    // Empty: the target of a copy (StoreCopy): a missing or empty file, or a PostgreSQL
    // database without tables (created when missing and the role may); anything else is
    // refused (Error::input) and left untouched; never migrated: the copy brings the schema.
    // Replace: the PostgreSQL store a restore replaces: opened writable whatever its audit log
    // says, never migrated.
    enum class OpenMode { MustExist, CreateIfMissing, Inspect, Companion, Empty, Replace };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and, for a new or older store, migrates) the store at `location`: a file path, or
    // a PostgreSQL URL (StoreAddress). A file that is not a SQLite database, is damaged, is not
    // a CII Workbench store, or has a newer schema than this build knows is refused with a
    // message and left untouched; so is a PostgreSQL database holding other tables. On
    // PostgreSQL, an empty database counts as missing: only CreateIfMissing makes it a store.
    Status open(const QString &location, OpenMode mode = OpenMode::MustExist);
    // Whether the last open() failed because the server wants a password that was neither in
    // PGPASSFILE nor remembered (StoreAddress::rememberPassword): the fronts ask and retry.
    bool passwordRequired() const { return m_passwordRequired; }
    // The shared PostgreSQL store (several workstations), not the embedded file.
    bool isShared() const { return !m_dialect.isSqlite(); }
    // Who writes: on PostgreSQL the database user this connection logged in as (each
    // regulator has their own), in the embedded store the workstation's login name. The audit
    // log and every "issued by" record it.
    QString user() const { return m_user; }
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString location() const { return m_location; }
    // A store whose file or folder is not writable (by its permissions: even for root), or
    // whose audit log has lost records, is opened read-only: it can be read and exported,
    // every write is refused, and its permissions are never changed.
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Set when the audit log lost records or no longer holds what this workstation wrote
    // (the store is then read-only too); empty otherwise.
    QString auditProblem() const { return m_auditProblem; }

    // The page cache of this connection (and of its reopenings), in KiB: 64 MiB by default,
    // for bulk writes; the window keeps less, so that its memory stays small.
    Status setCacheKiB(int kib);

    // The database engine's full integrity check of every page and index.
    Status checkIntegrity() const;

    static int latestSchemaVersion();
    int schemaVersion() const { return m_schemaVersion; }
    const SqlDialect &dialect() const { return m_dialect; }

    // Runs `work` in one transaction that holds the write lock; commits when it returns ok,
    // rolls back otherwise. The only way to change the store.
    Status write(const std::function<Status(WriteTransaction &)> &work);

    // How many of the audit records with ids in (after, upTo] this connection appended
    // itself since it was opened (StoreWatcher: what other clients wrote is the rest).
    qint64 ownAuditRecords(qint64 after, qint64 upTo) const;

    // For repositories in core/storage only.
    QSqlDatabase connection() const { return m_db; }

    // The platform's default location of the embedded store (QStandardPaths).
    static QString defaultLocation();

private:
    Status checkExistingFile(const QString &path) const;
    // A store too big for a quick check at every open gets these checks of its structure.
    Status checkStructure();
    Status checkAuditCount();
    void removeCreatedFiles(const QString &location);
    Result<int> readSchemaVersion();
    Status migrate();
    Status configureSqlite();
    Status openPostgres(const QString &location, OpenMode mode);
    Result<QStringList> tableNames();
    Status checkPostgresPrivileges();
    Status refuseNewerSchema(const QString &location, int version) const;
    Status refuseUpgradeWhileReadOnly(const QString &location) const;
    Result<bool> appliedMeanwhile(WriteTransaction &tx, int version);

    SqlDialect m_dialect;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_location;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_inspecting = false; // opened with OpenMode::Inspect
    int m_cacheKiB = 65536;
    QString m_readOnlyReason;
    QString m_auditProblem;
    QString m_user;
    bool m_passwordRequired = false;
    // The audit ids this connection appended, as ranges [first, last], the newest last.
    QVector<QPair<qint64, qint64>> m_ownAudit;
};

} // namespace cii
