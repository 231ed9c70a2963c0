#include "schedule/deadlineengine.h"
#include "schedule/holidaycalendar.h"

#include <QTest>

using namespace cii;

// Civil Code Art. 201–203 on the shipped 2025–2026 holiday calendar: a period's last day moves
// off weekends and statutory holidays, make-up working days on weekends are working days, a
// year the calendar lacks is judged by weekends and says so; and Art. 17's assessment years
// survive a re-identification.
class TestStatutoryPeriods : public QObject
{
    Q_OBJECT

    HolidayCalendar m_calendar;
    using Cases = QVector<DeadlineFacts::DecidedCase>;

    static DeadlineFacts::DecidedCase decision(qint64 id, const QDate &on, const char *outcome)
    {
        DeadlineFacts::DecidedCase c;
        c.caseId = id;
        c.systemId = 1;
        c.systemName = QStringLiteral("调度系统");
        c.created = on;
        c.decided = on;
        c.decision = QString::fromLatin1(outcome);
        return c;
    }
    static QVector<int> years(const QVector<DeadlineFacts::DecidedCase> &cases, int cutoff,
                              const QDate &today)
    {
        QVector<const DeadlineFacts::DecidedCase *> history;
        for (const DeadlineFacts::DecidedCase &c : cases)
            history << &c;
        DeadlineSettings s;
        s.assessmentSameYearBeforeMonth = cutoff;
        return DeadlineEngine::assessmentYears(history, s, today);
    }

private slots:
    void initTestCase()
    {
        Result<QVector<CalendarDay>> days = HolidayCalendar::shipped();
        QVERIFY2(days.ok(), qPrintable(days.error().message));
        m_calendar = HolidayCalendar(days.value());
        QVERIFY(m_calendar.covers(2025));
        QVERIFY(m_calendar.covers(2026));
        QVERIFY(!m_calendar.covers(2027)); // not confirmed: never assumed
    }

    void theLastDayMovesOffRestDays_data()
    {
        QTest::addColumn<QDate>("nominal");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QString>("restZh");
        QTest::addColumn<bool>("missing");
        const QString none;
        QTest::newRow("National Day, Thu 1 Oct → Thu 8 Oct")
            << QDate(2026, 10, 1) << QDate(2026, 10, 8) << QStringLiteral("国庆节") << false;
        QTest::newRow("last day of the block, Wed 7 Oct → 8 Oct")
            << QDate(2026, 10, 7) << QDate(2026, 10, 8) << QStringLiteral("国庆节") << false;
        QTest::newRow("first working day after, Thu 8 Oct stays")
            << QDate(2026, 10, 8) << QDate(2026, 10, 8) << none << false;
        QTest::newRow("make-up working Saturday 10 Oct stays")
            << QDate(2026, 10, 10) << QDate(2026, 10, 10) << none << false;
        QTest::newRow("make-up working Sunday 20 Sep stays")
            << QDate(2026, 9, 20) << QDate(2026, 9, 20) << none << false;
        QTest::newRow("ordinary Sunday 11 Oct → Mon 12 Oct")
            << QDate(2026, 10, 11) << QDate(2026, 10, 12) << QStringLiteral("周末") << false;
        QTest::newRow("ordinary Saturday 26 Dec → Mon 28 Dec")
            << QDate(2026, 12, 26) << QDate(2026, 12, 28) << QStringLiteral("周末") << false;
        QTest::newRow("Spring Festival, Sun 15 Feb → Tue 24 Feb")
            << QDate(2026, 2, 15) << QDate(2026, 2, 24) << QStringLiteral("春节") << false;
        QTest::newRow("make-up working Saturday 14 Feb stays")
            << QDate(2026, 2, 14) << QDate(2026, 2, 14) << none << false;
        QTest::newRow("make-up working Saturday 28 Feb stays")
            << QDate(2026, 2, 28) << QDate(2026, 2, 28) << none << false;
        QTest::newRow("New Year, Thu 1 Jan → make-up working Sunday 4 Jan")
            << QDate(2026, 1, 1) << QDate(2026, 1, 4) << QStringLiteral("元旦") << false;
        QTest::newRow("Qingming, Sat 4 Apr → Tue 7 Apr")
            << QDate(2026, 4, 4) << QDate(2026, 4, 7) << QStringLiteral("清明节") << false;
        QTest::newRow("Labour Day, Fri 1 May → Wed 6 May")
            << QDate(2026, 5, 1) << QDate(2026, 5, 6) << QStringLiteral("劳动节") << false;
        QTest::newRow("Dragon Boat, Fri 19 Jun → Mon 22 Jun")
            << QDate(2026, 6, 19) << QDate(2026, 6, 22) << QStringLiteral("端午节") << false;
        QTest::newRow("Mid-Autumn, Fri 25 Sep → Mon 28 Sep")
            << QDate(2026, 9, 25) << QDate(2026, 9, 28) << QStringLiteral("中秋节") << false;
        QTest::newRow("a working Thursday, 31 Dec 2026, stays")
            << QDate(2026, 12, 31) << QDate(2026, 12, 31) << none << false;
        QTest::newRow("2025: National Day & Mid-Autumn, 1 Oct → Thu 9 Oct")
            << QDate(2025, 10, 1) << QDate(2025, 10, 9) << QStringLiteral("国庆节、中秋节")
            << false;
        QTest::newRow("2027 lacks a calendar: Fri 1 Jan is judged a working day")
            << QDate(2027, 1, 1) << QDate(2027, 1, 1) << none << true;
        QTest::newRow("2027 lacks a calendar: Sat 2 Jan → Mon 4 Jan by weekends")
            << QDate(2027, 1, 2) << QDate(2027, 1, 4) << QStringLiteral("周末") << true;
    }
    void theLastDayMovesOffRestDays()
    {
        QFETCH(QDate, nominal);
        QFETCH(QDate, last);
        QFETCH(QString, restZh);
        QFETCH(bool, missing);
        const LastDay d = m_calendar.lastDay(nominal);
        QCOMPARE(d.date, last);
        QCOMPARE(d.restNameZh, restZh);
        QCOMPARE(d.calendarMissing, missing);
    }

