#include "domain/chinatime.h"
#include "schedule/deadlineengine.h"
#include "schedule/incidentclocks.h"

#include <QTest>

using namespace cii;

// The incident clocks of the 2025 Reporting Measures, at and around each edge: the
// operator's hour (Art. 4, late only when MORE than an hour), the department's half hour
// (Art. 4), the summary's 30 days (Art. 8 with Civil Code Art. 201 and 203), in China time
// across midnight and month ends; which grades have which clocks.
class TestIncidentClocks : public QObject
{
    Q_OBJECT

private:
    static QDateTime t(const QString &text) { return ChinaTime::parse(text); }
    static Incident incident(const QString &grade, const QDateTime &discovered,
                             const QDateTime &received)
    {
        Incident i;
        i.id = 7;
        i.operatorName = QStringLiteral("福州电力有限公司");
        i.sector = QStringLiteral("energy");
        i.decidedGrade = grade;
        i.discovered = discovered;
        i.received = received;
        IncidentReport r;
        r.kind = QStringLiteral("operator-report");
        r.action = QStringLiteral("received");
        r.at = received;
        i.timeline << r;
        return i;
    }
    static IncidentReport entry(const QString &kind, const QString &action, const QDateTime &at)
    {
        IncidentReport r;
        r.kind = kind;
        r.action = action;
        r.at = at;
        return r;
    }
    static const DeadlineFacts::IncidentClock *clock(const QVector<DeadlineFacts::IncidentClock> &c,
                                                     const QString &name)
    {
        for (const DeadlineFacts::IncidentClock &x : c)
            if (x.clock == name)
                return &x;
        return nullptr;
    }
    static QStringList names(const QVector<DeadlineFacts::IncidentClock> &c)
    {
        QStringList out;
        for (const DeadlineFacts::IncidentClock &x : c)
            out << x.clock;
        return out;
    }
    // The deadline list's item of `clock`, judged at `now`.
    static DeadlineItem item(const Incident &i, const QString &name, const QDateTime &now)
    {
        DeadlineFacts f;
        f.incidentClocks = IncidentClocks::of(i);
        f.now = now;
        Result<QVector<CalendarDay>> days = HolidayCalendar::shipped();
        if (days)
            f.calendar = HolidayCalendar(days.value());
        for (const DeadlineItem &it : DeadlineEngine::items(f, ChinaTime::localDate(now)))
            if (it.kind == QLatin1String("incident") && it.clock == name)
                return it;
        return {};
    }

private slots:
    void operatorReportIsDueOneHourAfterDiscovery_data()
    {
        QTest::addColumn<QString>("discovered");
        QTest::addColumn<QString>("received");
        QTest::addColumn<QString>("dueAt");
        QTest::addColumn<QString>("status");
        QTest::newRow("59 min") << "2026-11-26T09:00"
                                << "2026-11-26T09:59"
                                << "2026-11-26T10:00+08:00"
                                << "done-on-time";
        QTest::newRow("exactly 1 h: in time") << "2026-11-26T09:00"
                                              << "2026-11-26T10:00"
                                              << "2026-11-26T10:00+08:00"
                                              << "done-on-time";
        QTest::newRow("1 h and 1 s: late") << "2026-11-26T09:00"
                                           << "2026-11-26T10:00:01"
                                           << "2026-11-26T10:00+08:00"
                                           << "done-late";
        QTest::newRow("61 min: late") << "2026-11-26T09:00"
                                      << "2026-11-26T10:01"
                                      << "2026-11-26T10:00+08:00"
                                      << "done-late";
        QTest::newRow("across midnight, in time") << "2026-11-26T23:30"
                                                  << "2026-11-27T00:30"
                                                  << "2026-11-27T00:30+08:00"
                                                  << "done-on-time";
        QTest::newRow("across midnight, late") << "2026-11-26T23:30"
                                               << "2026-11-27T00:31"
                                               << "2026-11-27T00:30+08:00"
                                               << "done-late";
        QTest::newRow("month end") << "2026-11-30T23:45"
                                   << "2026-12-01T00:45"
                                   << "2026-12-01T00:45+08:00"
                                   << "done-on-time";
        QTest::newRow("year end, late") << "2026-12-31T23:59"
                                        << "2027-01-01T01:00"
                                        << "2027-01-01T00:59+08:00"
                                        << "done-late";
        // The China-time day differs from the UTC day: 00:10 China is 16:10 UTC the day before.
        QTest::newRow("UTC offset given") << "2026-11-26T16:10Z"
                                          << "2026-11-27T01:10+08:00"
                                          << "2026-11-27T01:10+08:00"
                                          << "done-on-time";
    }
    void operatorReportIsDueOneHourAfterDiscovery()
    {
        QFETCH(QString, discovered);
        QFETCH(QString, received);
        QFETCH(QString, dueAt);
        QFETCH(QString, status);
        const Incident i = incident(QStringLiteral("large"), t(discovered), t(received));
        const QVector<DeadlineFacts::IncidentClock> clocks = IncidentClocks::of(i);
        const DeadlineFacts::IncidentClock *c = clock(clocks, QStringLiteral("operator-report"));
        QVERIFY(c);
        QCOMPARE(ChinaTime::iso(c->dueAt), dueAt);
        QCOMPARE(c->doneAt, t(received));
        QVERIFY(c->statutory);
        QCOMPARE(c->basis, QStringLiteral("Reporting Measures Art. 4"));
        // The register's fact for Art. 40 says the same as the clock.
        QCOMPARE(i.operatorReportLate(), status == QLatin1String("done-late"));
        QCOMPARE(item(i, QStringLiteral("operator-report"), t(received).addDays(1)).status, status);
    }

