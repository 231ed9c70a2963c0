#include "database.h"

#include "storage/auditlog.h"
#include "storage/knownaudithead.h"
#include "storage/migrations.h"
#include "storage/storeaddress.h"
#include "storage/storebackup.h"
#include "storage/storeerror.h"
#include "storage/storeroles.h"
#include "storage/writetransaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace cii {
namespace {

QAtomicInteger<int> g_connectionCounter;

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 QuickCheckLimit = 64 * 1024 * 1024;

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_schemaVersion = 0;
    m_ownAudit.clear();
}

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/cii-workbench");
    return dir + QStringLiteral("/store.sqlite");
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Status Database::checkExistingFile(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(tr("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(16);
    if (f.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
        return Error::storage(
            tr("%1 is not a CII Workbench store (not an SQLite database); it was left untouched")
                .arg(path));
    return {};
}

namespace {

// Permission bits say what the department meant, also for root (who could write anyway):
// for one's own file the owner's write bit decides.
bool writable(const QFileInfo &info)
{
    if (!info.isWritable())
        return false;
#ifdef Q_OS_UNIX
    if (info.ownerId() == uint(::geteuid()))
        return info.permissions() & QFileDevice::WriteOwner;
#endif
    return true;
}

qint64 quickCheckLimit()
{
    // Tests set it to 0 to take the big-store path on a small file.
    bool ok = false;
    const qint64 v = qEnvironmentVariable("CII_QUICK_CHECK_LIMIT").toLongLong(&ok);
    return ok ? v : QuickCheckLimit;
}

} // namespace

Status Database::checkAuditCount()
{
    // The audit log is append-only with ids from 1: as many records as its last id. Fewer
    // means records were removed; the store is then opened read-only for investigation.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM audit_log")) ||
        !q.next())
        return StoreError::from(q.lastError(), m_location);
    const qint64 count = q.value(0).toLongLong();
    const qint64 last = q.value(1).toLongLong();
    if (count != last) {
        m_readOnly = true;
        m_readOnlyReason = tr("its audit log has %1 records but its last is number %2: records "
                              "were removed; run verify-audit")
                               .arg(count)
                               .arg(last);
        m_auditProblem = m_readOnlyReason;
        return {};
    }
    // What this workstation last wrote: the log must still reach it, unchanged.
    if (const std::optional<KnownAuditHead::Head> known = KnownAuditHead::recall(m_location)) {
        QSqlQuery h(m_db);
        h.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
        h.addBindValue(known->id);
        if (!h.exec())
            return StoreError::from(h.lastError(), m_location);
        if (!h.next()) {
            m_readOnly = true;
            m_readOnlyReason = tr("its audit log ends at record %1, but this workstation wrote "
                                  "record %2: records were cut off the end; run verify-audit")
                                   .arg(last)
                                   .arg(known->id);
            m_auditProblem = m_readOnlyReason;
        } else if (h.value(0).toString() != known->hash) {
            m_readOnly = true;
            m_readOnlyReason = tr("audit record %1 is not the one this workstation wrote: the "
                                  "log was rewritten; run verify-audit")
                                   .arg(known->id);
            m_auditProblem = m_readOnlyReason;
        }
    }
    return {};
}

void Database::removeCreatedFiles(const QString &location)
{
    close();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(location + QLatin1String(suffix));
}

Status Database::open(const QString &location, OpenMode mode)
{
    close();
    m_dialect = SqlDialect(SqlDialect::Kind::Sqlite);
    m_readOnly = false;
    m_inspecting = false;
    m_passwordRequired = false;
    m_readOnlyReason.clear();
    m_auditProblem.clear();
    m_user = AuditLog::osUser();
    if (StoreAddress::isPostgres(location))
        return openPostgres(location, mode);
    const QFileInfo info(location);
    bool created = false;
    if (info.exists()) {
        if (info.isDir())
            return Error::storage(tr("%1 is a folder, not a store").arg(location));
        if (mode == OpenMode::Empty && info.size() > 0)
            return Error::input(tr("%1 is not empty: a store is copied only into a new or empty "
                                   "file; it was left untouched")
                                    .arg(location));
        // An empty file is not a store: only 'init' (and 'demo') turn one into a store.
        if (info.size() == 0 && mode != OpenMode::CreateIfMissing && mode != OpenMode::Empty)
            return Error::storage(tr("%1 is an empty file, not a store; it was left untouched "
                                     "(make a store with 'init')")
                                      .arg(location));
        if (Status s = checkExistingFile(location); !s)
            return s;
        if (mode == OpenMode::Inspect || mode == OpenMode::Companion) {
            m_inspecting = true;
            m_readOnly = true;
            m_readOnlyReason = tr("opened for inspection");
        } else if (!writable(info)) {
            m_readOnly = true;
            m_readOnlyReason = tr("the file is read-only");
        } else if (!writable(QFileInfo(info.absolutePath()))) {
            m_readOnly = true;
            m_readOnlyReason = tr("its folder is read-only");
        }
        if (m_readOnly && info.size() == 0)
            return Error::storage(tr("%1 is an empty file that cannot be written (%2): it cannot "
                                     "become a store")
                                      .arg(location, m_readOnlyReason));
    } else {
        if (mode != OpenMode::CreateIfMissing && mode != OpenMode::Empty)
            return Error::storage(
                tr("no store at %1 (create one with 'init' or 'demo')").arg(location));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(tr("cannot create the folder %1").arg(info.absolutePath()));
        // Create the file owner-only before SQLite touches it; SQLite gives its -wal and
        // -shm files the same permissions.
        QFile f(location);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !f.setPermissions(OwnerOnly))
            return Error::storage(tr("cannot create %1: %2").arg(location, f.errorString()));
        created = true;
    }
    // Whatever fails from here on leaves a file this call created removed, not empty.
    auto fail = [&](const Error &e) -> Status {
        if (created)
            removeCreatedFiles(location);
        else
            close();
        return e;
    };

    m_connectionName = QStringLiteral("cii-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_db.setDatabaseName(location);
    m_db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;"
                                                       "QSQLITE_OPEN_READONLY")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(StoreError::from(m_db.lastError(), location));
    m_location = location;

    // Everything up to here only read the file; refuse before writing anything. A store of
    // up to 64 MiB gets a full quick_check (milliseconds); a bigger one a check of its
    // structure, so that opening a years-old store stays instant. Damage elsewhere in a big
    // store makes the statement that meets it fail (never a short list), and `check` and the
    // GUI's background check run the full integrity check.
    const bool checked = mode == OpenMode::Companion;
    if (!checked && QFileInfo(location).size() <= quickCheckLimit()) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
            return fail(q.lastError().isValid() &&
                                StoreError::kindOf(q.lastError()) != StoreError::Kind::Damaged
                            ? StoreError::from(q.lastError(), location)
                            : StoreError::damaged(location, q.lastError().text()));
        if (q.value(0).toString() != QLatin1String("ok"))
            return fail(StoreError::damaged(location, q.value(0).toString()));
    }
    Result<int> version = readSchemaVersion();
    if (!version)
        return fail(version.error());
    if (Status s = refuseNewerSchema(location, version.value()); !s)
        return fail(s.error());
    m_schemaVersion = version.value();
    if (m_schemaVersion > 0) {
        if (Status s = checked ? Status() : checkAuditCount(); !s)
            return fail(s.error());
    }
    if (Status s = refuseUpgradeWhileReadOnly(location); !s)
        return fail(s.error());
    if (Status s = configureSqlite(); !s)
        return fail(s.error());
    if (!checked && QFileInfo(location).size() > quickCheckLimit() && m_schemaVersion > 0) {
        if (Status s = checkStructure(); !s)
            return fail(s.error());
    }

    if (!m_readOnly) {
        // Owner-only (Art. 30). A read-only store's permissions are the department's choice.
        QFile::setPermissions(location, OwnerOnly);
        if (mode == OpenMode::Empty)
            return {};
        if (Status s = migrate(); !s)
            return fail(s.error());
    }
    return {};
}

