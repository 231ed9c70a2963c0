#include "domain/chinatime.h"
#include "schedule/deadlineengine.h"
#include "schedule/holidaycalendar.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cii;

// The deadline list's timed clocks (kind `incident`): judged to the second against their
// instant in China time ("最迟不得超过": at the instant is in time, a second after is late),
// never moved off a holiday, shown with their time of day; a day clock (the summary report's
// 30 days) ends on the legal last day. And kind `enforcement` settles like any dated item.
class TestDeadlineClocks : public QObject
{
    Q_OBJECT

    HolidayCalendar m_calendar;

    static QDateTime china(const char *text) { return ChinaTime::parse(QString::fromLatin1(text)); }

    static DeadlineFacts::IncidentClock clock(const QDateTime &dueAt, const QDateTime &doneAt = {})
    {
        DeadlineFacts::IncidentClock c;
        c.incidentId = 7;
        c.operatorName = QStringLiteral("某电网公司");
        c.sector = QStringLiteral("energy");
        c.clock = QStringLiteral("onward-report");
        c.dueAt = dueAt;
        c.doneAt = doneAt;
        c.basis = QStringLiteral("Reporting Measures Art. 4");
        return c;
    }

    DeadlineItem only(const DeadlineFacts &facts, const QDate &today)
    {
        const QVector<DeadlineItem> items = DeadlineEngine::items(facts, today);
        if (items.size() != 1)
            qFatal("expected one item, got %d", int(items.size()));
        return items.first();
    }

private slots:
    void initTestCase()
    {
        const Result<QVector<CalendarDay>> days = HolidayCalendar::shipped();
        QVERIFY(days.ok());
        m_calendar = HolidayCalendar(days.value());
    }

