// Backups of a PostgreSQL store (issue 15): `backup` writes a portable, verified, owner-only
// SQLite file that opens as a normal store; `restore` puts such a file back into PostgreSQL in
// one transaction, keeping what it replaced as a portable file and what other roles were
// granted; a damaged file is refused and the store stays as it was.
#include "clirun.h"
#include "postgres/testpostgres.h"
#include "storedump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestPgBackupCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pg;
    QString m_database;

    CliRun cli(const QStringList &args) const { return CliRun::on(m_pg, args); }
    CliRun cli(const QString &words) const { return CliRun::on(m_pg, words); }
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    // Every table but the audit log, which records the backup or the restore itself.
    static QMap<QString, QStringList> contents(const QString &store)
    {
        QMap<QString, QStringList> rows = StoreDump::rows(store);
        rows.remove(QStringLiteral("audit_log"));
        return rows;
    }
    qint64 auditRecords(const QString &store) const
    {
        return CliRun::on(store, QStringLiteral("--json verify-audit"))
            .json()
            .value(QStringLiteral("records"))
            .toInteger();
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_POSTGRES();
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_pg = TestPostgres::freshDatabase(QStringLiteral("pgbackup"));
        m_database = m_pg.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
        const CliRun demo = cli(QStringLiteral("demo --seed 5 --operators 6 --systems 30"));
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
    }

    void aBackupIsAPortableVerifiedOwnerOnlyFileThatOpensAsAStore()
    {
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("backup"),
                              QStringLiteral("--out"), path("b1.sqlite")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject j = r.json();
        QVERIFY(j.value(QStringLiteral("schema_version")).toInt() > 0);
        QVERIFY(j.value(QStringLiteral("anchor")).toString().contains(QLatin1Char(':')));
        QCOMPARE(QFileInfo(path("b1.sqlite")).permissions() & 0x0077, QFileDevice::Permissions());
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.partial-*")}).isEmpty());
        // An embedded store like any other: it checks, and holds the store's rows.
        const CliRun check = CliRun::on(path("b1.sqlite"), QStringLiteral("check"));
        QVERIFY2(check.code == 0, qPrintable(check.err));
        QCOMPARE(contents(path("b1.sqlite")), contents(m_pg));
        // The backup is itself an audit record of the store, after the copy's last.
        QCOMPARE(auditRecords(path("b1.sqlite")),
                 j.value(QStringLiteral("audit_records")).toInteger());
        QCOMPARE(auditRecords(m_pg), j.value(QStringLiteral("audit_records")).toInteger() + 1);
        const CliRun again =
            cli({QStringLiteral("backup"), QStringLiteral("--out"), path("b1.sqlite")});
        QCOMPARE(again.code, 3);
        QVERIFY2(again.err.contains(QStringLiteral("never overwrites")), qPrintable(again.err));
    }

    void aRestoreReplacesTheContentsKeepsThemAndTheGrants()
    {
        // A reader role granted SELECT on the store keeps it after the restore.
        TestPostgres::admin(QStringLiteral("CREATE ROLE cii_restore_reader LOGIN"));
        QVERIFY(TestPostgres::admin(
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO cii_restore_reader"),
            m_database));
        // A change after the backup, which the restore takes back.
        const CliRun add = cli(QStringLiteral("inspections add --operator 1 --lead own --start "
                                              "2027-03-01 --end 2027-03-03"));
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const QMap<QString, QStringList> changed = contents(m_pg);
        QVERIFY(changed != contents(path("b1.sqlite")));

        const CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("restore"), path("b1.sqlite")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        StoreDump::compare(contents(m_pg), contents(path("b1.sqlite")));
        if (QTest::currentTestFailed())
            return;
        // The audit log is the backup's, and the restore is recorded after it.
        QCOMPARE(auditRecords(m_pg), auditRecords(path("b1.sqlite")) + 1);
        const CliRun v = cli(QStringLiteral("--json verify-audit"));
        QCOMPARE(v.json().value(QStringLiteral("ok")).toBool(), true);

        // What it replaced: a portable file in the default backup folder of the store.
        const QString kept = r.json().value(QStringLiteral("kept")).toString();
        QVERIFY2(kept.startsWith(m_dir.filePath(
                     QStringLiteral("data/cii-workbench/backups/localhost-") + m_database)),
                 qPrintable(kept));
        QVERIFY2(kept.contains(QStringLiteral(".before-restore-")), qPrintable(kept));
        QCOMPARE(QFileInfo(kept).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(CliRun::on(kept, QStringLiteral("check")).code, 0);
        StoreDump::compare(contents(kept), changed);
        if (QTest::currentTestFailed())
            return;

        // The reader still reads; new ids continue after the restored ones.
        const CliRun reader =
            CliRun::on(TestPostgres::url(m_database, QStringLiteral("cii_restore_reader")),
                       QStringLiteral("--json verify-audit"));
        QVERIFY2(reader.code == 0, qPrintable(reader.err));
        const CliRun again = cli(QStringLiteral("inspections add --operator 1 --lead own --start "
                                                "2027-03-01 --end 2027-03-03"));
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(again.out, add.out);
    }

    // The usual reason to restore: records were removed from the audit log, so the store opens
    // read-only. The restore still replaces it, and keeps the broken contents as they are.
    void aStoreWhoseAuditLogLostRecordsIsRestoredAndKeptAsItWas()
    {
        QVERIFY(TestPostgres::admin(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER; "
                                                   "DELETE FROM audit_log WHERE id = 3; "
                                                   "ALTER TABLE audit_log ENABLE TRIGGER USER"),
                                    m_database));
        const CliRun broken = cli(QStringLiteral("--json verify-audit"));
        QCOMPARE(broken.json().value(QStringLiteral("ok")).toBool(), false);
        const CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("restore"), path("b1.sqlite")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const CliRun v = cli(QStringLiteral("--json verify-audit"));
        QCOMPARE(v.json().value(QStringLiteral("ok")).toBool(), true);
        const QString kept = r.json().value(QStringLiteral("kept")).toString();
        const CliRun keptAudit = CliRun::on(kept, QStringLiteral("--json verify-audit"));
        QCOMPARE(keptAudit.json().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(keptAudit.json().value(QStringLiteral("first_broken")).toInteger(), qint64(4));
    }

    void aDamagedBackupIsRefusedAndTheStoreStays()
    {
        QVERIFY(QFile::copy(path("b1.sqlite"), path("bad.sqlite")));
        QFile bad(path("bad.sqlite"));
        QVERIFY(bad.open(QIODevice::ReadWrite));
        bad.seek(4096 * 3);
        bad.write(QByteArray(4096, '\x5a'));
        bad.close();
        const QMap<QString, QStringList> before = StoreDump::rows(m_pg);
        const CliRun r = cli({QStringLiteral("restore"), path("bad.sqlite")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be restored")), qPrintable(r.err));
        QCOMPARE(StoreDump::rows(m_pg), before);
        const CliRun missing = cli({QStringLiteral("restore"), path("missing.sqlite")});
        QVERIFY2(missing.code == 3 || missing.code == 4, qPrintable(missing.err));
        QCOMPARE(StoreDump::rows(m_pg), before);
    }
};

QTEST_GUILESS_MAIN(TestPgBackupCli)
#include "tst_pgbackupcli.moc"
