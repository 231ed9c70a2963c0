#include "domain/chinatime.h"

#include <QTest>

using namespace cii;

// Incident clocks count minutes: what a person types must become one UTC instant, whatever the
// workstation's zone, and read back in China time with its offset.
class TestChinaTime : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatPeopleAndScriptsType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("offset") << "2026-11-26T09:30+08:00" << "2026-11-26T01:30:00Z";
        QTest::newRow("no offset is China time") << "2026-11-26T09:30" << "2026-11-26T01:30:00Z";
        QTest::newRow("space for T") << "2026-11-26 09:30" << "2026-11-26T01:30:00Z";
        QTest::newRow("utc") << "2026-11-26T01:30Z" << "2026-11-26T01:30:00Z";
        QTest::newRow("seconds") << "2026-11-26T09:30:15+08:00" << "2026-11-26T01:30:15Z";
        QTest::newRow("other offset") << "2026-11-26T03:30+02:00" << "2026-11-26T01:30:00Z";
        QTest::newRow("compact offset") << "2026-11-26T09:30+0800" << "2026-11-26T01:30:00Z";
        QTest::newRow("midnight in China is the day before in UTC")
            << "2026-12-01T00:10+08:00" << "2026-11-30T16:10:00Z";
    }
    void parsesWhatPeopleAndScriptsType()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QString error;
        const QDateTime t = ChinaTime::parse(text, &error);
        QVERIFY2(t.isValid(), qPrintable(error));
        QCOMPARE(ChinaTime::stored(t), utc);
        QCOMPARE(ChinaTime::fromStored(utc), t);
    }

    void refusesWhatIsNotAnInstant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("date alone") << "2026-11-26";
        QTest::newRow("no such day") << "2026-02-30T09:30";
        QTest::newRow("no such hour") << "2026-11-26T24:30";
        QTest::newRow("no such offset") << "2026-11-26T09:30+15:00";
        QTest::newRow("words") << "tomorrow morning";
        QTest::newRow("empty") << "";
    }
    void refusesWhatIsNotAnInstant()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!ChinaTime::parse(text, &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void showsChinaTimeWithItsOffset()
    {
        const QDateTime t = ChinaTime::fromStored(QStringLiteral("2026-11-30T16:10:00Z"));
        QCOMPARE(ChinaTime::iso(t), QStringLiteral("2026-12-01T00:10+08:00"));
        QCOMPARE(ChinaTime::display(t), QStringLiteral("2026-12-01 00:10"));
        QCOMPARE(ChinaTime::localDate(t), QDate(2026, 12, 1));
        QCOMPARE(ChinaTime::iso(t.addSecs(7)), QStringLiteral("2026-12-01T00:10:07+08:00"));
        QCOMPARE(ChinaTime::at(QDate(2026, 12, 1), QTime(0, 10)), t);
        QVERIFY(ChinaTime::iso(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChinaTime)
#include "tst_chinatime.moc"
