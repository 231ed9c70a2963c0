#include "storebackup.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/knownaudithead.h"
#include "storage/storeaddress.h"
#include "storage/storecopy.h"
#include "storage/storeerror.h"
#include "storage/writetransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <optional>

namespace cii {
namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The restored store's first record: where it came from, where what it replaced was kept.
Status auditRestore(Database &store, const QString &location, const QString &file,
                    const QString &kept, qint64 backupLastAuditId)
{
    return store.write([&](WriteTransaction &tx) {
        return tx.audit(QStringLiteral("restore"), QStringLiteral("store"), location, {},
                        {{QStringLiteral("from"), QFileInfo(file).absoluteFilePath()},
                         {QStringLiteral("replaced_store_kept_as"), kept},
                         {QStringLiteral("backup_last_audit_id"), backupLastAuditId}});
    });
}

QString stamp(const QDateTime &t = QDateTime::currentDateTime())
{
    return t.toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Moves a store and its write-ahead files together (SQLite finds "NAME-wal" beside "NAME").
bool moveWithCompanions(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    for (const char *suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(from + QLatin1String(suffix)))
            QFile::rename(from + QLatin1String(suffix), to + QLatin1String(suffix));
    return true;
}

// A copy StoreCopy wrote into `path` (in write-ahead mode, as every embedded store) made one
// self-contained file, as VACUUM INTO writes it: it then opens from read-only media too.
Status singleFile(const QString &path)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("cii-single-file-%1").arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (!raw.open()) {
            error = raw.lastError().text();
        } else {
            QSqlQuery q(raw);
            if (!q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
                error = q.lastError().text();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    if (!error.isEmpty())
        return Error::storage(error);
    return {};
}

} // namespace

Result<BackupCheck> StoreBackup::verify(const QString &file)
{
    Database probe;
    if (Status s = probe.open(file, Database::OpenMode::Inspect); !s)
        return s.error();
    if (Status s = probe.checkIntegrity(); !s)
        return s.error();
    Result<AuditVerification> audit = AuditLog::verify(probe);
    if (!audit)
        return audit.error();
    if (!audit->ok)
        return Error::input(tr("the audit log of %1 is broken at record %2: %3")
                                .arg(file)
                                .arg(audit->firstBroken)
                                .arg(audit->reason));
    BackupCheck check;
    check.schemaVersion = probe.schemaVersion();
    check.auditRecords = audit->records;
    Result<QVector<AuditRecord>> last = AuditLog::recent(probe, 1);
    if (!last)
        return last.error();
    if (!last->isEmpty()) {
        check.lastAuditId = last->constFirst().id;
        check.lastAuditHash = last->constFirst().hash;
        check.lastAuditAt = QDateTime::fromString(last->constFirst().at, Qt::ISODate);
    }
    return check;
}

Result<BackupCheck> StoreBackup::backup(Database &db, const QString &file)
{
    if (QFileInfo::exists(file))
        return Error::input(
            tr("%1 exists: a backup never overwrites a file; choose a new name").arg(file));
    const QFileInfo target(file);
    if (!QDir().mkpath(target.absolutePath()))
        return Error::storage(tr("cannot create the folder %1").arg(target.absolutePath()));
    // Owner-only from the first byte: VACUUM INTO (and StoreCopy) fill an empty file given.
    const QString partial =
        QStringLiteral("%1.partial-%2").arg(file).arg(QCoreApplication::applicationPid());
    {
        QFile f(partial);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !f.setPermissions(OwnerOnly))
            return Error::storage(tr("cannot create %1: %2").arg(partial, f.errorString()));
    }
    if (db.isShared()) {
        Database copy;
        Status opened = copy.open(partial, Database::OpenMode::Empty);
        Result<StoreCopyReport> copied =
            opened ? StoreCopy::copy(db, copy) : Result<StoreCopyReport>(opened.error());
        copy.close();
        const Status single = copied ? singleFile(partial) : Status();
        if (!copied || !single) {
            removeWithCompanions(partial);
            return Error::storage(copied ? single.error().message : copied.error().message);
        }
    } else {
        QSqlQuery q(db.connection());
        if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
            removeWithCompanions(partial);
            return StoreError::from(q.lastError(), db.location());
        }
        q.addBindValue(partial);
        if (!q.exec()) {
            const Error e = StoreError::from(q.lastError(), file);
            removeWithCompanions(partial);
            return e;
        }
        q.finish();
    }
    Result<BackupCheck> check = verify(partial);
    if (!check) {
        removeWithCompanions(partial);
        return check.error();
    }
    if (!QFile::rename(partial, file)) {
        removeWithCompanions(partial);
        return Error::storage(tr("cannot write %1").arg(file));
    }
    QFile::setPermissions(file, OwnerOnly);
    if (!db.isReadOnly()) {
        const BackupCheck &c = check.value();
        Status audited = db.write([&](WriteTransaction &tx) {
            return tx.audit(QStringLiteral("backup"), QStringLiteral("store"),
                            QFileInfo(file).absoluteFilePath(), {},
                            {{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                             {QStringLiteral("schema_version"), c.schemaVersion},
                             {QStringLiteral("audit_records"), c.auditRecords},
                             {QStringLiteral("last_audit_id"), c.lastAuditId},
                             {QStringLiteral("last_audit_hash"), c.lastAuditHash}});
        });
        if (!audited)
            return audited.error();
    }
    return check;
}

Result<QString> StoreBackup::restore(const QString &storeLocation, const QString &file)
{
    if (StoreAddress::isPostgres(storeLocation)) {
        // The file is checked before the store is even opened (as for an embedded store).
        if (Result<BackupCheck> check = verify(file); !check)
            return Error::input(tr("%1 cannot be restored: %2").arg(file, check.error().message),
                                check.error().details);
        Database store;
        if (Status s = store.open(storeLocation, Database::OpenMode::Replace); !s)
            return s.error();
        return restore(store, file);
    }
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(storeLocation).absoluteFilePath())
        return Error::input(tr("%1 is the store itself, not a backup of it").arg(file));
    Result<BackupCheck> check = verify(file);
    if (!check)
        return Error::input(tr("%1 cannot be restored: %2").arg(file, check.error().message),
                            check.error().details);
    // The store being replaced may be damaged (the usual reason to restore): it is moved
    // aside untouched, never opened.
    QString kept;
    if (QFileInfo::exists(storeLocation)) {
        kept = QStringLiteral("%1.before-restore-%2").arg(storeLocation, stamp());
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = QStringLiteral("%1.before-restore-%2-%3").arg(storeLocation, stamp()).arg(n);
        if (!moveWithCompanions(storeLocation, kept))
            return Error::storage(
                tr("cannot move %1 aside to %2: nothing was restored").arg(storeLocation, kept));
    }
    const QString incoming = storeLocation + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(file, incoming) || !QFile::setPermissions(incoming, OwnerOnly) ||
        !QFile::rename(incoming, storeLocation)) {
        QFile::remove(incoming);
        if (!kept.isEmpty())
            moveWithCompanions(kept, storeLocation);
        return Error::storage(
            tr("cannot copy %1 to %2: the store was left as it was").arg(file, storeLocation));
    }
    // The restored log ends where the backup's did: this workstation's memory of a later
    // record no longer applies.
    KnownAuditHead::forget(storeLocation);
    Database restored;
    if (Status s = restored.open(storeLocation); !s)
        return s.error();
    if (Status s = auditRestore(restored, storeLocation, file, kept, check->lastAuditId); !s)
        return s.error();
    return kept;
}

