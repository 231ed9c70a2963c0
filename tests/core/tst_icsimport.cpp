#include "i18n/language.h"
#include "io/icalendar.h"
#include "io/inspectiontransfer.h"

#include <QTest>

using namespace cii;

// .ics import is strict: a broken calendar is refused with the line that is wrong, never read
// as far as it happens to go; counts in messages count events, not problems.
class TestIcsImport : public QObject
{
    Q_OBJECT

    static QByteArray crlf(const char *text) { return QByteArray(text).replace("\n", "\r\n"); }

private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }

    void brokenCalendarsAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a line without a colon")
            << crlf("BEGIN:VCALENDAR\nBEGIN:VEVENT\nGARBAGE\nDTSTART:20260301\nEND:VEVENT\n"
                    "END:VCALENDAR\n")
            << QStringLiteral("line 3: 'GARBAGE' is not a content line (NAME:value)");
        QTest::newRow("an event without END:VEVENT")
            << crlf("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260301\nEND:VCALENDAR\n")
            << QStringLiteral("line 4: END:VCALENDAR, but VEVENT begun on line 2 has not ended");
        QTest::newRow("the last event not ended at the end of the file")
            << crlf("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260301\n")
            << QStringLiteral("line 2: VEVENT begun here has no END:VEVENT");
        QTest::newRow("END:VCALENDAR missing")
            << crlf("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260301\nEND:VEVENT\n")
            << QStringLiteral("line 1: VCALENDAR begun here has no END:VCALENDAR");
        QTest::newRow("not a calendar")
            << crlf("SUMMARY:x\nBEGIN:VCALENDAR\nEND:VCALENDAR\n")
            << QStringLiteral("line 1: a calendar begins with BEGIN:VCALENDAR");
        QTest::newRow("an event inside an event")
            << crlf("BEGIN:VCALENDAR\nBEGIN:VEVENT\nBEGIN:VEVENT\nEND:VEVENT\nEND:VEVENT\n"
                    "END:VCALENDAR\n")
            << QStringLiteral("line 3: BEGIN:VEVENT inside VEVENT (line 2), which has not ended");
        QTest::newRow("content after the end")
            << crlf("BEGIN:VCALENDAR\nEND:VCALENDAR\nBEGIN:VEVENT\n")
            << QStringLiteral("line 3: content after END:VCALENDAR");
        QTest::newRow("a folded line keeps the number it starts on")
            << crlf("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:a\n long\nBROKEN\nEND:VEVENT\n"
                    "END:VCALENDAR\n")
            << QStringLiteral("line 5: 'BROKEN' is not a content line (NAME:value)");
    }
    void brokenCalendarsAreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, ics);
        QFETCH(QString, problem);
        const Result<QVector<ICalendar::Event>> r = ICalendar::events(ics);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().details.contains(problem), qPrintable(r.error().details.join('\n')));
    }

    void aValidCalendarIsReadWithAlarmsKeptOutOfTheEvent()
    {
        const Result<QVector<ICalendar::Event>> r = ICalendar::events(
            crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260301\n"
                 "SUMMARY:检查\nBEGIN:VALARM\nDESCRIPTION:reminder\nEND:VALARM\nEND:VEVENT\n"
                 "BEGIN:VEVENT\nDTSTART:20260401\nEND:VEVENT\nEND:VCALENDAR\n"));
        QVERIFY2(r.ok(), qPrintable(r.error().details.join('\n')));
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).line, 3);
        QCOMPARE(r->at(1).line, 10);
        QCOMPARE(r->at(0).properties.value(QStringLiteral("DTSTART")), QStringLiteral("20260301"));
        QCOMPARE(r->at(0).properties.value(QStringLiteral("SUMMARY")), QStringLiteral("检查"));
        QVERIFY(!r->at(0).properties.contains(QStringLiteral("DESCRIPTION")));
    }

    void textThatIsNotUtf8IsRefused()
    {
        QVERIFY(
            !ICalendar::events("BEGIN:VCALENDAR\r\nSUMMARY:\xff\xfe\r\nEND:VCALENDAR\r\n").ok());
    }

    void theCountIsOfEventsNotProblems()
    {
        // One event with two problems (no operator, no start), one good-shaped one.
        const QByteArray ics =
            crlf("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nBEGIN:VEVENT\n"
                 "X-CII-OPERATOR:91110000100000000X\nDTSTART;VALUE=DATE:20260301\nEND:VEVENT\n"
                 "END:VCALENDAR\n");
        const Result<QVector<Inspection>> r = InspectionTransfer::fromIcs(
            ics, {{QStringLiteral("91110000100000000X"), 5}}, QStringLiteral("own"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 QStringLiteral("1 event cannot be imported; nothing was imported"));
        QCOMPARE(r.error().details.size(), 2);
        for (const QString &d : r.error().details)
            QVERIFY2(d.startsWith(QStringLiteral("row 1, column ")) &&
                         d.endsWith(QStringLiteral("(event beginning on line 2)")),
                     qPrintable(d));
    }

    // Found by fuzz_ics (tests/fuzz/corpus/ics/regression-unknown-status.ics): the calendar
    // import took any X-CII-STATUS, which the store then refused without naming the event;
    // the CSV import checks it with its row.
    void anUnknownStatusIsRefusedWithItsEvent()
    {
        const QByteArray ics =
            crlf("BEGIN:VCALENDAR\nBEGIN:VEVENT\nX-CII-OPERATOR:91110000100000000X\n"
                 "DTSTART;VALUE=DATE:20260301\nX-CII-STATUS:pl99991231\nEND:VEVENT\n"
                 "END:VCALENDAR\n");
        const Result<QVector<Inspection>> r = InspectionTransfer::fromIcs(
            ics, {{QStringLiteral("91110000100000000X"), 5}}, QStringLiteral("own"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().details.size(), 1);
        QVERIFY2(r.error().details.first().startsWith(
                     QStringLiteral("row 1, column X-CII-STATUS: one of planned")),
                 qPrintable(r.error().details.first()));
    }
};

QTEST_GUILESS_MAIN(TestIcsImport)
#include "tst_icsimport.moc"