namespace {

QString quotedIdentifier(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void configureConnection(QSqlDatabase &db, const StoreAddress &a, const QString &database,
                         const QString &password)
{
    if (!a.host().isEmpty())
        db.setHostName(a.host());
    if (a.port() > 0)
        db.setPort(a.port());
    db.setDatabaseName(database);
    if (!a.user().isEmpty())
        db.setUserName(a.user());
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=cii-workbench"));
}

} // namespace

Status Database::openPostgres(const QString &location, OpenMode mode)
{
    m_dialect = SqlDialect(SqlDialect::Kind::Postgres);
    Result<StoreAddress> address = StoreAddress::parse(location);
    if (!address)
        return Error::storage(address.error().message);
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        return Error::storage(tr("cannot open %1: this installation has no PostgreSQL support "
                                 "(install the package libqt6sql6-psql)")
                                  .arg(location));
    const StoreAddress &a = address.value();
    const QString password = StoreAddress::rememberedPassword(location);
    auto connectTo = [&](const QString &database, QString *connection) -> QSqlDatabase {
        *connection = QStringLiteral("cii-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), *connection);
        configureConnection(db, a, database, password);
        db.open();
        return db;
    };
    auto refused = [&](const QSqlError &e) -> Status {
        const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        if (text.contains(QLatin1String("no password supplied")) ||
            text.contains(QLatin1String("password authentication failed"))) {
            m_passwordRequired = true;
            return Error::storage(
                password.isEmpty()
                    ? tr("the server of %1 asks for the password of %2: put it in the file "
                         "PGPASSFILE names (~/.pgpass), or type it when asked")
                          .arg(location, a.user().isEmpty() ? AuditLog::osUser() : a.user())
                    : tr("the server of %1 refused the password of %2").arg(location, a.user()));
        }
        return StoreError::from(e, location);
    };

    m_db = connectTo(a.database(), &m_connectionName);
    if (!m_db.isOpen()) {
        const QSqlError e = m_db.lastError();
        close();
        const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        if ((mode != OpenMode::CreateIfMissing && mode != OpenMode::Empty) ||
            !text.contains(QLatin1String("does not exist")))
            return refused(e);
        // 'init' on a server where the database is not there yet: make it (the user needs
        // the CREATEDB right), from the server's maintenance database.
        QString maintenance;
        {
            QSqlDatabase admin = connectTo(QStringLiteral("postgres"), &maintenance);
            QSqlQuery create(admin);
            const bool made =
                admin.isOpen() && create.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'")
                                                  .arg(quotedIdentifier(a.database())));
            const QSqlError why = admin.isOpen() ? create.lastError() : admin.lastError();
            create.finish();
            admin.close();
            admin = QSqlDatabase();
            QSqlDatabase::removeDatabase(maintenance);
            if (!made)
                return Error::storage(tr("the database %1 does not exist and could not be "
                                         "created (%2): ask the server's administrator to "
                                         "create it for you")
                                          .arg(a.database(), why.databaseText().isEmpty()
                                                                 ? why.text()
                                                                 : why.databaseText()));
        }
        m_db = connectTo(a.database(), &m_connectionName);
        if (!m_db.isOpen()) {
            const QSqlError again = m_db.lastError();
            close();
            return refused(again);
        }
    }
    m_location = location;
    auto fail = [&](const Error &e) -> Status {
        close();
        return e;
    };
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")) ||
        !q.exec(QStringLiteral("SELECT current_user, pg_is_in_recovery()")) || !q.next())
        return fail(StoreError::from(q.lastError(), location));
    m_user = q.value(0).toString();
    const bool standby = q.value(1).toBool();
    if (mode == OpenMode::Inspect || mode == OpenMode::Companion) {
        m_inspecting = true;
        m_readOnly = true;
        m_readOnlyReason = tr("opened for inspection");
    } else if (standby) {
        m_readOnly = true;
        m_readOnlyReason = tr("the server is a standby that only replicates");
    }
    if (m_readOnly &&
        !q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
        return fail(StoreError::from(q.lastError(), location));

    if (mode == OpenMode::Empty) {
        Result<QStringList> tables = tableNames();
        if (!tables)
            return fail(tables.error());
        if (!tables->isEmpty())
            return fail(Error::input(tr("the PostgreSQL database %1 is not empty (it has %n "
                                        "tables): a store is copied only into a database "
                                        "without tables; it was left untouched",
                                        nullptr, int(tables->size()))
                                         .arg(location)));
        if (Status s = checkPostgresPrivileges(); !s)
            return fail(s.error());
        return {};
    }
    Result<int> version = readSchemaVersion();
    if (!version)
        return fail(version.error());
    if (version.value() == 0 && mode != OpenMode::CreateIfMissing && mode != OpenMode::Replace)
        return fail(Error::storage(tr("the PostgreSQL database %1 is empty, not a store yet: "
                                      "make it one with 'init', or copy a store into it with "
                                      "'migrate-store'")
                                       .arg(location)));
    if (Status s = refuseNewerSchema(location, version.value()); !s)
        return fail(s.error());
    m_schemaVersion = version.value();
    if (!m_readOnly) {
        if (Status s = checkPostgresPrivileges(); !s)
            return fail(s.error());
    }
    if (m_schemaVersion > 0 && mode != OpenMode::Companion && mode != OpenMode::Replace) {
        if (Status s = checkAuditCount(); !s)
            return fail(s.error());
    }
    if (mode == OpenMode::Replace)
        return {};
    if (Status s = refuseUpgradeWhileReadOnly(location); !s)
        return fail(s.error());
    if (!m_readOnly) {
        if (Status s = migrate(); !s)
            return fail(s.error());
        // The department's group roles get their rights on what the migrations made, where
        // this user owns it (StoreRoles); a store whose rights cannot be given still opens.
        if (Status s = StoreRoles::grantToGroups(*this); !s)
            qWarning("%s", qPrintable(s.error().message));
    }
    return {};
}

Status Database::refuseNewerSchema(const QString &location, int version) const
{
    if (version <= latestSchemaVersion())
        return {};
    return Error::storage(
        tr("%1 was written by a newer CII Workbench (schema version %2; this version knows "
           "up to %3). It was left untouched: update the application to open it.")
            .arg(location)
            .arg(version)
            .arg(latestSchemaVersion()));
}

Status Database::refuseUpgradeWhileReadOnly(const QString &location) const
{
    if (!m_readOnly || m_inspecting || m_schemaVersion >= latestSchemaVersion())
        return {};
    // A file needs write access; on a shared store it is the database user's rights.
    return Error::storage(
        (isShared() ? tr("%1 is read-only (%2) and was written by an older CII Workbench (schema "
                         "version %3): it must be upgraded by a user who may write. It was left "
                         "untouched.")
                    : tr("%1 is read-only (%2) and was written by an older CII Workbench (schema "
                         "version %3): it must be upgraded, which needs write access. It was "
                         "left untouched."))
            .arg(location, m_readOnlyReason)
            .arg(m_schemaVersion));
}

Status Database::checkPostgresPrivileges()
{
    // A role that may only read (leadership, auditors): browse and export, never write. The
    // audit log is the table every write appends to, so its INSERT right decides.
    QSqlQuery q(m_db);
    const bool ok =
        m_schemaVersion > 0
            ? q.exec(QStringLiteral("SELECT has_table_privilege('audit_log', 'INSERT')"))
            : q.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')"));
    if (!ok || !q.next())
        return StoreError::from(q.lastError(), m_location);
    if (q.value(0).toBool())
        return {};
    if (m_schemaVersion == 0)
        return Error::storage(tr("the database user %1 may not create tables in %2, so it "
                                 "cannot become a store: ask the server's administrator")
                                  .arg(m_user, m_location));
    m_readOnly = true;
    m_readOnlyReason = tr("the database user %1 may only read this store").arg(m_user);
    if (!q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
        return StoreError::from(q.lastError(), m_location);
    return {};
}

Status Database::checkStructure()
{
    QSqlQuery q(m_db);
    auto pragma = [&](const char *name) -> qint64 {
        if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    };
    const qint64 pageSize = pragma("page_size");
    const qint64 pages = pragma("page_count");
    const qint64 freePages = pragma("freelist_count");
    if (pageSize <= 0 || pages <= 0 || freePages < 0)
        return StoreError::damaged(m_location, q.lastError().isValid() ? q.lastError().text()
                                                                       : tr("unreadable header"));
    if (freePages >= pages)
        return StoreError::damaged(m_location, tr("%1 free pages of %2").arg(freePages).arg(pages));
    // Without a write-ahead log to add pages, the file holds exactly the pages it says.
    const QFileInfo wal(m_location + QStringLiteral("-wal"));
    const qint64 size = QFileInfo(m_location).size();
    if ((!wal.exists() || wal.size() == 0) && size != pages * pageSize)
        return StoreError::damaged(m_location, tr("the file is %1 bytes, its header says %2 pages "
                                                  "of %3 bytes")
                                                   .arg(size)
                                                   .arg(pages)
                                                   .arg(pageSize));
    return {};
}

Status Database::checkIntegrity() const
{
    // PostgreSQL checks its own pages (data checksums, WAL); what is ours to check there, the
    // audit chain and the triggers, `check` verifies on both.
    if (isShared())
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(10)")))
        return StoreError::damaged(m_location, q.lastError().text());
    QStringList problems;
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    }
    if (q.lastError().isValid())
        problems << q.lastError().text();
    if (!problems.isEmpty())
        return StoreError::damaged(m_location, problems.join(QLatin1String("; ")));
    return {};
}

Result<QStringList> Database::tableNames()
{
    QSqlQuery t(m_db);
    if (!t.exec(m_dialect.tablesQuery()))
        return StoreError::from(t.lastError(), m_location);
    QStringList tables;
    while (t.next())
        tables << t.value(0).toString();
    if (t.lastError().isValid())
        return StoreError::from(t.lastError(), m_location);
    return tables;
}

Result<int> Database::readSchemaVersion()
{
    // Read with its errors checked: a damaged schema page must not look like an empty store.
    Result<QStringList> tables = tableNames();
    if (!tables)
        return tables.error();
    if (tables->isEmpty())
        return 0;
    if (!tables->contains(QStringLiteral("schema_version")))
        return Error::storage(
            isShared() ? tr("the PostgreSQL database %1 holds other tables and is not a CII "
                            "Workbench store; it was left untouched")
                             .arg(m_location)
                       : tr("%1 is an SQLite database but not a CII Workbench store; it was "
                            "left untouched")
                             .arg(m_location));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next()) {
        if (isShared() && StoreError::kindOf(q.lastError()) == StoreError::Kind::NotPermitted)
            return Error::storage(tr("the database user %1 may not read the store %2: the "
                                     "administrator makes it a member of cii_readers or "
                                     "cii_writers (resources/postgres/setup-roles.sql)")
                                      .arg(m_user, m_location));
        return StoreError::from(q.lastError(), m_location);
    }
    return q.value(0).toInt();
}