    void onwardReportIsDueHalfAnHourAfterReceipt_data()
    {
        QTest::addColumn<QString>("received");
        QTest::addColumn<QString>("sent"); // empty: not yet sent
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("dueAt");
        QTest::addColumn<QString>("status");
        QTest::newRow("sent at 29 min") << "2026-11-26T10:00"
                                        << "2026-11-26T10:29"
                                        << "2026-11-26T12:00"
                                        << "2026-11-26T10:30+08:00"
                                        << "done-on-time";
        QTest::newRow("sent at 30 min: in time") << "2026-11-26T10:00"
                                                 << "2026-11-26T10:30"
                                                 << "2026-11-26T12:00"
                                                 << "2026-11-26T10:30+08:00"
                                                 << "done-on-time";
        QTest::newRow("sent at 31 min: late") << "2026-11-26T10:00"
                                              << "2026-11-26T10:31"
                                              << "2026-11-26T12:00"
                                              << "2026-11-26T10:30+08:00"
                                              << "done-late";
        QTest::newRow("open, 1 min left") << "2026-11-26T10:00"
                                          << ""
                                          << "2026-11-26T10:29"
                                          << "2026-11-26T10:30+08:00"
                                          << "due-soon";
        QTest::newRow("open, at the minute") << "2026-11-26T10:00"
                                             << ""
                                             << "2026-11-26T10:30"
                                             << "2026-11-26T10:30+08:00"
                                             << "due-soon";
        QTest::newRow("open, 1 min over") << "2026-11-26T10:00"
                                          << ""
                                          << "2026-11-26T10:31"
                                          << "2026-11-26T10:30+08:00"
                                          << "overdue";
        QTest::newRow("across midnight") << "2026-11-26T23:45"
                                         << "2026-11-27T00:14"
                                         << "2026-11-27T09:00"
                                         << "2026-11-27T00:15+08:00"
                                         << "done-on-time";
        QTest::newRow("across midnight, overdue") << "2026-11-26T23:45"
                                                  << ""
                                                  << "2026-11-27T00:16"
                                                  << "2026-11-27T00:15+08:00"
                                                  << "overdue";
        QTest::newRow("month end") << "2026-01-31T23:50"
                                   << "2026-02-01T00:21"
                                   << "2026-02-01T09:00"
                                   << "2026-02-01T00:20+08:00"
                                   << "done-late";
    }
    void onwardReportIsDueHalfAnHourAfterReceipt()
    {
        QFETCH(QString, received);
        QFETCH(QString, sent);
        QFETCH(QString, now);
        QFETCH(QString, dueAt);
        QFETCH(QString, status);
        Incident i = incident(QStringLiteral("major"), t(received).addSecs(-600), t(received));
        if (!sent.isEmpty())
            i.timeline << entry(QStringLiteral("onward-report"), QStringLiteral("sent"), t(sent));
        // A document issued is not a report sent: it closes nothing.
        i.timeline << entry(QStringLiteral("onward-report"), QStringLiteral("issued"),
                            t(received).addSecs(60));
        const QVector<DeadlineFacts::IncidentClock> clocks = IncidentClocks::of(i);
        const DeadlineFacts::IncidentClock *c = clock(clocks, QStringLiteral("onward-report"));
        QVERIFY(c);
        QCOMPARE(ChinaTime::iso(c->dueAt), dueAt);
        QCOMPARE(c->doneAt, sent.isEmpty() ? QDateTime() : t(sent));
        QVERIFY(c->statutory);
        QCOMPARE(item(i, QStringLiteral("onward-report"), t(now)).status, status);
    }