    // Art. 11's three months (Art. 202: the corresponding day, clamped to the month's end),
    // then Art. 203 on the result.
    void threeMonthsThenTheRestDayRule_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<bool>("missing");
        QTest::newRow("1 Jul → 1 Oct (National Day) → 8 Oct")
            << QDate(2026, 7, 1) << QDate(2026, 10, 1) << QDate(2026, 10, 8) << false;
        QTest::newRow("31 Jul → clamped Sat 31 Oct → Mon 2 Nov")
            << QDate(2026, 7, 31) << QDate(2026, 10, 31) << QDate(2026, 11, 2) << false;
        QTest::newRow("30 Jun → Wed 30 Sep, a working day")
            << QDate(2026, 6, 30) << QDate(2026, 9, 30) << QDate(2026, 9, 30) << false;
        QTest::newRow("30 Nov → clamped Sun 28 Feb 2027, no 2027 calendar → Mon 1 Mar")
            << QDate(2026, 11, 30) << QDate(2027, 2, 28) << QDate(2027, 3, 1) << true;
        QTest::newRow("15 Nov 2025 → Sun 15 Feb 2026, Spring Festival → Tue 24 Feb")
            << QDate(2025, 11, 15) << QDate(2026, 2, 15) << QDate(2026, 2, 24) << false;
    }
    void threeMonthsThenTheRestDayRule()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, due);
        QFETCH(QDate, last);
        QFETCH(bool, missing);
        DeadlineFacts f;
        f.calendar = m_calendar;
        f.changeReports << DeadlineFacts::ChangeReport{
            7, QStringLiteral("运营者"), QStringLiteral("energy"), received, {1}, QString()};
        const QVector<DeadlineItem> items = DeadlineEngine::items(f, received);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).due, due);
        QCOMPARE(items.at(0).lastDay, last);
        QCOMPARE(items.at(0).calendarMissing, missing);
        QCOMPARE(items.at(0).basis, QStringLiteral("Art. 11"));
        QVERIFY(items.at(0).statutory);
    }

    // Status is judged against the last day, not the nominal one.
    void statusIsJudgedAgainstTheLastDay_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("done");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("days");
        QTest::newRow("open on the nominal day (holiday)")
            << QDate(2026, 10, 1) << QDate() << QStringLiteral("due-soon") << 7;
        QTest::newRow("still open on the last day")
            << QDate(2026, 10, 8) << QDate() << QStringLiteral("due-soon") << 0;
        QTest::newRow("overdue the day after the last day")
            << QDate(2026, 10, 9) << QDate() << QStringLiteral("overdue") << -1;
        QTest::newRow("done during the holiday, on time")
            << QDate(2026, 10, 20) << QDate(2026, 10, 5) << QStringLiteral("done-on-time") << -3;
        QTest::newRow("done on the last day, on time")
            << QDate(2026, 10, 20) << QDate(2026, 10, 8) << QStringLiteral("done-on-time") << 0;
        QTest::newRow("done on the make-up Saturday after, late")
            << QDate(2026, 10, 20) << QDate(2026, 10, 10) << QStringLiteral("done-late") << 2;
    }
    void statusIsJudgedAgainstTheLastDay()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, done);
        QFETCH(QString, status);
        QFETCH(int, days);
        DeadlineItem item;
        item.due = QDate(2026, 10, 1);
        item.done = done;
        DeadlineEngine::settle(item, today, 14, m_calendar);
        QCOMPARE(item.lastDay, QDate(2026, 10, 8));
        QCOMPARE(item.lastDayRestEn, QStringLiteral("National Day"));
        QCOMPARE(item.status, status);
        QCOMPARE(item.days, days);
        QVERIFY(DeadlineEngine::periodText(item).contains(
            QStringLiteral("due 2026-10-01, last day 2026-10-08 after National Day")));
    }

    void eachKindNamesItsBasisAndWhetherTheLawFixesTheDate()
    {
        DeadlineFacts f;
        f.calendar = m_calendar;
        f.changeReports << DeadlineFacts::ChangeReport{
            7, QStringLiteral("运营者"), QStringLiteral("energy"), QDate(2026, 3, 2), {1}, {}};
        DeadlineFacts::DecidedCase c = decision(3, QDate(2025, 3, 10), "cii");
        c.newestDecision = true;
        f.decidedCases << c;
        f.events << DeadlineFacts::Event{9,
                                         0,
                                         QStringLiteral("运营者"),
                                         QStringLiteral("energy"),
                                         QStringLiteral("incident"),
                                         QDate(2026, 5, 1),
                                         QDate(2026, 6, 1),
                                         QDate()};
        f.events << DeadlineFacts::Event{10,
                                         0,
                                         QStringLiteral("运营者"),
                                         QStringLiteral("energy"),
                                         QStringLiteral("merger"),
                                         QDate(2026, 5, 1),
                                         QDate(2026, 6, 1),
                                         QDate()};
        f.findings << DeadlineFacts::Finding{4,
                                             2,
                                             QStringLiteral("运营者"),
                                             QStringLiteral("energy"),
                                             QStringLiteral("high"),
                                             QDate(2026, 7, 1),
                                             QDate()};
        QHash<QString, QPair<QString, bool>> seen;
        for (const DeadlineItem &i : DeadlineEngine::items(f, QDate(2026, 12, 1)))
            seen.insert(i.kind + i.basis, {i.basis, i.statutory});
        QCOMPARE(seen.value(QStringLiteral("reidentificationArt. 11")).second, true);
        QCOMPARE(seen.value(QStringLiteral("assessmentArt. 17")).second,
                 true); // 31 Dec: the law's year
        QCOMPARE(seen.value(QStringLiteral("notificationArt. 10")).second, false);
        QVERIFY(seen.contains(QStringLiteral("eventArt. 18")));
        QVERIFY(seen.contains(QStringLiteral("eventArt. 21")));
        QCOMPARE(seen.value(QStringLiteral("rectificationArt. 26")).second, false);

        // An assessment day earlier than the year's end is the department's target.
        f.settings.assessmentMonth = 6;
        f.settings.assessmentDay = 30;
        for (const DeadlineItem &i : DeadlineEngine::items(f, QDate(2026, 12, 1)))
            if (i.kind == QLatin1String("assessment"))
                QVERIFY(!i.statutory);
    }

    void assessmentYearsSurviveAReidentification_data()
    {
        QTest::addColumn<QVector<DeadlineFacts::DecidedCase>>("cases");
        QTest::addColumn<int>("cutoff");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QVector<int>>("years");
        QTest::newRow("identified 2025: from the year after")
            << Cases{decision(1, QDate(2025, 3, 10), "cii")} << 0 << QDate(2027, 6, 1)
            << QVector<int>{2026, 2027};
        QTest::newRow("re-confirmed in 2027: 2026 stays")
            << Cases{decision(1, QDate(2025, 3, 10), "cii"), decision(2, QDate(2027, 2, 1), "cii")}
            << 0 << QDate(2027, 6, 1) << QVector<int>{2026, 2027};
        QTest::newRow("cut-off July: identified in March owes the same year")
            << Cases{decision(1, QDate(2026, 3, 10), "cii"), decision(2, QDate(2027, 2, 1), "cii")}
            << 7 << QDate(2027, 6, 1) << QVector<int>{2026, 2027};
        QTest::newRow("cut-off July: identified on 1 July owes from the year after")
            << Cases{decision(1, QDate(2026, 7, 1), "cii")} << 7 << QDate(2027, 6, 1)
            << QVector<int>{2027};
        QTest::newRow("cut-off July: identified on 30 June owes the same year")
            << Cases{decision(1, QDate(2026, 6, 30), "cii")} << 7 << QDate(2027, 6, 1)
            << QVector<int>{2026, 2027};
        QTest::newRow("not CII from mid-2026: 2026 is not owed, 2025 is")
            << Cases{decision(1, QDate(2024, 5, 1), "cii"),
                     decision(2, QDate(2026, 6, 1), "not-cii")}
            << 0 << QDate(2027, 6, 1) << QVector<int>{2025};
        QTest::newRow("not CII on 31 Dec 2026 itself: 2026 not owed")
            << Cases{decision(1, QDate(2024, 5, 1), "cii"),
                     decision(2, QDate(2026, 12, 31), "not-cii")}
            << 0 << QDate(2027, 6, 1) << QVector<int>{2025};
        QTest::newRow("not CII on 1 Jan 2027: 2026 owed")
            << Cases{decision(1, QDate(2024, 5, 1), "cii"),
                     decision(2, QDate(2027, 1, 1), "not-cii")}
            << 0 << QDate(2027, 6, 1) << QVector<int>{2025, 2026};
        QTest::newRow("CII, not CII, CII again: both periods count")
            << Cases{decision(1, QDate(2024, 5, 1), "cii"),
                     decision(2, QDate(2026, 6, 1), "not-cii"),
                     decision(3, QDate(2026, 9, 1), "cii")}
            << 0 << QDate(2028, 3, 1) << QVector<int>{2025, 2027, 2028};
        QTest::newRow("never CII: nothing owed") << Cases{decision(1, QDate(2024, 5, 1), "not-cii")}
                                                 << 0 << QDate(2027, 6, 1) << QVector<int>{};
        QTest::newRow("identified this year: nothing owed yet")
            << Cases{decision(1, QDate(2026, 11, 1), "cii")} << 0 << QDate(2026, 12, 1)
            << QVector<int>{};
    }
    void assessmentYearsSurviveAReidentification()
    {
        QFETCH(QVector<DeadlineFacts::DecidedCase>, cases);
        QFETCH(int, cutoff);
        QFETCH(QDate, today);
        QFETCH(QVector<int>, years);
        QCOMPARE(this->years(cases, cutoff, today), years);
    }

    // The bug this replaces: an overdue 2026 assessment vanished when the system was
    // re-confirmed in 2027.
    void anOverdueAssessmentStaysOverdueAfterReconfirmation()
    {
        DeadlineFacts f;
        f.calendar = m_calendar;
        f.settings.assessmentSameYearBeforeMonth = 7;
        f.decidedCases << decision(1, QDate(2026, 3, 10), "cii")
                       << decision(2, QDate(2027, 2, 1), "cii");
        f.decidedCases[1].newestDecision = true;
        QStringList overdue;
        for (const DeadlineItem &i : DeadlineEngine::items(f, QDate(2027, 3, 1)))
            if (i.kind == QLatin1String("assessment") && i.status == QLatin1String("overdue"))
                overdue << i.subject;
        QCOMPARE(overdue.size(), 1);
        QVERIFY2(overdue.at(0).contains(QStringLiteral("2026")), qPrintable(overdue.at(0)));
    }

    void aCalendarFileWithBadRowsIsRefusedWithRowAndColumn()
    {
        const QByteArray csv = "date,kind,name_zh,name_en,source_year\n"
                               "2027-01-01,holiday,元旦,New Year's Day,2027\n"
                               "2027-13-01,holiday,元旦,New Year's Day,2027\n"
                               "2027-01-04,workday,元旦,New Year's Day,2027\n"
                               "2027-01-09,rest,元旦,New Year's Day,2027\n"
                               "2027-01-01,holiday,元旦,New Year's Day,2027\n";
        Result<QVector<CalendarDay>> r = HolidayCalendar::parseCsv(csv);
        QVERIFY(!r.ok());
        const QStringList d = r.error().details;
        QCOMPARE(d.size(), 4);
        QVERIFY2(d.at(0).startsWith(QStringLiteral("row 3, column date")), qPrintable(d.at(0)));
        QVERIFY2(d.at(1).startsWith(QStringLiteral("row 4, column kind")), qPrintable(d.at(1)));
        QVERIFY2(d.at(1).contains(QStringLiteral("weekday")), qPrintable(d.at(1)));
        QVERIFY2(d.at(2).startsWith(QStringLiteral("row 5, column kind")), qPrintable(d.at(2)));
        QVERIFY2(d.at(3).startsWith(QStringLiteral("row 6, column date")), qPrintable(d.at(3)));
    }
};

QTEST_GUILESS_MAIN(TestStatutoryPeriods)
#include "tst_statutoryperiods.moc"
