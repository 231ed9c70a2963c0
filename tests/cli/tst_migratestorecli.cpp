// migrate-store (issue 15): a store copied from SQLite into PostgreSQL and back keeps every row
// and its audit chain; a non-empty target is refused untouched either way; progress on stderr.
#include "clirun.h"
#include "postgres/testpostgres.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

class TestMigrateStoreCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sqlite;
    QString m_pg;
    QString m_back;

    static CliRun migrate(const QString &from, const QString &to, bool json = true)
    {
        QStringList args{QStringLiteral("migrate-store"), QStringLiteral("--from"), from,
                         QStringLiteral("--to"), to};
        if (json)
            args.prepend(QStringLiteral("--json"));
        // --db is not used by migrate-store: it points at nothing.
        return CliRun::on(QStringLiteral("/nonexistent/unused.sqlite"), args);
    }

public:
    // Every table's rows, as text sorted (engines order text differently), by table; the
    // engine's own tables left out. A column's values are keyed by its name.
    static QMap<QString, QStringList> dump(const QString &location)
    {
        const bool pg = location.startsWith(QLatin1String("postgresql://"));
        const QString name = QStringLiteral("dump-%1").arg(qHash(location));
        QMap<QString, QStringList> tables;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
            if (pg) {
                db.setHostName(TestPostgres::socketDir());
                db.setUserName(QStringLiteral("cii_admin"));
                db.setDatabaseName(
                    location.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0));
            } else {
                db.setDatabaseName(location);
            }
            if (!db.open())
                qWarning("cannot open %s", qPrintable(location));
            QSqlQuery t(db);
            t.exec(pg ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                       "table_schema = 'public' AND table_type = 'BASE TABLE'")
                      : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            QStringList names;
            while (t.next()) {
                const QString n = t.value(0).toString();
                if (!n.startsWith(QLatin1String("sqlite_")) &&
                    !n.startsWith(QLatin1String("system_search")))
                    names << n;
            }
            for (const QString &n : names) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(n));
                QStringList rows;
                while (q.next()) {
                    const QSqlRecord r = q.record();
                    QStringList cells;
                    for (int i = 0; i < r.count(); ++i)
                        cells << r.fieldName(i) + QLatin1Char('=') +
                                     (q.isNull(i) ? QStringLiteral("<NULL>")
                                                  : q.value(i).toString());
                    cells.sort();
                    rows << cells.join(QLatin1Char('|'));
                }
                rows.sort();
                tables.insert(n, rows);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return tables;
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static void compareDumps(const QMap<QString, QStringList> &a,
                             const QMap<QString, QStringList> &b)
    {
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            const QStringList &other = b.value(it.key());
            QVERIFY2(it.value().size() == other.size(), qPrintable(QStringLiteral("%1: %2 rows, %3")
                                                                       .arg(it.key())
                                                                       .arg(it.value().size())
                                                                       .arg(other.size())));
            for (int i = 0; i < other.size(); ++i)
                QVERIFY2(it.value().at(i) == other.at(i),
                         qPrintable(QStringLiteral("%1:\n%2\n%3")
                                        .arg(it.key(), it.value().at(i), other.at(i))));
        }
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_POSTGRES();
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_sqlite = m_dir.filePath(QStringLiteral("store.sqlite"));
        m_back = m_dir.filePath(QStringLiteral("back.sqlite"));
        const CliRun demo =
            CliRun::on(m_sqlite, QStringLiteral("demo --seed 5 --operators 6 --systems 30"));
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        m_pg = TestPostgres::freshDatabase(QStringLiteral("migrate"));
    }

    void aStoreCopiedIntoPostgresAndBackKeepsEveryRowAndItsAuditChain()
    {
        const CliRun there = migrate(m_sqlite, m_pg);
        QVERIFY2(there.code == 0, qPrintable(there.err));
        const QJsonObject j = there.json();
        for (const char *key : {"from", "to", "tables", "rows", "audit_records", "verified"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j.value(QStringLiteral("from")).toString(), m_sqlite);
        QCOMPARE(j.value(QStringLiteral("to")).toString(), m_pg);
        QCOMPARE(j.value(QStringLiteral("verified")).toBool(), true);
        QVERIFY(j.value(QStringLiteral("audit_records")).toInteger() > 0);
        const QJsonObject tables = j.value(QStringLiteral("tables")).toObject();
        QVERIFY(tables.value(QStringLiteral("systems")).toInteger() >= 30);
        QVERIFY(!tables.contains(QStringLiteral("system_search")));
        qint64 sum = 0;
        for (const QJsonValue v : tables)
            sum += v.toInteger();
        QCOMPARE(sum, j.value(QStringLiteral("rows")).toInteger());

        // Progress on stderr, table by table.
        QVERIFY2(there.err.contains(QStringLiteral("copying audit_log")), qPrintable(there.err));
        QVERIFY2(there.err.contains(QStringLiteral("copying systems")), qPrintable(there.err));

        compareDumps(dump(m_sqlite), dump(m_pg));

        const CliRun back = migrate(m_pg, m_back);
        QVERIFY2(back.code == 0, qPrintable(back.err));
        QCOMPARE(back.json().value(QStringLiteral("rows")), j.value(QStringLiteral("rows")));
        compareDumps(dump(m_sqlite), dump(m_back));
        QCOMPARE(QFileInfo(m_back).permissions() & 0x0077, QFileDevice::Permissions());
        // The copy's search index was filled by its triggers.
        const CliRun found = CliRun::on(m_back, QStringLiteral("--json systems list"));
        QCOMPARE(found.code, 0);

        for (const QString &store : {m_sqlite, m_pg, m_back}) {
            const CliRun v = CliRun::on(store, QStringLiteral("--json verify-audit"));
            QVERIFY2(v.code == 0, qPrintable(store + v.err));
            QCOMPARE(v.json().value(QStringLiteral("ok")).toBool(), true);
            const CliRun c = CliRun::on(store, QStringLiteral("check"));
            QVERIFY2(c.code == 0,
                     qPrintable(store + QLatin1Char('\n') + QString::fromUtf8(c.out) + c.err));
        }
    }

    void theTextOutputIsAShortSummary()
    {
        const QString pg = TestPostgres::freshDatabase(QStringLiteral("migrate_text"));
        const CliRun r = migrate(m_sqlite, pg, false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Copied") && r.out.contains("Verified"), r.out.constData());
        QVERIFY(r.out.count('\n') <= 3);
    }

    void idsContinueAfterTheCopiedOnesOnPostgres()
    {
        const qint64 before = dump(m_pg).value(QStringLiteral("operators")).size();
        const CliRun add =
            CliRun::on(m_pg, {QStringLiteral("operators"), QStringLiteral("add"),
                              QStringLiteral("--uscc"), QStringLiteral("91110000100000000X"),
                              QStringLiteral("--name"), QStringLiteral("迁移测试公司"),
                              QStringLiteral("--sector"), QStringLiteral("energy")});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        QCOMPARE(QString::fromUtf8(add.out).trimmed().toLongLong(), before + 1);
    }

    void aNoticeIssuedOnTheCopyContinuesTheNumbering()
    {
        QSKIP("filled in below once notices are known");
    }

    void aNonEmptyTargetIsRefusedAndLeftUntouched()
    {
        // Into PostgreSQL: the copy made above is a store now.
        const QMap<QString, QStringList> before = dump(m_pg);
        const CliRun intoPg = migrate(m_sqlite, m_pg);
        QCOMPARE(intoPg.code, 3);
        QVERIFY2(intoPg.err.contains(QStringLiteral("not empty")), qPrintable(intoPg.err));
        QCOMPARE(dump(m_pg), before);
        // Into a file that exists.
        const QByteArray hash = fileHash(m_back);
        const CliRun intoFile = migrate(m_pg, m_back);
        QCOMPARE(intoFile.code, 3);
        QVERIFY2(intoFile.err.contains(QStringLiteral("not empty")), qPrintable(intoFile.err));
        QCOMPARE(fileHash(m_back), hash);
        // A database holding someone else's tables.
        const QString other = TestPostgres::freshDatabase(QStringLiteral("migrate_other"));
        const QString otherDb = other.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE TABLE payroll (id int)"), otherDb));
        QCOMPARE(migrate(m_sqlite, other).code, 3);
        QVERIFY(TestPostgres::admin(QStringLiteral("SELECT * FROM payroll"), otherDb));
    }

    void aMissingSourceIsAStorageError()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const QString target = m_dir.filePath(QStringLiteral("never.sqlite"));
        QCOMPARE(migrate(missing, target).code, 4);
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(migrate(TestPostgres::url(QStringLiteral("no_such_store_db")), target).code, 4);
        QVERIFY(!QFileInfo::exists(target));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(migrate(m_sqlite, QString()).code, 2);
        QCOMPARE(migrate(m_sqlite, m_sqlite).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestMigrateStoreCli)
#include "tst_migratestorecli.moc"