Status Database::configureSqlite()
{
    QSqlQuery q(m_db);
    for (const char *pragma : {
             "PRAGMA journal_mode=WAL",
             "PRAGMA foreign_keys=ON",
             "PRAGMA synchronous=NORMAL",
             "PRAGMA busy_timeout=5000",
             // Checks each page's cells as it is read: damage is found where it is met.
             "PRAGMA cell_size_check=ON",
         }) {
        // A read-only store keeps the journal mode it has.
        if (m_readOnly && qstrncmp(pragma, "PRAGMA journal_mode", 19) == 0)
            continue;
        if (!q.exec(QString::fromLatin1(pragma)))
            return StoreError::from(q.lastError(), m_location);
    }
    // By default 64 MiB of page cache: bulk writes stay in memory until commit. A connection
    // opened to read beside the window's own (a page's background reads, a backup) keeps a
    // small one: it scans and leaves, and the window's memory stays small.
    if (!q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(m_inspecting ? 8192 : m_cacheKiB)))
        return StoreError::from(q.lastError(), m_location);
    return {};
}

Status Database::setCacheKiB(int kib)
{
    m_cacheKiB = qMax(1024, kib);
    if (!m_db.isOpen() || m_inspecting || isShared())
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(m_cacheKiB)))
        return StoreError::from(q.lastError(), m_location);
    return {};
}

