#include "storage/packedvalues.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using cii::PackedValues;
using Pairs = QVector<QPair<QString, QString>>;

// The systems list and batch identification read each system's values as one JSON object
// built by SQL's JSON aggregate; PackedValues must give back exactly the stored texts.
class TestPackedValues : public QObject
{
    Q_OBJECT

    QSqlDatabase m_db;

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("packed"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
    }
    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("packed"));
    }

    // Whatever the text, what SQLite's json_group_object packs is what comes back.
    void sqliteJsonAggregateRoundTrips()
    {
        QString controls;
        for (char16_t c = 1; c < 0x20; ++c)
            controls += QChar(c);
        const Pairs stored{{QStringLiteral("daily_visits"), QStringLiteral("493578")},
                           {QStringLiteral("quote"), QStringLiteral("a \"b\" \\ c / d")},
                           {QStringLiteral("controls"), controls},
                           {QStringLiteral("中文键"), QStringLiteral("长沙 数据中心 \U0001F600")},
                           {QStringLiteral("separators"), QStringLiteral("a=b\x1f"
                                                                         "c\x1e"
                                                                         "d:3")},
                           {QStringLiteral("empty"), QString()}};
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE v (k TEXT, value TEXT)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO v VALUES (?, ?)")));
        for (const auto &[k, v] : stored) {
            q.bindValue(0, k);
            q.bindValue(1, v.isNull() ? QStringLiteral("") : v);
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT json_group_object(k, CAST(value AS TEXT)) FROM "
                                      "(SELECT * FROM v ORDER BY rowid)")));
        QVERIFY(q.next());
        Pairs read;
        QVERIFY2(PackedValues::read(q.value(0).toString(), &read),
                 qPrintable(q.value(0).toString()));
        Pairs expected = stored;
        expected.last().second = QStringLiteral("");
        QCOMPARE(read, expected);
    }

    void whiteSpaceAndEscapesAsPostgresWritesThem()
    {
        Pairs read;
        QVERIFY(PackedValues::read(
            QStringLiteral("{ \"a\" : \"1\", \"b\\u00e9\\ud83d\\ude00\" : \"x\\ny\\t\\/\" }"),
            &read));
        QCOMPARE(read, (Pairs{{QStringLiteral("a"), QStringLiteral("1")},
                              {QStringLiteral("bé\U0001F600"), QStringLiteral("x\ny\t/")}}));
    }

    void noRowsIsNoValues()
    {
        Pairs read;
        QVERIFY(PackedValues::read(QString(), &read));
        QVERIFY(PackedValues::read(QStringLiteral("{}"), &read));
        QVERIFY(read.isEmpty());
    }

    void anythingElseIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("not an object") << QStringLiteral("[\"a\",\"b\"]");
        QTest::newRow("a number value") << QStringLiteral("{\"a\":1}");
        QTest::newRow("cut short") << QStringLiteral("{\"a\":\"1\"");
        QTest::newRow("unterminated string") << QStringLiteral("{\"a\":\"1}");
        QTest::newRow("bad escape") << QStringLiteral("{\"a\":\"\\q\"}");
        QTest::newRow("short unicode escape") << QStringLiteral("{\"a\":\"\\u12\"}");
        QTest::newRow("trailing text") << QStringLiteral("{\"a\":\"1\"} x");
        QTest::newRow("missing colon") << QStringLiteral("{\"a\" \"1\"}");
    }
    void anythingElseIsRefused()
    {
        QFETCH(QString, text);
        Pairs read;
        QVERIFY(!PackedValues::read(text, &read));
    }
};

QTEST_GUILESS_MAIN(TestPackedValues)
#include "tst_packedvalues.moc"