    // Art. 8 with Civil Code Art. 201: the 30 days start the day after handling ended (a China
    // day), so the nominal last day is that day + 30; Art. 203 moves it off a rest day.
    void summaryIsDueThirtyDaysAfterHandlingEnded_data()
    {
        QTest::addColumn<QString>("ended");
        QTest::addColumn<QDate>("due");
        QTest::newRow("ordinary") << "2026-11-10T18:00" << QDate(2026, 12, 10);
        QTest::newRow("just before midnight") << "2026-11-10T23:59" << QDate(2026, 12, 10);
        QTest::newRow("just after midnight") << "2026-11-11T00:00" << QDate(2026, 12, 11);
        // 00:30 China time is still the previous day in UTC: the China day counts.
        QTest::newRow("China day, not UTC day") << "2026-11-10T16:30Z" << QDate(2026, 12, 11);
        QTest::newRow("month end, short February") << "2026-01-31T10:00" << QDate(2026, 3, 2);
        QTest::newRow("month end, leap February") << "2028-01-31T10:00" << QDate(2028, 3, 1);
        QTest::newRow("into the next year") << "2026-12-15T10:00" << QDate(2027, 1, 14);
    }
    void summaryIsDueThirtyDaysAfterHandlingEnded()
    {
        QFETCH(QString, ended);
        QFETCH(QDate, due);
        Incident i = incident(QStringLiteral("large"), t(QStringLiteral("2026-01-01T08:00")),
                              t(QStringLiteral("2026-01-01T08:30")));
        i.handlingEnded = t(ended);
        i.status = QStringLiteral("closed");
        const QVector<DeadlineFacts::IncidentClock> clocks = IncidentClocks::of(i);
        const DeadlineFacts::IncidentClock *c = clock(clocks, QStringLiteral("summary-report"));
        QVERIFY(c);
        QCOMPARE(c->dueDate, due);
        QVERIFY(!c->dueAt.isValid());
        QVERIFY(c->statutory);
        QCOMPARE(c->basis, QStringLiteral("Reporting Measures Art. 8"));
        QCOMPARE(IncidentClocks::summaryDue(t(ended)), due);
    }

