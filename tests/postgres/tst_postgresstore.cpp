// The shared store on PostgreSQL (issue 15): addresses, opening and migrating, the triggers
// that keep records immutable, roles (a read-only one, the audit log's user) and passwords.
#include "postgres/testpostgres.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/storeaddress.h"
#include "storage/writetransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cii;

class TestPostgresStore : public QObject
{
    Q_OBJECT

private:
    static QSet<QString> guardTriggers(const Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(db.isShared() ? QStringLiteral("SELECT DISTINCT trigger_name FROM "
                                              "information_schema.triggers")
                             : QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                              "'trigger'"));
        QSet<QString> names;
        while (q.next()) {
            const QString name = q.value(0).toString();
            // SQLite's own search index is kept by triggers PostgreSQL does not need.
            if (!name.contains(QLatin1String("search")))
                names << name;
        }
        return names;
    }
    static Status appendAudit(Database &db, const QString &what)
    {
        return db.write([&](WriteTransaction &tx) {
            return tx.audit(QStringLiteral("test"), QStringLiteral("note"), what, {},
                            {{QStringLiteral("what"), what}});
        });
    }
    static QString lastAuditUser(const Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT os_user FROM audit_log ORDER BY id DESC LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void initTestCase() { CII_REQUIRE_POSTGRES(); }

    void addressesParse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::newRow("tcp") << "postgresql://alice@db.example:5433/cii" << "alice"
                             << "db.example" << 5433 << "cii";
        QTest::newRow("socket") << "postgresql://bob@/store?host=/run/pg" << "bob" << "/run/pg"
                                << 0 << "store";
        QTest::newRow("short scheme, no user") << "postgres://10.0.0.5/cii" << "" << "10.0.0.5"
                                               << 0 << "cii";
        QTest::newRow("ipv6") << "postgresql://a@[::1]:6000/x" << "a" << "::1" << 6000 << "x";
        QTest::newRow("encoded") << "postgresql://%E5%BC%A0@h/%E5%BA%93" << "张" << "h" << 0
                                 << "库";
    }
    void addressesParse()
    {
        QFETCH(QString, url);
        const Result<StoreAddress> a = StoreAddress::parse(url);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QCOMPARE(a->user(), user);
        QCOMPARE(a->host(), host);
        QCOMPARE(a->port(), port);
        QCOMPARE(a->database(), database);
        // What the connection dialog writes reads back the same.
        const Result<StoreAddress> again = StoreAddress::parse(a->url());
        QVERIFY(again.ok());
        QCOMPARE(again->user(), a->user());
        QCOMPARE(again->host(), a->host());
        QCOMPARE(again->port(), a->port());
        QCOMPARE(again->database(), a->database());
    }

    void badAddressesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("password") << "postgresql://alice:secret@h/db" << "password";
        QTest::newRow("password parameter") << "postgresql://alice@h/db?password=x" << "password";
        QTest::newRow("no database") << "postgresql://alice@h" << "no database";
        QTest::newRow("port") << "postgresql://alice@h:99999/db" << "port";
        QTest::newRow("not a url") << "postgresql:store.sqlite" << "not a PostgreSQL address";
        QTest::newRow("unknown setting") << "postgresql://h/db?sslmode=x" << "unknown setting";
    }
    void badAddressesAreRefusedWithTheReason()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        const Result<StoreAddress> a = StoreAddress::parse(url);
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.contains(reason), qPrintable(a.error().message));
        QVERIFY(!a.error().message.contains(QLatin1String("secret")));
        // …and never become a folder named "postgresql:" with an SQLite file in it.
        QTemporaryDir tmp;
        const QString before = QDir::currentPath();
        QDir::setCurrent(tmp.path());
        Database db;
        QVERIFY(!db.open(url, Database::OpenMode::CreateIfMissing));
        QVERIFY(QDir(tmp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        QDir::setCurrent(before);
    }

    void emptyDatabaseBecomesAStoreOnlyWithCreate()
    {
        const QString url = TestPostgres::freshDatabase(QStringLiteral("create"));
        Database db;
        const Status refused = db.open(url);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("empty")),
                 qPrintable(refused.error().message));
        const Status made = db.open(url, Database::OpenMode::CreateIfMissing);
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
        QVERIFY(db.isShared());
        QVERIFY(!db.isReadOnly());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const Result<AuditVerification> v = AuditLog::verify(db);
        QVERIFY(v.ok());
        QVERIFY(v->ok);
        // One audit record per migration, by the database user.
        QCOMPARE(v->records, qint64(Database::latestSchemaVersion()));
        QCOMPARE(db.user(), QStringLiteral("cii_admin"));
        QCOMPARE(lastAuditUser(db), QStringLiteral("cii_admin"));
        db.close();
        // Opened again: nothing to migrate, nothing appended.
        QVERIFY(db.open(url));
        QCOMPARE(AuditLog::verify(db)->records, qint64(Database::latestSchemaVersion()));
    }

    void missingDatabaseIsCreatedByInitOnly()
    {
        const QString name = QStringLiteral("t_missing_%1").arg(QCoreApplication::applicationPid());
        TestPostgres::admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        Database db;
        const Status refused = db.open(TestPostgres::url(name));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(name), qPrintable(refused.error().message));
        const Status made = db.open(TestPostgres::url(name), Database::OpenMode::CreateIfMissing);
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void otherTablesAndNewerSchemasAreLeftUntouched()
    {
        const QString other = TestPostgres::freshDatabase(QStringLiteral("other"));
        const QString otherName = StoreAddress::parse(other)->database();
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE TABLE payroll (id int)"), otherName));
        Database db;
        Status s = db.open(other, Database::OpenMode::CreateIfMissing);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("not a CII Workbench store")),
                 qPrintable(s.error().message));

        const QString newer = TestPostgres::freshDatabase(QStringLiteral("newer"));
        QVERIFY(db.open(newer, Database::OpenMode::CreateIfMissing));
        db.close();
        QVERIFY(TestPostgres::admin(
            QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (99, 'x')"),
            StoreAddress::parse(newer)->database()));
        s = db.open(newer);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("newer")), qPrintable(s.error().message));
    }

    void theSameGuardTriggersExistOnBothBackends()
    {
        QTemporaryDir tmp;
        Database lite;
        QVERIFY(lite.open(tmp.filePath(QStringLiteral("s.sqlite")),
                          Database::OpenMode::CreateIfMissing));
        Database pg;
        QVERIFY(pg.open(TestPostgres::freshDatabase(QStringLiteral("triggers")),
                        Database::OpenMode::CreateIfMissing));
        const QSet<QString> onSqlite = guardTriggers(lite);
        QVERIFY(onSqlite.size() > 20);
        QCOMPARE(guardTriggers(pg), onSqlite);
    }

    void auditLogAndNoticesRefuseChangesOnPostgres()
    {
        Database db;
        QVERIFY(db.open(TestPostgres::freshDatabase(QStringLiteral("immutable")),
                        Database::OpenMode::CreateIfMissing));
        for (const char *statement : {"UPDATE audit_log SET action = 'forged'",
                                      "DELETE FROM audit_log", "DELETE FROM notices",
                                      "UPDATE identification_runs SET scope = 'x'"}) {
            const Status s = db.write([&](WriteTransaction &tx) -> Status {
                auto r = tx.exec(QString::fromLatin1(statement));
                return r ? Status() : Status(r.error());
            });
            if (QByteArray(statement).contains("audit_log")) {
                QVERIFY2(!s, statement);
                QVERIFY2(s.error().message.contains(QLatin1String("append-only")),
                         qPrintable(s.error().message));
            }
        }
        QVERIFY(AuditLog::verify(db)->ok);
    }

    void eachRegulatorIsRecordedAsTheirOwnDatabaseUser()
    {
        const QString url = TestPostgres::freshDatabase(QStringLiteral("roles"));
        const QString name = StoreAddress::parse(url)->database();
        {
            Database db;
            QVERIFY(db.open(url, Database::OpenMode::CreateIfMissing));
        }
        TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS t_alice"));
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE t_alice LOGIN")));
        QVERIFY(TestPostgres::admin(
            QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                           "TO t_alice; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO t_alice"),
            name));
        Database db;
        const QString asAlice = TestPostgres::url(name, QStringLiteral("t_alice"));
        const Status s = db.open(asAlice);
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QVERIFY(!db.isReadOnly());
        QVERIFY(appendAudit(db, QStringLiteral("by alice")));
        QCOMPARE(lastAuditUser(db), QStringLiteral("t_alice"));
        QVERIFY(AuditLog::verify(db)->ok);
        db.close();
        TestPostgres::admin(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "
                                           "t_alice; REVOKE ALL ON ALL SEQUENCES IN SCHEMA public "
                                           "FROM t_alice"),
                            name);
        TestPostgres::admin(QStringLiteral("DROP ROLE t_alice"));
    }

    void aReadOnlyRoleBrowsesButCannotWrite()
    {
        const QString url = TestPostgres::freshDatabase(QStringLiteral("reader"));
        const QString name = StoreAddress::parse(url)->database();
        {
            Database db;
            QVERIFY(db.open(url, Database::OpenMode::CreateIfMissing));
        }
        TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS t_auditor"));
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE t_auditor LOGIN")));
        QVERIFY(TestPostgres::admin(
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO t_auditor"), name));
        Database db;
        const Status s = db.open(TestPostgres::url(name, QStringLiteral("t_auditor")));
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyReason().contains(QLatin1String("t_auditor")),
                 qPrintable(db.readOnlyReason()));
        QVERIFY(AuditLog::verify(db)->ok); // browsing works
        const Status refused = appendAudit(db, QStringLiteral("by the auditor"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("read-only")));
        db.close();
        TestPostgres::admin(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "
                                           "t_auditor"),
                            name);
        TestPostgres::admin(QStringLiteral("DROP ROLE t_auditor"));
    }

    void aPasswordComesFromPgpassfileOrIsAskedFor()
    {
        const QString url = TestPostgres::freshDatabase(QStringLiteral("password"));
        const QString name = StoreAddress::parse(url)->database();
        TestPostgres::admin(QStringLiteral("DROP OWNED BY cii_password"), name);
        TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS cii_password"));
        QVERIFY(TestPostgres::admin(
            QStringLiteral("CREATE ROLE cii_password LOGIN PASSWORD 'correct horse'")));
        QVERIFY(TestPostgres::admin(QStringLiteral("GRANT ALL ON SCHEMA public TO cii_password"),
                                    name));
        const QString asUser = TestPostgres::url(name, QStringLiteral("cii_password"));
        qunsetenv("PGPASSWORD");
        QTemporaryDir tmp;
        qputenv("PGPASSFILE", tmp.filePath(QStringLiteral("none")).toLocal8Bit());

        Database db;
        Status s = db.open(asUser, Database::OpenMode::CreateIfMissing);
        QVERIFY(!s);
        QVERIFY(db.passwordRequired());
        QVERIFY2(s.error().message.contains(QLatin1String("PGPASSFILE")),
                 qPrintable(s.error().message));

        // Typed (the prompt's answer), kept in memory for this process only.
        StoreAddress::rememberPassword(asUser, QStringLiteral("wrong"));
        s = db.open(asUser, Database::OpenMode::CreateIfMissing);
        QVERIFY(!s);
        QVERIFY(db.passwordRequired());
        StoreAddress::rememberPassword(asUser, QStringLiteral("correct horse"));
        s = db.open(asUser, Database::OpenMode::CreateIfMissing);
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        db.close();
        StoreAddress::rememberPassword(asUser, QString());

        // From the password file libpq reads (host field: the socket folder).
        QFile pgpass(tmp.filePath(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(QStringLiteral("%1:*:*:cii_password:correct horse\n")
                         .arg(TestPostgres::socketDir())
                         .toUtf8());
        pgpass.close();
        pgpass.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        qputenv("PGPASSFILE", pgpass.fileName().toLocal8Bit());
        s = db.open(asUser);
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(db.user(), QStringLiteral("cii_password"));
        db.close();
        qunsetenv("PGPASSFILE");
        TestPostgres::admin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
        TestPostgres::admin(QStringLiteral("DROP ROLE cii_password"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
