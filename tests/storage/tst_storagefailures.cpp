#include "domain/operatorinfo.h"
#include "domain/uscc.h"
#include "services/demogenerator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "storage/writetransaction.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cii;

// What an unlucky workstation does to a store: damaged pages, a full disk, read-only files
// and folders, a store locked by another writer. Each gets its own message, damage is never
// read as a short list, and nothing is written where it should not be.
class TestStorageFailures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // A store with demo data, closed (its write-ahead log checkpointed into the file).
    QString makeStore(const char *name, int systems)
    {
        const QString file = TestStore::location(m_dir, QLatin1String(name));
        {
            Database db;
            [&] { QVERIFY(db.open(file, Database::OpenMode::CreateIfMissing).ok()); }();
            RegistryRepository repo(db);
            [&] { QVERIFY(DemoGenerator::populate(repo, 11, systems / 10, systems).ok()); }();
        }
        return file;
    }
    // Overwrites every page holding `marker` with random bytes (the table's, and those of the
    // indexes and the search text that hold it too).
    static bool damagePageContaining(const QString &file, const QByteArray &marker)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        const QByteArray bytes = f.readAll();
        const int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        if (pageSize < 512)
            return false;
        bool damaged = false;
        for (qsizetype at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1)) {
            const qint64 page = at / pageSize;
            if (page == 0)
                return false;
            QByteArray noise(pageSize, '\0');
            for (char &c : noise)
                c = char(QRandomGenerator::global()->bounded(256));
            f.seek(page * pageSize);
            f.write(noise);
            damaged = true;
        }
        return damaged;
    }

    static OperatorInfo validOperator()
    {
        OperatorInfo o;
        const QString first17 = QStringLiteral("91310000700000007");
        o.uscc = first17 + Uscc::checkCharacter(first17);
        o.nameZh = QStringLiteral("只读测试运营者");
        o.sector = QStringLiteral("energy");
        return o;
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QVERIFY(m_dir.isValid());
    }

    // A big store is opened with a structural check only (no quick_check); a read that meets
    // the damaged page fails instead of returning the rows before it.
    void aDamagedPageIsAnErrorNeverAShortList()
    {
        CII_SQLITE_FILE_ONLY("damaged pages");
        const QString file = makeStore("damaged.sqlite", 3000);
        QString name;
        {
            Database db;
            QVERIFY(db.open(file).ok());
            name = RegistryRepository(db).systems().value().at(1500).name;
        }
        QVERIFY(damagePageContaining(file, name.toUtf8()));
        qputenv("CII_QUICK_CHECK_LIMIT", "0");
        Database db;
        const Status opened = db.open(file);
        qunsetenv("CII_QUICK_CHECK_LIMIT");
        if (opened.ok()) {
            const Result<QVector<SystemInfo>> systems = RegistryRepository(db).systems();
            QVERIFY2(!systems.ok(), "a damaged page was read as a short list");
            QVERIFY2(systems.error().message.contains(QStringLiteral("damaged")),
                     qPrintable(systems.error().message));
            QVERIFY(systems.error().isStorage());
        } else {
            QVERIFY2(opened.error().message.contains(QStringLiteral("damaged")),
                     qPrintable(opened.error().message));
        }
        // The full check names it too, and a small-store open refuses it outright.
        Database again;
        const Status small = again.open(file);
        QVERIFY(!small.ok());
        QVERIFY2(small.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(small.error().message));
    }

    void aDamagedAuditLogIsNotVerifiedAsWhole()
    {
        CII_SQLITE_FILE_ONLY("damaged pages");
        const QString file = makeStore("audit.sqlite", 600);
        QVERIFY(damagePageContaining(file, QByteArrayLiteral("\"name\":")));
        qputenv("CII_QUICK_CHECK_LIMIT", "0");
        Database db;
        const Status opened = db.open(file);
        qunsetenv("CII_QUICK_CHECK_LIMIT");
        if (!opened.ok()) {
            QVERIFY2(opened.error().message.contains(QStringLiteral("damaged")),
                     qPrintable(opened.error().message));
            return;
        }
        const Result<AuditVerification> v = AuditLog::verify(db);
        QVERIFY2(!v.ok() || !v->ok, "a damaged audit log verified as intact");
    }

    // Records removed from the audit log: the count no longer matches the last id, and the
    // store opens read-only so that nobody writes on top of the evidence.
    void anAuditLogWithRemovedRecordsOpensReadOnly()
    {
        const QString file = makeStore("removed.sqlite", 50);
        TestStore::raw(file, [](QSqlQuery &q) {
            QVERIFY(q.exec(TestStore::onPostgres()
                               ? QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = "
                                                "'audit_log'::regclass AND NOT tgisinternal")
                               : QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                "'trigger' AND tbl_name = 'audit_log'")));
            QStringList triggers;
            while (q.next())
                triggers << q.value(0).toString();
            QVERIFY(!triggers.isEmpty());
            for (const QString &t : triggers)
                QVERIFY(q.exec(TestStore::dropTrigger(t, QStringLiteral("audit_log"))));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 10")));
        });
        Database db;
        QVERIFY(db.open(file).ok());
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(QStringLiteral("records were removed")),
                 qPrintable(db.readOnlyReason()));
        const Status write = db.write([](WriteTransaction &) -> Status { return {}; });
        QVERIFY(!write.ok());
        QVERIFY(write.error().message.contains(QStringLiteral("read-only")));
        const Result<AuditVerification> v = AuditLog::verify(db);
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBroken, 11);
    }

    // Permissions say what the department meant, also for root: a 0400 store is read-only,
    // stays 0400, and every write is refused with that reason.
    void aReadOnlyFileOpensReadOnlyAndKeepsItsPermissions()
    {
        CII_SQLITE_FILE_ONLY("file permissions");
        const QString file = makeStore("readonly.sqlite", 20);
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
        Database db;
        QVERIFY(db.open(file).ok());
        QVERIFY(db.isReadOnly());
        QCOMPARE(db.readOnlyReason(), QStringLiteral("the file is read-only"));
        QCOMPARE(RegistryRepository(db).systems().value().size(), 20);
        const Result<qint64> added = RegistryRepository(db).addOperator(validOperator());
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(added.error().message));
        QVERIFY(!added.error().message.contains(QStringLiteral("damaged")));
        db.close();
        QCOMPARE(QFileInfo(file).permissions() & 0x7000,
                 QFileDevice::ReadOwner); // owner bits unchanged
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void aReadOnlyFolderOpensReadOnly()
    {
        CII_SQLITE_FILE_ONLY("folder permissions");
        QTemporaryDir dir;
        Database::OpenMode create = Database::OpenMode::CreateIfMissing;
        const QString file = dir.filePath(QStringLiteral("store.sqlite"));
        {
            Database db;
            QVERIFY(db.open(file, create).ok());
        }
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        Database db;
        const Status s = db.open(file);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QVERIFY(db.isReadOnly());
        QCOMPARE(db.readOnlyReason(), QStringLiteral("its folder is read-only"));
        db.close();
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
    }

    void aLockedStoreSaysLockedNotDamaged()
    {
        CII_SQLITE_FILE_ONLY("the file lock of another SQLite connection");
        const QString file = makeStore("locked.sqlite", 10);
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        Database db;
        QVERIFY(db.open(file).ok());
        const Result<qint64> added = RegistryRepository(db).addOperator(validOperator());
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(QStringLiteral("locked by another program")),
                 qPrintable(added.error().message));
        hold.exec(QStringLiteral("ROLLBACK"));
        other.close();
        hold = QSqlQuery();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    // A real full disk: a small tmpfs (root only, as CI runs).
    void aFullDiskSaysFullAndCreatingOnItLeavesNoFile()
    {
        CII_SQLITE_FILE_ONLY("a full disk under the file");
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs to fill needs root; CI runs as root");
        QTemporaryDir mount;
        QProcess m;
        m.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=48k"), QStringLiteral("tmpfs"), mount.path()});
        if (!m.waitForFinished(10000) || m.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here: ") +
                             QString::fromUtf8(m.readAllStandardError())));
        const QString file = mount.filePath(QStringLiteral("store.sqlite"));
        Database db;
        const Status s = db.open(file, Database::OpenMode::CreateIfMissing);
        const QStringList left = QDir(mount.path()).entryList(QDir::Files | QDir::Hidden);
        QProcess::execute(QStringLiteral("umount"), {mount.path()});
        QVERIFY(!s.ok());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        QVERIFY2(s.error().message.contains(QStringLiteral("is full")),
                 qPrintable(s.error().message));
        QVERIFY(!s.error().message.contains(QStringLiteral("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestStorageFailures)
#include "tst_storagefailures.moc"