Result<QString> StoreBackup::restore(Database &store, const QString &file)
{
    if (!store.isShared())
        return Error::storage(tr("%1 is an embedded store: restore it by its file").arg(file));
    const QString location = store.location();
    Result<BackupCheck> check = verify(file);
    if (!check)
        return Error::input(tr("%1 cannot be restored: %2").arg(file, check.error().message),
                            check.error().details);
    if (store.isReadOnly())
        return Error::storage(tr("%1 is open read-only (%2): nothing was restored.")
                                  .arg(location, store.readOnlyReason()));
    // What the store holds now is kept first, as a portable file (its audit log as it is:
    // a broken one may be why it is restored).
    QString kept;
    if (store.schemaVersion() > 0) {
        const QString folder = folderOf(store);
        kept = QDir(folder).filePath(
            QStringLiteral("%1.before-restore-%2.sqlite").arg(storeName(location), stamp()));
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = QDir(folder).filePath(QStringLiteral("%1.before-restore-%2-%3.sqlite")
                                             .arg(storeName(location), stamp())
                                             .arg(n));
        auto notKept = [&](const QString &why) {
            removeWithCompanions(kept);
            return Error::storage(
                tr("the store's contents could not be kept in %1 (%2): nothing was restored")
                    .arg(kept, why));
        };
        if (!QDir().mkpath(folder))
            return notKept(tr("cannot create the folder %1").arg(folder));
        {
            QFile f(kept);
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !f.setPermissions(OwnerOnly))
                return notKept(f.errorString());
        }
        Database copy;
        if (Status s = copy.open(kept, Database::OpenMode::Empty); !s)
            return notKept(s.error().message);
        Result<StoreCopyReport> copied = StoreCopy::copy(store, copy, {}, StoreCopy::Audit::AsItIs);
        copy.close();
        if (!copied)
            return notKept(copied.error().message);
        if (Status s = singleFile(kept); !s)
            return notKept(s.error().message);
    }
    Database backup;
    if (Status s = backup.open(file, Database::OpenMode::Inspect); !s)
        return Error::input(tr("%1 cannot be restored: %2").arg(file, s.error().message));
    std::optional<StoreCopyReport> report;
    Status replaced = store.write([&](WriteTransaction &tx) -> Status {
        Result<StoreCopyReport> r = StoreCopy::replaceInto(backup, tx);
        if (!r)
            return r.error();
        report = r.value();
        return {};
    });
    backup.close();
    if (!replaced)
        return Error::storage(tr("%1 was not restored, the store is as it was: %2")
                                  .arg(file, replaced.error().message));
    // The restored log ends where the backup's did: this workstation's memory of a later
    // record no longer applies.
    KnownAuditHead::forget(location);
    store.close();
    if (Status s = store.open(location); !s)
        return s.error();
    if (Status s = StoreCopy::verify(store, *report, StoreCopy::Audit::MustVerify); !s)
        return s.error();
    if (Status s = auditRestore(store, location, file, kept, check->lastAuditId); !s)
        return s.error();
    return kept;
}

