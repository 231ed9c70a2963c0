#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

#include <unistd.h>

// Backups and tampering, through the CLI: a verified owner-only backup, a restore that keeps
// the replaced store, refusal of a damaged backup, `check` naming a dropped or added trigger,
// the audit anchor a numbered document prints proved with verify-audit --anchor, and a log
// cut off at its end found by what this workstation remembers.
class TestBackupCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = CliRun;
    Run cli(const QStringList &args) { return CliRun::on(m_db, args); }
    Run cli(const QString &words) { return CliRun::on(m_db, words); }
    static QJsonObject json(const Run &r) { return r.json(); }
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    // Raw SQL on the store, as someone with sqlite3 would.
    void tamper(const QStringList &statements)
    {
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &s : statements)
                QVERIFY2(q.exec(s), qPrintable(s));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void initTestCase()
    {
        // What this workstation remembers lives in the user's settings: a private home.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        m_db = path("store.sqlite");
        QCOMPARE(cli(QStringLiteral("demo --seed 5 --operators 6 --systems 30")).code, 0);
    }

    void aBackupIsVerifiedOwnerOnlyAndNeverOverwrites()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("backup"),
                           QStringLiteral("--out"), path("b1.sqlite")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r).value(QStringLiteral("schema_version")).toInt() > 0, true);
        QVERIFY(json(r).value(QStringLiteral("anchor")).toString().contains(QLatin1Char(':')));
        QCOMPARE(QFileInfo(path("b1.sqlite")).permissions() & 0x0077, QFileDevice::Permissions());
        const QByteArray before =
            QFile(path("b1.sqlite")).exists() ? QByteArray("x") : QByteArray();
        const Run again =
            cli({QStringLiteral("backup"), QStringLiteral("--out"), path("b1.sqlite")});
        QCOMPARE(again.code, 3);
        QVERIFY2(again.err.contains(QStringLiteral("never overwrites")), qPrintable(again.err));
        QVERIFY(!before.isEmpty());
        // The backup is an audit record of the store.
        const Run audit = cli(QStringLiteral("--json verify-audit"));
        QCOMPARE(json(audit).value(QStringLiteral("ok")).toBool(), true);
    }

    void checkNamesADroppedOrAddedTrigger()
    {
        QCOMPARE(cli(QStringLiteral("check")).code, 0);
        tamper(
            {QStringLiteral("DROP TRIGGER rulesets_filed_immutable"),
             QStringLiteral("CREATE TRIGGER quiet AFTER INSERT ON operators BEGIN SELECT 1; END")});
        const Run r = cli(QStringLiteral("--json check"));
        QCOMPARE(r.code, 4);
        const QStringList problems =
            json(r).value(QStringLiteral("schema_problems")).toVariant().toStringList();
        QVERIFY2(problems.contains(QStringLiteral("trigger rulesets_filed_immutable is missing")),
                 qPrintable(problems.join('\n')));
        QVERIFY(problems.contains(QStringLiteral("trigger quiet is not part of the schema")));
    }

    void aRestoreKeepsTheReplacedStoreAndTheCheckPassesAgain()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("restore"), path("b1.sqlite")});
        QCOMPARE(r.code, 0);
        const QString kept = json(r).value(QStringLiteral("kept")).toString();
        QVERIFY2(kept.contains(QStringLiteral(".before-restore-")), qPrintable(kept));
        QVERIFY(QFileInfo::exists(kept));
        QCOMPARE(cli(QStringLiteral("check")).code, 0);
        QCOMPARE(QFileInfo(m_db).permissions() & 0x0077, QFileDevice::Permissions());
    }

    void aDamagedBackupIsRefusedAndTheStoreStays()
    {
        QFile bad(path("bad.sqlite"));
        QVERIFY(QFile::copy(path("b1.sqlite"), path("bad.sqlite")));
        QVERIFY(bad.open(QIODevice::ReadWrite));
        bad.seek(4096 * 3);
        bad.write(QByteArray(4096, '\x5a'));
        bad.close();
        const qint64 sizeBefore = QFileInfo(m_db).size();
        const Run r = cli({QStringLiteral("restore"), path("bad.sqlite")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be restored")), qPrintable(r.err));
        QCOMPARE(QFileInfo(m_db).size(), sizeBefore);
        QCOMPARE(cli(QStringLiteral("check")).code, 0);
    }

    // A numbered document prints the chain head at issue; verify-audit proves it later.
    void theAnchorOnANoticeIsProvedAndARewriteIsCaught()
    {
        QCOMPARE(cli({QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                      QStringLiteral("--name-zh"), QStringLiteral("能源行业网络安全保护办公室"),
                      QStringLiteral("--doc-prefix"), QStringLiteral("能网保"),
                      QStringLiteral("--contact-name"), QStringLiteral("张三"),
                      QStringLiteral("--contact-phone"), QStringLiteral("010-12345678")})
                     .code,
                 0);
        const QJsonArray inspections = json(cli(QStringLiteral("--json inspections list")))
                                           .value(QStringLiteral("inspections"))
                                           .toArray();
        qint64 inspection = 0;
        if (inspections.isEmpty()) {
            const Run add =
                cli(QStringLiteral("inspections add --operator 1 --lead own --start 2027-03-01 "
                                   "--end 2027-03-03"));
            QCOMPARE(add.code, 0);
            inspection = QString::fromUtf8(add.out).trimmed().toLongLong();
        } else {
            inspection = inspections.first().toObject().value(QStringLiteral("id")).toInteger();
        }
        const Run issued =
            cli({QStringLiteral("--json"), QStringLiteral("inspections"), QStringLiteral("notice"),
                 QString::number(inspection), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"),
                 m_dir.path()});
        QVERIFY2(issued.code == 0, qPrintable(issued.err));
        QString pdf;
        for (const QString &f : QDir(m_dir.path()).entryList({QStringLiteral("notice-*.pdf")}))
            pdf = m_dir.filePath(f);
        QVERIFY(!pdf.isEmpty());
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.partial")}).isEmpty());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput())
                                  .remove(QRegularExpression(QStringLiteral("\\s")));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("审计链校验：([0-9]+:[0-9a-f]{16})")).match(words);
        QVERIFY2(m.hasMatch(), qPrintable(words.right(300)));
        const QString anchor = m.captured(1);
        Run v = cli({QStringLiteral("--json"), QStringLiteral("verify-audit"),
                     QStringLiteral("--anchor"), anchor});
        QCOMPARE(v.code, 0);
        QCOMPARE(json(v)
                     .value(QStringLiteral("anchor"))
                     .toObject()
                     .value(QStringLiteral("matches"))
                     .toBool(),
                 true);

        // Someone recomputes the anchored record's hash: the chain could be made to look
        // whole again, but the anchor no longer matches.
        const QString id = anchor.section(QLatin1Char(':'), 0, 0);
        tamper(
            {QStringLiteral("DROP TRIGGER audit_log_no_update"),
             QStringLiteral("UPDATE audit_log SET hash = 'ffff' || substr(hash, 5) WHERE id = %1")
                 .arg(id)});
        v = cli({QStringLiteral("--json"), QStringLiteral("verify-audit"),
                 QStringLiteral("--anchor"), anchor});
        QCOMPARE(v.code, 4);
        const QJsonObject a = json(v).value(QStringLiteral("anchor")).toObject();
        QCOMPARE(a.value(QStringLiteral("found")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("matches")).toBool(), false);
        QCOMPARE(
            cli({QStringLiteral("verify-audit"), QStringLiteral("--anchor"), QStringLiteral("x")})
                .code,
            2);
    }

    // The "already issued" check is made inside the numbering transaction: six exports of
    // the same inspection notice at once give one number.
    void sixConcurrentExportsGiveOneNumber()
    {
        const Run add =
            cli(QStringLiteral("inspections add --operator 2 --lead own --start 2027-05-10 "
                               "--end 2027-05-12"));
        QCOMPARE(add.code, 0);
        const QString inspection = QString::fromUtf8(add.out).trimmed();
        QList<QProcess *> running;
        for (int i = 0; i < 6; ++i) {
            auto *p = new QProcess(this);
            const QString out = m_dir.filePath(QStringLiteral("race%1").arg(i));
            QDir().mkpath(out);
            p->start(QStringLiteral(CII_CLI_PATH),
                     {QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                      QStringLiteral("inspections"), QStringLiteral("notice"), inspection,
                      QStringLiteral("--out"), out});
            running << p;
        }
        QSet<qint64> numbers;
        for (QProcess *p : running) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitCode(), 0);
            numbers << QJsonDocument::fromJson(p->readAllStandardOutput())
                           .object()
                           .value(QStringLiteral("number"))
                           .toInteger();
            delete p;
        }
        QCOMPARE(numbers.size(), 1);
        QVERIFY(!numbers.contains(0));
    }

    // A document that cannot be written burns no number: it is written inside the numbering
    // transaction, which then rolls back. A full disk (a tiny tmpfs; root, as CI runs).
    void anUnwritableDocumentNumbersNothing()
    {
        if (geteuid() != 0)
            QSKIP("mounting a tiny tmpfs needs root; CI runs as root");
        QTemporaryDir full;
        QProcess m;
        m.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=4k"), QStringLiteral("tmpfs"), full.path()});
        if (!m.waitForFinished(10000) || m.exitCode() != 0)
            QSKIP("cannot mount a tmpfs here");
        const Run add =
            cli(QStringLiteral("inspections add --operator 3 --lead own --start 2027-06-07 "
                               "--end 2027-06-09"));
        const QString inspection = QString::fromUtf8(add.out).trimmed();
        const Run r = cli({QStringLiteral("inspections"), QStringLiteral("notice"), inspection,
                           QStringLiteral("--out"), full.path()});
        const QStringList left = QDir(full.path()).entryList(QDir::Files);
        QProcess::execute(QStringLiteral("umount"), {full.path()});
        QVERIFY2(r.code != 0, "a document was reported written on a full disk");
        QVERIFY2(left.isEmpty(), qPrintable(left.join(' ')));
        // The same inspection is then issued under the next number, not a later one.
        const Run retry =
            cli({QStringLiteral("--json"), QStringLiteral("inspections"), QStringLiteral("notice"),
                 inspection, QStringLiteral("--out"), m_dir.path()});
        QCOMPARE(retry.code, 0);
        QCOMPARE(json(retry).value(QStringLiteral("reprint")).toBool(), false);
    }

    // Cutting the newest records off leaves an intact chain; this workstation's memory of
    // what it wrote finds it, and the store opens read-only.
    void aLogCutOffAtItsEndIsFound()
    {
        const Run restored = cli(QStringLiteral("restore ") + path("b1.sqlite"));
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QCOMPARE(cli(QStringLiteral("--json verify-audit")).code, 0);
        tamper(
            {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
             QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")});
        const Run v = cli(QStringLiteral("--json verify-audit"));
        QCOMPARE(v.code, 4);
        QVERIFY2(
            json(v).value(QStringLiteral("problem")).toString().contains(QStringLiteral("cut off")),
            v.out.constData());
        const Run write = cli(QStringLiteral("change-report list"));
        QCOMPARE(write.code, 0); // reading still works
        const Run add =
            cli({QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                 QStringLiteral("--contact-phone"), QStringLiteral("010-1")});
        QCOMPARE(add.code, 4);
        QVERIFY2(add.err.contains(QStringLiteral("read-only")), qPrintable(add.err));
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
