#include "clirun.h"
#include "teststore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The list commands stream their rows (issue 12): what they print must stay what they printed
// when they built one QJsonObject of the whole table, an empty list must still be a whole
// document, and a store that fails part-way must never look like a complete, shorter list.
class TestListsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    // Runs `each` on every row of a query over `file`, on a connection of the test's own.
    template <typename F> static void rows(const QString &file, const QString &sql, F each)
    {
        cii::Database db;
        QVERIFY(db.open(file, cii::Database::OpenMode::Inspect).ok());
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
        while (q.next())
            each(q);
    }
    static QStringList keysOf(const QJsonArray &list)
    {
        QSet<QString> keys;
        for (const QJsonValue &v : list)
            for (const QString &k : v.toObject().keys())
                keys << k;
        QStringList sorted(keys.cbegin(), keys.cend());
        sorted.sort();
        return sorted;
    }
    // Overwrites page `page` (numbered from 1) of `file` with random bytes.
    static bool damagePage(const QString &file, qint64 page)
    {
        QFile f(file);
        if (page < 2 || !f.open(QIODevice::ReadWrite))
            return false;
        const QByteArray header = f.read(18);
        const int pageSize = (quint8(header.at(16)) << 8) | quint8(header.at(17));
        if (pageSize < 512)
            return false;
        QByteArray noise(pageSize, '\0');
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        return f.seek((page - 1) * pageSize) && f.write(noise) == pageSize;
    }
    // A store of `systems` demo systems, its write-ahead log folded into the file.
    QString demoStore(const QString &name, int systems)
    {
        const QString db = TestStore::location(m_dir, name);
        const CliRun demo =
            CliRun::on(db, QStringLiteral("demo --seed 5 --operators %1 --systems %2")
                               .arg(qMax(1, systems / 10))
                               .arg(systems));
        if (demo.code != 0)
            return {};
        if (!TestStore::onPostgres())
            rows(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), [](const QSqlQuery &) {});
        return db;
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QVERIFY(m_dir.isValid());
        m_db = demoStore(QStringLiteral("demo.sqlite"), 60);
        QVERIFY(!m_db.isEmpty());
        const QString tpl = m_dir.filePath(QStringLiteral("template.json"));
        QCOMPARE(CliRun::on(m_db, {QStringLiteral("rules"), QStringLiteral("template"),
                                   QStringLiteral("--out"), tpl})
                     .code,
                 0);
        for (const char *sector : {"telecom", "energy", "finance"}) {
            const CliRun imported =
                CliRun::on(m_db, {QStringLiteral("rules"), QStringLiteral("import"), tpl,
                                  QStringLiteral("--sector"), QLatin1String(sector)});
            QCOMPARE(imported.code, 0);
            QCOMPARE(CliRun::on(m_db, {QStringLiteral("rules"), QStringLiteral("file"),
                                       QString::fromUtf8(imported.out).trimmed(),
                                       QStringLiteral("--reference"), QStringLiteral("T-1"),
                                       QStringLiteral("--date"), QStringLiteral("2026-01-15")})
                         .code,
                     0);
        }
        QCOMPARE(CliRun::on(m_db, QStringLiteral("identify --all")).code, 0);
    }

    // Byte for byte what QJsonDocument gives for the whole table read back with SQL: the
    // format the command printed before it streamed.
    void systemsListJsonIsTheWholeTableAsQtJsonPrintedIt()
    {
        QHash<qint64, QJsonObject> indicators;
        rows(m_db,
             QStringLiteral("SELECT v.system_id, v.indicator_key, v.value FROM indicator_values v "
                            "JOIN indicators i ON i.key = v.indicator_key"),
             [&](const QSqlQuery &q) {
                 indicators[q.value(0).toLongLong()].insert(q.value(1).toString(),
                                                            q.value(2).toString());
             });
        QJsonArray expected;
        rows(m_db,
             QStringLiteral("SELECT id, operator_id, name, description, category, mlps_level, "
                            "status FROM systems ORDER BY id"),
             [&](const QSqlQuery &q) {
                 expected.append(QJsonObject{
                     {QStringLiteral("id"), q.value(0).toLongLong()},
                     {QStringLiteral("operator"), q.value(1).toLongLong()},
                     {QStringLiteral("name"), q.value(2).toString()},
                     {QStringLiteral("description"), q.value(3).toString()},
                     {QStringLiteral("category"), q.value(4).toString()},
                     {QStringLiteral("mlps_level"), q.value(5).toInt()},
                     {QStringLiteral("status"), q.value(6).toString()},
                     {QStringLiteral("indicators"), indicators.value(q.value(0).toLongLong())}});
             });
        QCOMPARE(expected.size(), 60);
        const CliRun r = CliRun::on(m_db, QStringLiteral("--json systems list"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QJsonDocument(QJsonObject{{QStringLiteral("systems"), expected}})
                                .toJson(QJsonDocument::Compact) +
                            '\n');
        QCOMPARE(keysOf(r.json().value(QStringLiteral("systems")).toArray()),
                 (QStringList{"category", "description", "id", "indicators", "mlps_level", "name",
                              "operator", "status"}));
    }

    void operatorsListJsonIsTheWholeTableAsQtJsonPrintedIt()
    {
        QJsonArray expected;
        rows(m_db,
             QStringLiteral("SELECT id, uscc, name_zh, name_en, sector, region, contact_name, "
                            "contact_phone, contact_email FROM operators ORDER BY id"),
             [&](const QSqlQuery &q) {
                 expected.append(
                     QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                 {QStringLiteral("uscc"), q.value(1).toString()},
                                 {QStringLiteral("name_zh"), q.value(2).toString()},
                                 {QStringLiteral("name_en"), q.value(3).toString()},
                                 {QStringLiteral("sector"), q.value(4).toString()},
                                 {QStringLiteral("region"), q.value(5).toString()},
                                 {QStringLiteral("contact_name"), q.value(6).toString()},
                                 {QStringLiteral("contact_phone"), q.value(7).toString()},
                                 {QStringLiteral("contact_email"), q.value(8).toString()}});
             });
        QVERIFY(!expected.isEmpty());
        const CliRun r = CliRun::on(m_db, QStringLiteral("--json operators list"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QJsonDocument(QJsonObject{{QStringLiteral("operators"), expected}})
                                .toJson(QJsonDocument::Compact) +
                            '\n');
        QCOMPARE(keysOf(r.json().value(QStringLiteral("operators")).toArray()),
                 (QStringList{"contact_email", "contact_name", "contact_phone", "id", "name_en",
                              "name_zh", "region", "sector", "uscc"}));
    }

    void casesListJsonHasEveryCaseWithItsKeys()
    {
        QVector<qint64> ids;
        rows(m_db, QStringLiteral("SELECT id FROM identification_cases ORDER BY id"),
             [&](const QSqlQuery &q) { ids << q.value(0).toLongLong(); });
        QVERIFY(!ids.isEmpty());
        const CliRun r = CliRun::on(m_db, QStringLiteral("--json cases list"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.endsWith("]}\n"));
        const QJsonArray cases = r.json().value(QStringLiteral("cases")).toArray();
        QVector<qint64> listed;
        for (const QJsonValue &c : cases)
            listed << c.toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(listed, ids);
        QCOMPARE(keysOf(cases), (QStringList{"category",
                                             "created_at",
                                             "decided_at",
                                             "decided_by",
                                             "decided_by_names",
                                             "decision",
                                             "id",
                                             "inputs",
                                             "mlps_follow_up",
                                             "mlps_level",
                                             "mps_notified_on",
                                             "operator",
                                             "operator_notified_on",
                                             "outcome",
                                             "override",
                                             "override_reason",
                                             "ruleset",
                                             "ruleset_version",
                                             "run",
                                             "sector",
                                             "status",
                                             "system",
                                             "system_name"}));
        for (const QJsonValue &c : cases)
            QCOMPARE(c.toObject().keys().size(), 23);
    }

    void anEmptyListIsAWholeDocument()
    {
        const CliRun systems =
            CliRun::on(m_db, QStringLiteral("--json systems list --operator 999999"));
        QCOMPARE(systems.code, 0);
        QCOMPARE(systems.out, QByteArray("{\"systems\":[]}\n"));
        const QString empty = TestStore::location(m_dir, QStringLiteral("empty.sqlite"));
        QCOMPARE(CliRun::on(empty, QStringLiteral("init")).code, 0);
        for (const char *list : {"operators", "systems", "cases", "inspections"}) {
            const CliRun r = CliRun::on(
                empty, {QStringLiteral("--json"), QLatin1String(list), QStringLiteral("list")});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out, QByteArray("{\"") + list + "\":[]}\n");
        }
    }

    // The text table measures every row before it prints: the same table as when it held the
    // rows, one line per system under the header, each column starting where its header does.
    void systemsListTextIsOneAlignedLinePerSystem()
    {
        const CliRun r = CliRun::on(m_db, QStringLiteral("--lang en systems list"));
        QCOMPARE(r.code, 0);
        const QStringList lines =
            QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 61);
        QVERIFY(lines.first().startsWith(QLatin1String("ID  ")));
        const qsizetype operatorColumn = lines.first().indexOf(QLatin1String("Operator"));
        QVERIFY(operatorColumn > 0);
        rows(m_db, QStringLiteral("SELECT id, operator_id FROM systems ORDER BY id"),
             [&, line = 1](const QSqlQuery &q) mutable {
                 const QString &text = lines.at(line++);
                 QVERIFY2(text.startsWith(q.value(0).toString() + QLatin1Char(' ')),
                          qPrintable(text));
                 QCOMPARE(text.mid(operatorColumn).section(QLatin1Char(' '), 0, 0),
                          q.value(1).toString());
             });
    }

    void aMissingStoreWritesNothingOnStdout()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        for (const char *list : {"operators", "systems", "cases", "inspections"}) {
            const CliRun r = CliRun::on(
                missing, {QStringLiteral("--json"), QLatin1String(list), QStringLiteral("list")});
            QCOMPARE(r.code, 4);
            QVERIFY2(r.out.isEmpty(), r.out.constData());
            QVERIFY(!r.err.isEmpty());
        }
    }

    // A damaged page met while the rows stream: exit 4, and stdout is never a complete
    // document. Early in the list nothing at all is written (the rows read so far never left
    // the stream's buffer); late in a long list the output stops without its closing "]}".
    void aStoreThatFailsMidwayNeverPrintsAWholeDocument_data()
    {
        QTest::addColumn<double>("where");
        QTest::addColumn<bool>("somethingWritten");
        QTest::newRow("early: nothing written") << 0.01 << false;
        QTest::newRow("late: cut, never closed") << 0.9 << true;
    }
    void aStoreThatFailsMidwayNeverPrintsAWholeDocument()
    {
        CII_SQLITE_FILE_ONLY("a damaged page of the file");
        QFETCH(double, where);
        QFETCH(bool, somethingWritten);
        const QString db = demoStore(QStringLiteral("damaged-%1.sqlite").arg(where), 3000);
        QVERIFY(!db.isEmpty());
        // The systems table's leaf pages in row order (SQLite's dbstat table); the one at
        // `where` of the way through the list is damaged, and nothing else.
        QVector<qint64> leaves;
        bool dbstat = false;
        rows(db, QStringLiteral("SELECT COUNT(*) FROM pragma_module_list WHERE name = 'dbstat'"),
             [&](const QSqlQuery &q) { dbstat = q.value(0).toInt() == 1; });
        if (!dbstat)
            QSKIP("this SQLite has no dbstat table to find the systems' pages with");
        rows(db,
             QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'systems' AND "
                            "pagetype = 'leaf' ORDER BY path"),
             [&](const QSqlQuery &q) { leaves << q.value(0).toLongLong(); });
        QVERIFY(leaves.size() > 20);
        QVERIFY(damagePage(db, leaves.at(qMax(1, int(where * leaves.size())))));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CII_QUICK_CHECK_LIMIT"), QStringLiteral("0"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CII_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("--json"),
                                               QStringLiteral("systems"), QStringLiteral("list")});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 4);
        QVERIFY(!p.readAllStandardError().isEmpty());
        QVERIFY2(!out.endsWith("]}\n"), "a cut list was closed as if it were whole");
        QJsonParseError error;
        QJsonDocument::fromJson(out, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(!out.isEmpty(), somethingWritten);
        if (somethingWritten)
            QVERIFY(out.startsWith("{\"systems\":[{"));
    }
};

QTEST_GUILESS_MAIN(TestListsCli)
#include "tst_listscli.moc"