QString StoreBackup::storeName(const QString &storeLocation)
{
    if (StoreAddress::isPostgres(storeLocation)) {
        const Result<StoreAddress> a = StoreAddress::parse(storeLocation);
        return a ? a->database() : QStringLiteral("store");
    }
    return QFileInfo(storeLocation).completeBaseName();
}

QString StoreBackup::defaultFolder(const QString &storeLocation)
{
    if (StoreAddress::isPostgres(storeLocation)) {
        const Result<StoreAddress> a = StoreAddress::parse(storeLocation);
        // A unix socket's folder stands for this machine.
        QString host = !a || a->host().isEmpty() || a->host().startsWith(QLatin1Char('/'))
                           ? QStringLiteral("localhost")
                           : a->host();
        if (a && a->port() > 0)
            host += QLatin1Char('_') + QString::number(a->port());
        QString name = host + QLatin1Char('-') + storeName(storeLocation);
        for (QChar &c : name)
            if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-') &&
                c != QLatin1Char('_'))
                c = QLatin1Char('_');
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
               QStringLiteral("/cii-workbench/backups/") + name;
    }
    return QFileInfo(storeLocation).absolutePath() + QStringLiteral("/backups");
}

namespace {

QString setting(const Database &db, const QString &key)
{
    // The settings table exists from schema 4 on; before it there is no setting.
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?")))
        return {};
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

QString StoreBackup::folderOf(const Database &db)
{
    const QString folder = setting(db, QStringLiteral("backup.folder"));
    return folder.isEmpty() ? defaultFolder(db.location()) : folder;
}

int StoreBackup::keepOf(const Database &db)
{
    bool ok = false;
    const int keep = setting(db, QStringLiteral("backup.keep")).toInt(&ok);
    return ok && keep > 0 ? keep : DefaultKeep;
}

Status StoreBackup::saveSettings(Database &db, const QString &folder, int keep)
{
    return db.write(
        [&](WriteTransaction &tx) -> Status { return saveSettings(tx, db, folder, keep); });
}

Status StoreBackup::saveSettings(WriteTransaction &tx, const Database &db, const QString &folder,
                                 int keep)
{
    if (keep < 1 || keep > 1000)
        return Error::input(tr("keep between 1 and 1000 backups"));
    const QJsonObject before{{QStringLiteral("folder"), folderOf(db)},
                             {QStringLiteral("keep"), keepOf(db)}};
    const QVector<QPair<QString, QString>> values = {
        {QStringLiteral("backup.folder"), folder},
        {QStringLiteral("backup.keep"), QString::number(keep)}};
    for (const auto &[key, value] : values)
        if (Status put = tx.putSetting(key, value); !put)
            return put;
    return tx.audit(QStringLiteral("update"), QStringLiteral("settings"), QStringLiteral("backups"),
                    before, {{QStringLiteral("folder"), folder}, {QStringLiteral("keep"), keep}});
}

namespace {

QStringList automaticBackups(const QString &storeLocation, const QString &folder)
{
    const QString base = StoreBackup::storeName(storeLocation);
    QStringList names = QDir(folder).entryList(
        {base + QStringLiteral("-*-") + QString(8, QLatin1Char('?')) + QLatin1Char('-') +
         QString(6, QLatin1Char('?')) + QStringLiteral(".sqlite")},
        QDir::Files);
    // Newest first, by the time in the name (its last 15 characters before ".sqlite").
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.right(22) > b.right(22); });
    return names;
}

} // namespace

QString StoreBackup::newest(const QString &storeLocation, const QString &folder)
{
    const QStringList names = automaticBackups(storeLocation, folder);
    return names.isEmpty() ? QString() : QDir(folder).filePath(names.constFirst());
}

Result<QString> StoreBackup::rotate(Database &db, const QString &folder, const QString &reason,
                                    int keep)
{
    const QString file = QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.sqlite").arg(storeName(db.location()), reason, stamp()));
    Result<BackupCheck> made = backup(db, file);
    if (!made)
        return made.error();
    const QStringList names = automaticBackups(db.location(), folder);
    for (int i = std::max(1, keep); i < names.size(); ++i)
        QFile::remove(QDir(folder).filePath(names.at(i)));
    return file;
}

} // namespace cii