Status Database::migrate()
{
    // An existing store is copied before it is upgraded: a migration that goes wrong in a
    // way no test foresaw can be undone with 'restore'. (On PostgreSQL a migration's DDL is
    // part of its transaction, so one that fails leaves nothing behind; the copy, a portable
    // file, undoes one that succeeded but did the wrong thing.)
    if (m_schemaVersion > 0 && m_schemaVersion < latestSchemaVersion()) {
        Result<QString> copy = StoreBackup::rotate(
            *this, StoreBackup::folderOf(*this),
            QStringLiteral("pre-v%1").arg(latestSchemaVersion()), StoreBackup::keepOf(*this));
        if (!copy)
            return Error::storage(tr("the store was not upgraded: the backup made before an "
                                     "upgrade failed (%1)")
                                      .arg(copy.error().message));
    }
    for (const Migration &m : Migrations::all()) {
        if (m.version <= m_schemaVersion)
            continue;
        Status s = write([&](WriteTransaction &tx) -> Status {
            // Another workstation opening the shared store at the same moment may have
            // applied it while this one waited for the write lock.
            if (isShared()) {
                Result<bool> applied = appliedMeanwhile(tx, m.version);
                if (!applied)
                    return applied.error();
                if (applied.value())
                    return {};
            }
            for (const QString &statement : m.statements(m_dialect)) {
                if (auto r = tx.exec(statement); !r)
                    return Error::storage(r.error().message);
            }
            if (m.seed) {
                if (Status seeded = m.seed(tx); !seeded)
                    return seeded;
            }
            if (auto r =
                    tx.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) "
                                           "VALUES (?, ?)"),
                            {m.version, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
                !r)
                return r.error();
            return tx.audit(QStringLiteral("migrate"), QStringLiteral("schema"),
                            QString::number(m.version), {},
                            {{QStringLiteral("version"), m.version},
                             {QStringLiteral("description"), m.description}});
        });
        if (!s)
            return Error::storage(tr("upgrading the store to schema version %1 failed, nothing "
                                     "was changed: %2")
                                      .arg(m.version)
                                      .arg(s.error().message));
        m_schemaVersion = m.version;
    }
    return {};
}