    void judgesATimedClockToTheSecond_data()
    {
        QTest::addColumn<QDateTime>("dueAt");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("doneAt");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("minutes");
        const QDateTime due = china("2026-11-26T10:00+08:00");
        QTest::newRow("11 minutes left")
            << due << due.addSecs(-11 * 60) << QDateTime() << "due-soon" << qint64(11);
        QTest::newRow("30 seconds left is no minute left")
            << due << due.addSecs(-30) << QDateTime() << "due-soon" << qint64(0);
        QTest::newRow("at the instant: still in time")
            << due << due << QDateTime() << "due-soon" << qint64(0);
        QTest::newRow("a second after: overdue, a minute late")
            << due << due.addSecs(1) << QDateTime() << "overdue" << qint64(-1);
        QTest::newRow("sent at the instant")
            << due << due.addSecs(3600) << due << "done-on-time" << qint64(0);
        QTest::newRow("sent a second late")
            << due << due.addSecs(3600) << due.addSecs(1) << "done-late" << qint64(1);
        QTest::newRow("sent early")
            << due << due.addSecs(3600) << due.addSecs(-20 * 60) << "done-on-time" << qint64(-20);
    }
    void judgesATimedClockToTheSecond()
    {
        QFETCH(QDateTime, dueAt);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, doneAt);
        QFETCH(QString, status);
        QFETCH(qint64, minutes);
        DeadlineFacts facts;
        facts.calendar = m_calendar;
        facts.now = now;
        facts.incidentClocks << clock(dueAt, doneAt);
        const DeadlineItem item = only(facts, ChinaTime::localDate(now));
        QCOMPARE(item.kind, QStringLiteral("incident"));
        QCOMPARE(item.status, status);
        QCOMPARE(item.minutes, minutes);
        QCOMPARE(item.dueAt, dueAt);
        QVERIFY(item.timed);
        QCOMPARE(item.basis, QStringLiteral("Reporting Measures Art. 4"));
    }

    // The clock's day is China's: 00:10 on 1 December in Beijing is 30 November in UTC, and
    // a timed clock on a holiday stays on it (an hour period does not wait for a working day).
    void keepsATimedClockOnItsChinaDay_data()
    {
        QTest::addColumn<QDateTime>("dueAt");
        QTest::addColumn<QDate>("day");
        QTest::newRow("past midnight in China, before it in UTC")
            << china("2026-12-01T00:10+08:00") << QDate(2026, 12, 1);
        QTest::newRow("a minute before midnight at a month end")
            << china("2026-11-30T23:59+08:00") << QDate(2026, 11, 30);
        QTest::newRow("on National Day") << china("2026-10-01T09:30+08:00") << QDate(2026, 10, 1);
        QTest::newRow("new year's eve into the new year")
            << china("2027-01-01T00:20+08:00") << QDate(2027, 1, 1);
    }
    void keepsATimedClockOnItsChinaDay()
    {
        QFETCH(QDateTime, dueAt);
        QFETCH(QDate, day);
        DeadlineFacts facts;
        facts.calendar = m_calendar;
        facts.now = dueAt.addSecs(-600);
        facts.incidentClocks << clock(dueAt);
        const DeadlineItem item = only(facts, ChinaTime::localDate(facts.now));
        QCOMPARE(item.due, day);
        QCOMPARE(item.lastDay, day);
        QCOMPARE(item.toJson().value(QStringLiteral("due_at")).toString(), ChinaTime::iso(dueAt));
        QVERIFY(item.toJson()
                    .value(QStringLiteral("due_at"))
                    .toString()
                    .endsWith(QStringLiteral("+08:00")));
    }

    // A day clock (the summary report, 30 days after handling ended) moves off rest days like
    // every dated item (Civil Code Art. 203) and is due at the last minute of its last day.
    void endsADayClockOnTheLegalLastDay()
    {
        DeadlineFacts facts;
        facts.calendar = m_calendar;
        DeadlineFacts::IncidentClock c = clock({});
        c.clock = QStringLiteral("summary-report");
        c.dueDate = QDate(2026, 10, 1); // National Day: the last day is 8 October
        c.basis = QStringLiteral("Reporting Measures Art. 8");
        facts.incidentClocks << c;
        facts.now = china("2026-10-08T23:58+08:00");
        DeadlineItem item = only(facts, QDate(2026, 10, 8));
        QCOMPARE(item.due, QDate(2026, 10, 1));
        QCOMPARE(item.lastDay, QDate(2026, 10, 8));
        QCOMPARE(item.status, QStringLiteral("due-soon"));
        QCOMPARE(item.dueAt, china("2026-10-08T23:59+08:00"));
        QVERIFY(!item.timed);
        QCOMPARE(item.minutes, qint64(2)); // to midnight, not to 23:59
        facts.now = china("2026-10-09T00:00+08:00");
        item = only(facts, QDate(2026, 10, 9));
        QCOMPARE(item.status, QStringLiteral("overdue"));
        QCOMPARE(item.minutes, qint64(0));
        // Done: minutes late (none when in time). Sent in the last minute of the last day is
        // in time; half a minute after midnight is a minute late.
        facts.incidentClocks.first().doneAt = china("2026-10-08T23:59:30+08:00");
        item = only(facts, QDate(2026, 10, 9));
        QCOMPARE(item.minutes, qint64(0));
        facts.incidentClocks.first().doneAt = china("2026-10-09T00:00:30+08:00");
        item = only(facts, QDate(2026, 10, 9));
        QCOMPARE(item.minutes, qint64(1));
    }

    // One incident has several reports due the same day: each its own UID, ordered by instant;
    // the streamed JSON is the object's, byte for byte, for both new kinds.
    void tellsAnIncidentsClocksApart()
    {
        DeadlineFacts facts;
        facts.calendar = m_calendar;
        DeadlineFacts::IncidentClock onward = clock(china("2026-11-26T10:30+08:00"));
        DeadlineFacts::IncidentClock own =
            clock(china("2026-11-26T10:00+08:00"), china("2026-11-26T09:40+08:00"));
        own.clock = QStringLiteral("operator-report");
        facts.incidentClocks << onward << own;
        DeadlineFacts::EnforcementDeadline hearing;
        hearing.caseId = 3;
        hearing.operatorName = QStringLiteral("某电网公司");
        hearing.sector = QStringLiteral("energy");
        hearing.step = QStringLiteral("hearing-request");
        hearing.due = QDate(2026, 11, 26);
        hearing.basis = QStringLiteral("APL Art. 64");
        facts.enforcementDeadlines << hearing;
        facts.now = china("2026-11-26T10:05+08:00");
        const QVector<DeadlineItem> items = DeadlineEngine::items(facts, QDate(2026, 11, 26));
        QCOMPARE(items.size(), 3);
        // Same day: enforcement before incident (the kinds' alphabetical order), then by instant.
        QCOMPARE(items.at(0).kind, QStringLiteral("enforcement"));
        QCOMPARE(items.at(1).clock, QStringLiteral("operator-report"));
        QCOMPARE(items.at(2).clock, QStringLiteral("onward-report"));
        QVERIFY(items.at(1).uid() != items.at(2).uid());
        QCOMPARE(items.at(0).status, QStringLiteral("due-soon"));
        QCOMPARE(items.at(0).basis, QStringLiteral("APL Art. 64"));
        QCOMPARE(items.at(0).toJson().value(QStringLiteral("step")).toString(),
                 QStringLiteral("hearing-request"));
        QVERIFY(!items.at(0).toJson().contains(QStringLiteral("due_at")));
        QCOMPARE(items.at(1).toJson().value(QStringLiteral("done_at")).toString(),
                 QStringLiteral("2026-11-26T09:40+08:00"));
        QVERIFY(items.at(2).toJson().value(QStringLiteral("done_at")).isNull());
        QCOMPARE(items.at(2).minutes, qint64(25));
        for (const DeadlineItem &item : items) {
            QByteArray streamed;
            item.appendJson(streamed);
            QCOMPARE(streamed, QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact));
            QVERIFY(!item.subject.isEmpty());
        }
        const DeadlineList list = DeadlineEngine::list(facts, QDate(2026, 11, 26));
        QCOMPARE(list.summary().overdue + list.summary().dueSoon + list.summary().doneOnTime, 3);
    }

    // Without an instant given, `deadlines --today D` for another day judges at its start.
    void judgesAnotherDayAtItsStart()
    {
        DeadlineFacts facts;
        QCOMPARE(DeadlineEngine::judgedAt(facts, QDate(2020, 5, 6)),
                 china("2020-05-06T00:00+08:00"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now =
            DeadlineEngine::judgedAt(facts, ChinaTime::localDate(QDateTime::currentDateTimeUtc()));
        QVERIFY(now >= before.addSecs(-1) && now <= QDateTime::currentDateTimeUtc());
    }
};

QTEST_GUILESS_MAIN(TestDeadlineClocks)
#include "tst_deadlineclocks.moc"
