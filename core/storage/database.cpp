#include "database.h"

#include "storage/migrations.h"
#include "storage/writetransaction.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

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

Status Database::open(const QString &location, OpenMode mode)
{
    close();
    m_dialect = SqlDialect(SqlDialect::Kind::Sqlite);
    const QFileInfo info(location);
    if (info.exists()) {
        if (info.isDir())
            return Error::storage(tr("%1 is a folder, not a store").arg(location));
        if (Status s = checkExistingFile(location); !s)
            return s;
    } else {
        if (mode == OpenMode::MustExist)
            return Error::storage(
                tr("no store at %1 (create one with 'init' or 'demo')").arg(location));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(tr("cannot create the folder %1").arg(info.absolutePath()));
        // Create the file owner-only before SQLite touches it; SQLite gives its -wal and
        // -shm files the same permissions.
        QFile f(location);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !f.setPermissions(OwnerOnly))
            return Error::storage(tr("cannot create %1: %2").arg(location, f.errorString()));
    }

    m_connectionName = QStringLiteral("cii-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_db.setDatabaseName(location);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        close();
        return Error::storage(tr("cannot open %1: %2").arg(location, why));
    }
    m_location = location;

    // Everything up to here only read the file; refuse before writing anything. A store of
    // up to 64 MiB gets a full quick_check (milliseconds); a bigger one a check of its
    // schema pages, so that opening a years-old store stays instant. Damage elsewhere in a
    // big store makes the statement that meets it fail (nothing is overwritten), and
    // `cii-workbench-cli check` runs the full integrity check.
    {
        QSqlQuery q(m_db);
        const bool small = QFileInfo(location).size() <= QuickCheckLimit;
        const QString check = small ? QStringLiteral("PRAGMA quick_check(1)")
                                    : QStringLiteral("SELECT CASE WHEN COUNT(*) >= 0 THEN 'ok' "
                                                     "END FROM sqlite_master");
        if (!q.exec(check) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
            const QString why =
                q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
            close();
            return Error::storage(
                tr("%1 is damaged (%2); it was left untouched. Restore it from a backup.")
                    .arg(location, why));
        }
    }
    Result<int> version = readSchemaVersion();
    if (!version) {
        close();
        return version.error();
    }
    if (version.value() > latestSchemaVersion()) {
        const int v = version.value();
        close();
        return Error::storage(tr("%1 was written by a newer CII Workbench (schema version %2; this "
                                 "version knows up to %3). It was left untouched: update the "
                                 "application to open it.")
                                  .arg(location)
                                  .arg(v)
                                  .arg(latestSchemaVersion()));
    }
    m_schemaVersion = version.value();
    if (Status s = configureSqlite(); !s) {
        close();
        return s;
    }
    QFile::setPermissions(location, OwnerOnly);
    if (Status s = migrate(); !s) {
        close();
        return s;
    }
    return {};
}

Status Database::checkIntegrity() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(10)")))
        return Error::storage(tr("%1 is damaged: %2").arg(m_location, q.lastError().text()));
    QStringList problems;
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    }
    if (!problems.isEmpty())
        return Error::storage(tr("%1 is damaged (%2). Restore it from a backup.")
                                  .arg(m_location, problems.join(QLatin1String("; "))));
    return {};
}

Result<int> Database::readSchemaVersion()
{
    const QStringList tables = m_db.tables(QSql::Tables);
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(QStringLiteral("schema_version")))
        return Error::storage(
            tr("%1 is an SQLite database but not a CII Workbench store; it was left untouched")
                .arg(m_location));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return Error::storage(
            tr("cannot read the schema version of %1: %2").arg(m_location, q.lastError().text()));
    return q.value(0).toInt();
}

Status Database::configureSqlite()
{
    QSqlQuery q(m_db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000",
                               // 64 MiB of page cache: bulk writes stay in memory until commit.
                               "PRAGMA cache_size=-65536"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error::storage(tr("cannot configure the store (%1): %2")
                                      .arg(QString::fromLatin1(pragma), q.lastError().text()));
    }
    return {};
}

Status Database::migrate()
{
    for (const Migration &m : Migrations::all()) {
        if (m.version <= m_schemaVersion)
            continue;
        Status s = write([&](WriteTransaction &tx) -> Status {
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

Status Database::write(const std::function<Status(WriteTransaction &)> &work)
{
    if (!m_db.isOpen())
        return Error::storage(tr("no store is open"));
    QSqlQuery begin(m_db);
    if (!begin.exec(m_dialect.beginWrite()))
        return Error::storage(tr("the store is busy or locked: %1").arg(begin.lastError().text()));
    WriteTransaction tx(m_db, m_dialect);
    Status result = work(tx);
    tx.finish();
    QSqlQuery end(m_db);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString why = end.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Error::storage(tr("saving failed, nothing was changed: %1").arg(why));
    }
    return {};
}

} // namespace cii