Result<bool> Database::appliedMeanwhile(WriteTransaction &tx, int version)
{
    Result<QSqlQuery *> exists =
        tx.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists.value()->next() || !exists.value()->value(0).toBool())
        return false;
    Result<QSqlQuery *> done =
        tx.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = ?"), {version});
    if (!done)
        return done.error();
    return done.value()->next() && done.value()->value(0).toInt() > 0;
}

Status Database::write(const std::function<Status(WriteTransaction &)> &work)
{
    if (!m_db.isOpen())
        return Error::storage(tr("no store is open"));
    if (m_readOnly)
        return Error::storage(tr("%1 is open read-only (%2): nothing was changed.")
                                  .arg(m_location, m_readOnlyReason));
    QSqlQuery begin(m_db);
    for (const QString &statement : m_dialect.beginWrite()) {
        if (!begin.exec(statement)) {
            const Error why = StoreError::from(begin.lastError(), m_location);
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return why;
        }
    }
    WriteTransaction tx(m_db, m_dialect, m_user);
    Status result = work(tx);
    tx.finish();
    QSqlQuery end(m_db);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const Error why = StoreError::from(end.lastError(), m_location);
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return why;
    }
    if (tx.appendedAuditId()) {
        KnownAuditHead::remember(m_location, tx.appendedAuditId(), tx.appendedAuditHash());
        if (!m_ownAudit.isEmpty() && m_ownAudit.last().second + 1 == tx.firstAppendedAuditId())
            m_ownAudit.last().second = tx.appendedAuditId();
        else
            m_ownAudit.push_back({tx.firstAppendedAuditId(), tx.appendedAuditId()});
        // A long session's own writes interleaved with others': only the recent ones matter.
        if (m_ownAudit.size() > 4096)
            m_ownAudit.remove(0, 2048);
    }
    return {};
}

qint64 Database::ownAuditRecords(qint64 after, qint64 upTo) const
{
    qint64 n = 0;
    for (const auto &range : m_ownAudit) {
        const qint64 first = qMax(range.first, after + 1), last = qMin(range.second, upTo);
        if (last >= first)
            n += last - first + 1;
    }
    return n;
}

} // namespace cii
