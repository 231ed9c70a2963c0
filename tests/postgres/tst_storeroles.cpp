// Roles on the shared store (issue 15, item 5): resources/postgres/setup-roles.sql makes the
// group roles cii_readers and cii_writers; each regulator logs in as their own member of one.
// A writer writes and the audit log names them; a reader opens read-only and cannot write; the
// store's owner gives the groups their rights on every table whenever it opens the store.
#include "postgres/testpostgres.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/storeaddress.h"
#include "storage/storeroles.h"
#include "storage/writetransaction.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>

using namespace cii;

class TestStoreRoles : public QObject
{
    Q_OBJECT

private:
    QString m_psql;
    // Role names are the server's, shared by every test database: this run's own.
    QString m_writer = QStringLiteral("t_zhang_%1").arg(QCoreApplication::applicationPid());
    QString m_reader = QStringLiteral("t_leader_%1").arg(QCoreApplication::applicationPid());

    static QString findPsql()
    {
        QStringList dirs = QDir(QStringLiteral("/usr/lib/postgresql"))
                               .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        std::reverse(dirs.begin(), dirs.end());
        for (const QString &d : dirs) {
            const QString p = QStringLiteral("/usr/lib/postgresql/%1/bin/psql").arg(d);
            if (QFile::exists(p))
                return p;
        }
        return QStandardPaths::findExecutable(QStringLiteral("psql"));
    }
    static QString databaseOf(const QString &url) { return StoreAddress::parse(url)->database(); }
    // Runs the shipped script in `database` as the store's owner, as an administrator would.
    bool runSetupScript(const QString &database, QString *output)
    {
        QProcess psql;
        psql.setProcessChannelMode(QProcess::MergedChannels);
        psql.start(m_psql,
                   {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-h"), TestPostgres::socketDir(), QStringLiteral("-U"),
                    QStringLiteral("cii_admin"), QStringLiteral("-d"), database,
                    QStringLiteral("-f"),
                    QStringLiteral(CII_SOURCE_DIR "/resources/postgres/setup-roles.sql")});
        const bool finished = psql.waitForFinished(60000);
        *output = QString::fromUtf8(psql.readAll());
        return finished && psql.exitStatus() == QProcess::NormalExit && psql.exitCode() == 0;
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
    static qint64 auditCount(const Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    void makeLogins()
    {
        for (const QString &name : {m_writer, m_reader})
            TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
        QString error;
        QVERIFY2(TestPostgres::admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE cii_writers; "
                                                    "CREATE ROLE %2 LOGIN IN ROLE cii_readers")
                                         .arg(m_writer, m_reader),
                                     QStringLiteral("postgres"), &error),
                 qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_POSTGRES();
        m_psql = findPsql();
        if (m_psql.isEmpty())
            QSKIP("PostgreSQL tests skipped: psql is missing (install postgresql-client-15)");
    }

    void cleanupTestCase()
    {
        // Logins hold no rights of their own (only their group's), so they drop cleanly.
        for (const QString &name : {m_writer, m_reader})
            TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
    }

    void theSetupScriptMakesAWriterWhoWritesAsThemselvesAndAReaderWhoOnlyReads()
    {
        const QString url = TestPostgres::freshDatabase(QStringLiteral("roles_script"));
        const QString name = databaseOf(url);
        {
            Database owner;
            const Status made = owner.open(url, Database::OpenMode::CreateIfMissing);
            QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
        }
        QString output;
        QVERIFY2(runSetupScript(name, &output), qPrintable(output));
        // Idempotent: a second run changes nothing and fails on nothing.
        QVERIFY2(runSetupScript(name, &output), qPrintable(output));
        makeLogins();

        Database writer;
        Status s = writer.open(TestPostgres::url(name, m_writer));
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QVERIFY(!writer.isReadOnly());
        QCOMPARE(writer.user(), m_writer);
        const qint64 before = auditCount(writer);
        s = appendAudit(writer, QStringLiteral("by the writer"));
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(auditCount(writer), before + 1);
        QCOMPARE(lastAuditUser(writer), m_writer);
        QVERIFY(AuditLog::verify(writer)->ok);
        writer.close();

        Database reader;
        s = reader.open(TestPostgres::url(name, m_reader));
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QVERIFY(reader.isReadOnly());
        QVERIFY2(reader.readOnlyReason().contains(m_reader), qPrintable(reader.readOnlyReason()));
        QCOMPARE(auditCount(reader), before + 1); // it reads
        const Status refused = appendAudit(reader, QStringLiteral("by the reader"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("read-only")),
                 qPrintable(refused.error().message));
        // Not even around the program: the server refuses the reader's INSERT itself.
        QSqlQuery direct(reader.connection());
        QVERIFY(!direct.exec(QStringLiteral("INSERT INTO audit_log (id) VALUES (-1)")));
        reader.close();
        TestPostgres::admin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    }

    void theOwnerOpeningAStoreGivesTheGroupsTheirRightsOnEveryTable()
    {
        // The groups exist (the script ran on the server before), the store is made after:
        // no script run in it, yet its writer writes and its reader reads.
        QString output;
        QVERIFY2(runSetupScript(QStringLiteral("postgres"), &output), qPrintable(output));
        const QString url = TestPostgres::freshDatabase(QStringLiteral("roles_open"));
        const QString name = databaseOf(url);
        {
            Database owner;
            const Status made = owner.open(url, Database::OpenMode::CreateIfMissing);
            QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
            QCOMPARE(StoreRoles::existingGroups(owner).value(),
                     QStringList({QStringLiteral("cii_readers"), QStringLiteral("cii_writers")}));
        }
        makeLogins();
        Database writer;
        Status s = writer.open(TestPostgres::url(name, m_writer));
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QVERIFY2(!writer.isReadOnly(), qPrintable(writer.readOnlyReason()));
        s = appendAudit(writer, QStringLiteral("by the writer"));
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(lastAuditUser(writer), m_writer);
        // A writer owns nothing: its open grants nothing and fails on nothing.
        QVERIFY(StoreRoles::grantToGroups(writer).ok());
        writer.close();
        Database reader;
        s = reader.open(TestPostgres::url(name, m_reader));
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QVERIFY(reader.isReadOnly());
        QVERIFY(AuditLog::verify(reader)->ok);
        reader.close();

        // A table the owner adds later (as a newer version's migration would) is granted at
        // the owner's next open (this database has no default privileges: the script ran in
        // another).
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE TABLE later_table (id integer)"), name));
        {
            Database owner;
            QVERIFY(owner.open(url));
            QSqlQuery q(owner.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT has_table_privilege('cii_writers', "
                                          "'later_table', 'INSERT'), has_table_privilege("
                                          "'cii_readers', 'later_table', 'SELECT'), "
                                          "has_table_privilege('cii_readers', 'later_table', "
                                          "'INSERT')")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toBool());
            QVERIFY(q.value(1).toBool());
            QVERIFY(!q.value(2).toBool());
        }
        TestPostgres::admin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    }

    // A login that is in neither group may connect but read nothing: it is told so, not that
    // the store is empty (and nothing is made in it).
    void aLoginInNoGroupIsToldItMayNotReadTheStore()
    {
        const QString url = TestPostgres::freshDatabase(QStringLiteral("roles_none"));
        const QString name = databaseOf(url);
        {
            Database owner;
            const Status made = owner.open(url, Database::OpenMode::CreateIfMissing);
            QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
        }
        const QString nobody =
            QStringLiteral("t_nobody_%1").arg(QCoreApplication::applicationPid());
        TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(nobody));
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE %1 LOGIN").arg(nobody)));
        for (const Database::OpenMode mode :
             {Database::OpenMode::MustExist, Database::OpenMode::CreateIfMissing}) {
            Database db;
            const Status s = db.open(TestPostgres::url(name, nobody), mode);
            QVERIFY(!s);
            QVERIFY2(s.error().message.contains(QStringLiteral("%1 may not read").arg(nobody)),
                     qPrintable(s.error().message));
            QVERIFY2(s.error().message.contains(QLatin1String("cii_readers")),
                     qPrintable(s.error().message));
        }
        TestPostgres::admin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
        TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(nobody));
    }

    void theEmbeddedStoreHasNoRolesToGrant()
    {
        QTemporaryDir dir;
        Database local;
        QVERIFY(local.open(dir.filePath(QStringLiteral("s.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        QVERIFY(StoreRoles::grantToGroups(local).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreRoles)
#include "tst_storeroles.moc"
