#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/registryrepository.h"
#include "storage/writetransaction.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cii::Database;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs raw SQL on a store, as another program (or an attacker) would.
void rawSql(const QString &path, const QStringList &statements)
{
    TestStore::raw(path, [&](QSqlQuery &q) {
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
    });
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    // A store's location on either backend (a fresh database per call on PostgreSQL).
    QString store(const char *name) const
    {
        return TestStore::location(m_dir, QString::fromLatin1(name));
    }

private slots:
    void initTestCase() { CII_REQUIRE_TEST_STORE(); }

    void migratesAnEmptyFileToTheLatestSchema()
    {
        Database db;
        const cii::Status s = db.open(store("new.sqlite"), Database::OpenMode::CreateIfMissing);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sectors")) && q.next());
        QCOMPARE(q.value(0).toInt(), 9);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM departments WHERE own = 1")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // An empty file is not a store: opening one for use is refused and leaves it empty;
    // only creating a store ('init') turns it into one.
    void aZeroByteFileIsRefusedExceptWhenCreatingAStore()
    {
        CII_SQLITE_FILE_ONLY("an empty file");
        QFile f(path("empty.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Database db;
        const cii::Status refused = db.open(path("empty.sqlite"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("empty file, not a store")),
                 qPrintable(refused.error().message));
        QCOMPARE(QFileInfo(path("empty.sqlite")).size(), 0);
        QVERIFY(!QFileInfo::exists(path("empty.sqlite-wal")));
        QVERIFY(db.open(path("empty.sqlite"), Database::OpenMode::CreateIfMissing).ok());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void configuresWalForeignKeysAndBusyTimeout()
    {
        CII_SQLITE_FILE_ONLY("SQLite pragmas");
        Database db;
        QVERIFY(db.open(path("pragmas.sqlite"), Database::OpenMode::CreateIfMissing).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QVERIFY(q.value(0).toInt() >= 5000);
    }

    void createsTheFileOwnerOnly()
    {
        CII_SQLITE_FILE_ONLY("file permissions");
        Database db;
        QVERIFY(db.open(path("perm.sqlite"), Database::OpenMode::CreateIfMissing).ok());
        const auto perms = QFile::permissions(path("perm.sqlite"));
        QVERIFY(perms & QFileDevice::ReadOwner);
        QVERIFY(perms & QFileDevice::WriteOwner);
        QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                           QFileDevice::WriteGroup | QFileDevice::WriteOther)));
    }

    void refusesAMissingStoreUnlessAskedToCreate()
    {
        Database db;
        const cii::Status s = db.open(store("absent.sqlite"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().isStorage());
        QVERIFY(!QFile::exists(path("absent.sqlite")));
    }

    void refusesANewerSchemaAndLeavesItUntouched()
    {
        const QString newer = store("newer.sqlite");
        {
            Database db;
            QVERIFY(db.open(newer, Database::OpenMode::CreateIfMissing).ok());
        }
        QStringList statements = {
            QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, 'x')")
                .arg(Database::latestSchemaVersion() + 1)};
        if (!TestStore::onPostgres())
            statements << QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
        rawSql(newer, statements);
        const QByteArray before = fileHash(newer);
        Database db;
        const cii::Status s = db.open(newer);
        QVERIFY(!s.ok());
        QVERIFY(s.error().isStorage());
        QVERIFY2(s.error().message.contains(QStringLiteral("newer")),
                 qPrintable(s.error().message));
        QCOMPARE(fileHash(newer), before);
        TestStore::raw(newer, [](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion() + 1);
        });
    }

    void refusesANonDatabaseFileAndLeavesItUntouched()
    {
        CII_SQLITE_FILE_ONLY("a file that is not a database");
        QFile f(path("notes.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my meeting notes, not a database.\n");
        f.close();
        const QByteArray before = fileHash(path("notes.txt"));
        Database db;
        const cii::Status s = db.open(path("notes.txt"), Database::OpenMode::CreateIfMissing);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("not a CII Workbench store")));
        QCOMPARE(fileHash(path("notes.txt")), before);
    }

    void refusesAForeignSqliteDatabase()
    {
        CII_SQLITE_FILE_ONLY("a SQLite database of another program");
        rawSql(path("other.sqlite"), {QStringLiteral("CREATE TABLE photos (id INTEGER)")});
        const QByteArray before = fileHash(path("other.sqlite"));
        Database db;
        const cii::Status s = db.open(path("other.sqlite"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("not a CII Workbench store")));
        QCOMPARE(fileHash(path("other.sqlite")), before);
    }

    void refusesADamagedFileAndLeavesItUntouched()
    {
        CII_SQLITE_FILE_ONLY("a damaged file");
        {
            Database db;
            QVERIFY(db.open(path("damaged.sqlite"), Database::OpenMode::CreateIfMissing).ok());
        }
        // Keep the header, overwrite the pages after it.
        QFile f(path("damaged.sqlite"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8192);
        f.seek(100);
        f.write(QByteArray(int(size - 100), '\xAB'));
        f.close();
        const QByteArray before = fileHash(path("damaged.sqlite"));
        Database db;
        const cii::Status s = db.open(path("damaged.sqlite"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().isStorage());
        QCOMPARE(fileHash(path("damaged.sqlite")), before);
    }

    void failedWriteRollsBackEverything()
    {
        Database db;
        QVERIFY(db.open(store("rollback.sqlite"), Database::OpenMode::CreateIfMissing).ok());
        const cii::Status s = db.write([](cii::WriteTransaction &tx) -> cii::Status {
            if (auto r = tx.exec(QStringLiteral("INSERT INTO sectors (key, name_zh, name_en, "
                                                "sort_order) VALUES ('x', 'x', 'x', 99)"));
                !r)
                return r.error();
            return cii::Error::input(QStringLiteral("changed my mind"));
        });
        QVERIFY(!s.ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sectors WHERE key = 'x'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void reopensWithoutMigratingAgain()
    {
        const QString twice = store("twice.sqlite");
        {
            Database db;
            QVERIFY(db.open(twice, Database::OpenMode::CreateIfMissing).ok());
        }
        Database db;
        QVERIFY(db.open(twice).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
    }

    // A store at schema `version`, as that release wrote it, with `rows` inserted.
    static bool writeOldStore(const QString &file, int version, const QStringList &rows)
    {
        bool ok = true;
        {
            const bool pg = TestStore::onPostgres();
            const cii::SqlDialect dialect(pg ? cii::SqlDialect::Kind::Postgres
                                             : cii::SqlDialect::Kind::Sqlite);
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(dialect.driverName(), QStringLiteral("old"));
            if (pg) {
                raw.setHostName(TestPostgres::socketDir());
                raw.setUserName(QStringLiteral("cii_admin"));
                raw.setDatabaseName(file.section(QLatin1String("@/"), 1).section('?', 0, 0));
            } else {
                raw.setDatabaseName(file);
            }
            ok = raw.open() && raw.transaction();
            {
                cii::WriteTransaction tx(raw, dialect, QStringLiteral("tester"));
                for (const cii::Migration &m : cii::Migrations::all()) {
                    if (!ok || m.version > version)
                        break;
                    for (const QString &statement : m.statements(dialect))
                        ok = ok && tx.exec(statement).ok();
                    if (m.seed)
                        ok = ok && m.seed(tx).ok();
                    ok = ok && tx.exec(QStringLiteral("INSERT INTO schema_version (version, "
                                                      "applied_at) VALUES (?, ?)"),
                                       {m.version, QStringLiteral("2026-01-01T00:00:00Z")})
                                   .ok();
                }
                // As SQLite's raw connection, which checks no foreign keys (the notices' rows
                // name cases the old store never held).
                if (pg)
                    ok = ok && tx.exec(QStringLiteral("SET LOCAL session_replication_role = "
                                                      "replica"))
                                   .ok();
                for (const QString &row : rows) {
                    const auto done = tx.exec(row);
                    if (!done)
                        qWarning("%s: %s", qPrintable(row), qPrintable(done.error().message));
                    ok = ok && done.ok();
                }
                tx.finish();
            }
            ok = ok && raw.commit();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        return ok;
    }

    // Identification case 1 with its operator, system, rule set and run, as any release from
    // schema 3 on wrote them: a notice's case must exist (the pre-upgrade portable backup
    // checks every foreign key).
    static QStringList caseOneWithItsParents()
    {
        return {QStringLiteral("INSERT INTO operators (uscc, name_zh, sector, created_at, "
                               "updated_at) VALUES ('91110000100000000X', '老数据运营者', "
                               "'energy', '2026-01-01', '2026-01-01')"),
                QStringLiteral("INSERT INTO systems (operator_id, name, category, mlps_level, "
                               "status, created_at, updated_at) VALUES (1, '调度系统', "
                               "'production', 3, 'in-service', '2026-01-01', '2026-01-01')"),
                QStringLiteral("INSERT INTO rulesets (sector, version, status, title_zh, "
                               "definition, created_at, updated_at) VALUES ('energy', 1, "
                               "'draft', '规则', '{}', '2026-01-01', '2026-01-01')"),
                QStringLiteral("INSERT INTO identification_runs (scope, started_at, os_user) "
                               "VALUES ('all', '2026-01-02T08:00:00Z', 'tester')"),
                QStringLiteral("INSERT INTO identification_cases (run_id, system_id, "
                               "ruleset_id, created_at, category, inputs, outcome, trace, "
                               "decided_names) VALUES (1, 1, 1, '2026-01-02T08:00:00Z', "
                               "'production', '{}', 'cii', '[]', '')")};
    }

    // A store written by the first release (schema 2: registry and rule sets) opens, is
    // upgraded to the latest schema and keeps what it held.
    void anOlderStoreIsUpgradedKeepingItsData()
    {
        const QString file = store("release1.sqlite");
        QVERIFY(writeOldStore(file, 2,
                              {QStringLiteral("INSERT INTO operators (uscc, name_zh, sector, "
                                              "created_at, updated_at) VALUES "
                                              "('91110000100000000X', '老数据运营者', 'energy', "
                                              "'2026-01-01', '2026-01-01')")}));
        Database db;
        const cii::Status opened = db.open(file);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name_zh FROM operators")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("老数据运营者"));
        // Tables and columns of the later versions are there.
        QVERIFY(q.exec(QStringLiteral("SELECT doc_prefix, contact_name, contact_phone FROM "
                                      "departments")));
        for (const char *table :
             {"identification_cases", "notices", "change_reports", "inspections", "findings"})
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                     table);
    }

    // Notices issued before they kept what they were issued with: the rebuilt table keeps
    // them, their cases, their numbers as printed, and stays append-only.
    void issuedNoticesSurviveTheRebuildWithTheirNumbers()
    {
        const QString file = store("release5.sqlite");
        QVERIFY(writeOldStore(
            file, 5,
            caseOneWithItsParents() +
                QStringList{
                    QStringLiteral(
                        "UPDATE departments SET name_zh = '某保护办', doc_prefix = '某网保' "
                        "WHERE key = 'own'"),
                    QStringLiteral(
                        "INSERT INTO notices (kind, department, year, number, issued_on, "
                        "issued_at, issued_by) VALUES ('mps', 'own', 2026, 7, '2026-02-01', "
                        "'2026-02-01T08:00:00Z', 'tester')"),
                    QStringLiteral(
                        "INSERT INTO notice_cases (notice_id, case_id) VALUES (1, 1)")}));
        Database db;
        const cii::Status opened = db.open(file);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT number_zh, number_en, department_zh, "
                                      "(SELECT COUNT(*) FROM notice_cases WHERE notice_id = n.id) "
                                      "FROM notices n")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("某网保〔2026〕7号"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("某网保 [2026] No. 7"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("某保护办"));
        QCOMPARE(q.value(3).toInt(), 1);
        QVERIFY(!q.exec(QStringLiteral("UPDATE notices SET number = 8")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM notices")));
    }

    // Schema 12 widens the notices' kinds for the enforcement documents: the table is rebuilt
    // again, every column of a notice kept, its index and guards back, its children intact.
    void noticesSurviveTheEnforcementRebuildWithEveryColumn()
    {
        const QString file = store("release11.sqlite");
        QVERIFY(writeOldStore(
            file, 11,
            caseOneWithItsParents() +
                QStringList{
                    QStringLiteral(
                        "INSERT INTO notices (kind, department, year, number, issued_on, "
                        "issued_at, issued_by, number_zh, number_en, department_zh, "
                        "contact_name, states_mps_notified, reissue_reason) VALUES "
                        "('operator', 'own', 2026, 3, '2026-03-01', '2026-03-01T08:00:00Z', "
                        "'tester', '某网保〔2026〕3号', '某网保 [2026] No. 3', '某保护办', "
                        "'王工', 1, '')"),
                    QStringLiteral(
                        "INSERT INTO notice_cases (notice_id, case_id) VALUES (1, 1)")}));
        Database db;
        const cii::Status opened = db.open(file);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT number_zh, department_zh, contact_name, "
                                      "states_mps_notified, (SELECT COUNT(*) FROM notice_cases) "
                                      "FROM notices")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("某网保〔2026〕3号"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("某保护办"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("王工"));
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(4).toInt(), 1);
        QVERIFY(q.exec(TestStore::onPostgres()
                           ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = "
                                            "'notices_ruleset'")
                           : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                            "'index' AND name = 'notices_ruleset'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.exec(QStringLiteral("UPDATE notices SET number = 8")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM notices")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notices (kind, department, year, number, "
                                      "issued_on, issued_at, issued_by) VALUES "
                                      "('enforcement-order', 'own', 2026, 4, '2026-03-02', "
                                      "'2026-03-02T08:00:00Z', 'tester')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO notices (kind, department, year, number, "
                                       "issued_on, issued_at, issued_by) VALUES "
                                       "('memo', 'own', 2026, 5, '2026-03-02', "
                                       "'2026-03-02T08:00:00Z', 'tester')")));
    }

    // Schema 13 gives the records edited in place a row version: a v12 store's rows start at
    // version 1, and every UPDATE of them raises it by one.
    void aVersion12StoreGainsRowVersionsStartingAtOne()
    {
        CII_SQLITE_FILE_ONLY("the v12 fixture is written as an SQLite file");
        const QString file = path("release12.sqlite");
        QVERIFY(writeOldStore(
            file, 12,
            {QStringLiteral("INSERT INTO operators (uscc, name_zh, sector, created_at, "
                            "updated_at) VALUES ('91110000100000000X', '老运营者', 'energy', "
                            "'2026-01-01', '2026-01-01')"),
             QStringLiteral("INSERT INTO systems (operator_id, name, category, mlps_level, "
                            "status, created_at, updated_at) VALUES (1, '老系统', 'website', 3, "
                            "'in-service', '2026-01-01', '2026-01-01')")}));
        Database db;
        const cii::Status opened = db.open(file);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(db.schemaVersion(), 13);
        QSqlQuery q(db.connection());
        for (const char *table :
             {"operators", "systems", "departments", "inspections", "incidents", "rulesets"})
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE row_version <> 1")
                                .arg(QLatin1String(table))) &&
                         q.next() && q.value(0).toInt() == 0,
                     table);
        cii::RegistryRepository repo(db);
        cii::Result<cii::SystemInfo> system = repo.systemById(1);
        QVERIFY(system.ok());
        QCOMPARE(system->rowVersion, 1);
        cii::SystemInfo edited = system.value();
        edited.name = QStringLiteral("新系统");
        QVERIFY(repo.updateSystem(edited).ok());
        QCOMPARE(repo.systemById(1)->rowVersion, 2);
        QCOMPARE(repo.operatorById(1)->rowVersion, 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