    // Received on the last day, on time; the day after, late (judged by the legal last day).
    void summaryDoneOnTheLastDayIsInTime_data()
    {
        QTest::addColumn<QString>("received");
        QTest::addColumn<QString>("status");
        QTest::newRow("on the 30th day, 23:59") << "2026-12-10T23:59"
                                                << "done-on-time";
        QTest::newRow("on the 31st day") << "2026-12-11T09:00"
                                         << "done-late";
        QTest::newRow("the 29th day") << "2026-12-09T09:00"
                                      << "done-on-time";
    }
    void summaryDoneOnTheLastDayIsInTime()
    {
        QFETCH(QString, received);
        QFETCH(QString, status);
        Incident i = incident(QStringLiteral("large"), t(QStringLiteral("2026-11-01T08:00")),
                              t(QStringLiteral("2026-11-01T08:30")));
        i.handlingEnded = t(QStringLiteral("2026-11-10T18:00")); // due 2026-12-10, a Thursday
        i.timeline << entry(QStringLiteral("summary-report"), QStringLiteral("received"),
                            t(received));
        const DeadlineItem it =
            item(i, QStringLiteral("summary-report"), t(QStringLiteral("2026-12-20T09:00")));
        QCOMPARE(it.due, QDate(2026, 12, 10));
        QCOMPARE(it.status, status);
    }

    void whichClocksEachGradeHas_data()
    {
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QStringList>("clocks");
        QTest::newRow("general: not reported") << "general" << QStringList{};
        QTest::newRow("large") << "large" << QStringList{"operator-report"};
        QTest::newRow("major") << "major" << QStringList{"operator-report", "onward-report"};
        QTest::newRow("especially major")
            << "especially-major" << QStringList{"operator-report", "onward-report"};
        // Not yet graded: the clocks of a reportable incident show until it is graded.
        QTest::newRow("ungraded") << "" << QStringList{"operator-report", "onward-report"};
    }
    void whichClocksEachGradeHas()
    {
        QFETCH(QString, grade);
        QFETCH(QStringList, clocks);
        const Incident i = incident(grade, t(QStringLiteral("2026-11-26T09:00")),
                                    t(QStringLiteral("2026-11-26T09:30")));
        QCOMPARE(names(IncidentClocks::of(i)), clocks);
    }

    void theDepartmentsGradeOverridesTheProposal()
    {
        Incident i = incident(QString(), t(QStringLiteral("2026-11-26T09:00")),
                              t(QStringLiteral("2026-11-26T09:30")));
        i.proposedGrade = QStringLiteral("major");
        QVERIFY(clock(IncidentClocks::of(i), QStringLiteral("onward-report")));
        i.decidedGrade = QStringLiteral("large");
        QVERIFY(!clock(IncidentClocks::of(i), QStringLiteral("onward-report")));
        i.decidedGrade = QStringLiteral("general");
        QVERIFY(IncidentClocks::of(i).isEmpty());
    }

    void followUpIsTheDepartmentsTargetAnsweredByAFollowUpReceivedSince()
    {
        Incident i = incident(QStringLiteral("large"), t(QStringLiteral("2026-11-26T09:00")),
                              t(QStringLiteral("2026-11-26T09:30")));
        i.timeline << entry(QStringLiteral("follow-up"), QStringLiteral("received"),
                            t(QStringLiteral("2026-11-26T11:00")));
        i.followUpRequested = t(QStringLiteral("2026-11-26T12:00"));
        i.followUpDue = t(QStringLiteral("2026-11-26T18:00"));
        QVector<DeadlineFacts::IncidentClock> clocks = IncidentClocks::of(i);
        const DeadlineFacts::IncidentClock *c = clock(clocks, QStringLiteral("follow-up"));
        QVERIFY(c);
        QVERIFY(!c->statutory);
        QCOMPARE(c->dueAt, t(QStringLiteral("2026-11-26T18:00")));
        QVERIFY(!c->doneAt.isValid()); // the follow-up before the request does not answer it
        i.timeline << entry(QStringLiteral("follow-up"), QStringLiteral("received"),
                            t(QStringLiteral("2026-11-26T17:00")));
        clocks = IncidentClocks::of(i);
        QCOMPARE(clock(clocks, QStringLiteral("follow-up"))->doneAt,
                 t(QStringLiteral("2026-11-26T17:00")));
        QCOMPARE(item(i, QStringLiteral("follow-up"), t(QStringLiteral("2026-11-27T09:00"))).status,
                 QStringLiteral("done-on-time"));
    }
};

QTEST_GUILESS_MAIN(TestIncidentClocks)
#include "tst_incidentclocks.moc"
