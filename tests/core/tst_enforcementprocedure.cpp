// The legal order and dates of an enforcement case (Art. 39–42; Administrative Penalty Law
// Art. 44, 45, 63, 64, 85; Administrative Reconsideration Law Art. 20; Administrative
// Litigation Law Art. 46), at their edges, across the 2026 National Day holiday and month ends.
#include "domain/enforcementarticle.h"
#include "schedule/enforcementprocedure.h"

#include <QtTest>

using namespace cii;

namespace {

HolidayCalendar shippedCalendar()
{
    Result<QVector<CalendarDay>> days = HolidayCalendar::shipped();
    return days ? HolidayCalendar(days.value()) : HolidayCalendar();
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

EnforcementStep step(const QString &kind, const QDate &date)
{
    EnforcementStep s;
    s.kind = kind;
    s.date = date;
    return s;
}

// A case under `article` opened 2026-11-02, ordered that day to rectify by 2026-11-20.
EnforcementCase ordered(const QString &article = QStringLiteral("Art. 39(8)"))
{
    EnforcementCase c;
    c.id = 1;
    c.article = article;
    c.openedOn = d("2026-11-02");
    EnforcementStep o = step(QStringLiteral("order"), d("2026-11-02"));
    o.rectifyBy = d("2026-11-20");
    c.steps << o;
    return c;
}

EnforcementCase checked(bool rectified, bool harm = false,
                        const QString &article = QStringLiteral("Art. 39(8)"))
{
    EnforcementCase c = ordered(article);
    EnforcementStep s = step(QStringLiteral("check"), d("2026-11-23"));
    s.rectified = rectified;
    s.harm = harm;
    c.steps << s;
    return c;
}

// Advance notice served on `served` with the fines proposed.
EnforcementCase noticed(const QDate &served, qint64 fineOperator = 200000)
{
    EnforcementCase c = checked(false);
    EnforcementStep s = step(QStringLiteral("advance-notice"), served);
    s.fineOperator = fineOperator;
    c.steps << s;
    return c;
}

} // namespace

class TestEnforcementProcedure : public QObject
{
    Q_OBJECT

private slots:
    void catalogueHasEveryParagraphOfArticles39To42()
    {
        QStringList expected;
        for (int i = 1; i <= 10; ++i)
            expected << QStringLiteral("Art. 39(%1)").arg(i);
        expected << QStringLiteral("Art. 40") << QStringLiteral("Art. 41")
                 << QStringLiteral("Art. 42");
        QCOMPARE(EnforcementArticle::keys(), expected);
        for (const EnforcementArticle &a : EnforcementArticle::all()) {
            QVERIFY2(!a.textZh.isEmpty() && !a.textEn.isEmpty(), qPrintable(a.key));
            QVERIFY(!a.operatorFine.isEmpty() && !a.personFine.isEmpty());
        }
        QCOMPARE(EnforcementArticle::find(QStringLiteral("Art. 39(8)"))->citation(true),
                 QStringLiteral("第三十九条第（八）项"));
        QCOMPARE(EnforcementArticle::find(QStringLiteral("Art. 42"))->citation(true),
                 QStringLiteral("第四十二条"));
        QVERIFY(!EnforcementArticle::find(QStringLiteral("Art. 39(11)")));
        // Only Art. 39 and 40 give a warning with the order (Art. 42: 责令改正 alone).
        QVERIFY(EnforcementArticle::find(QStringLiteral("Art. 40"))->warning);
        QVERIFY(!EnforcementArticle::find(QStringLiteral("Art. 41"))->warning);
        QVERIFY(!EnforcementArticle::find(QStringLiteral("Art. 42"))->warning);
    }

    void fineRangesIncludeBothEnds_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<qint64>("purchase");
        QTest::addColumn<qint64>("fineOperator");
        QTest::addColumn<qint64>("finePerson");
        QTest::addColumn<bool>("allowed");
        // 10万元以上100万元以下; persons 1万元以上10万元以下 (以上/以下 include the number).
        QTest::newRow("39: 99,999 under")
            << "Art. 39(8)" << qint64(0) << qint64(99999) << qint64(0) << false;
        QTest::newRow("39: 100,000 at the floor")
            << "Art. 39(8)" << qint64(0) << qint64(100000) << qint64(0) << true;
        QTest::newRow("39: 1,000,000 at the ceiling")
            << "Art. 39(8)" << qint64(0) << qint64(1000000) << qint64(0) << true;
        QTest::newRow("39: 1,000,001 over")
            << "Art. 39(8)" << qint64(0) << qint64(1000001) << qint64(0) << false;
        QTest::newRow("39: person 9,999 under")
            << "Art. 39(8)" << qint64(0) << qint64(100000) << qint64(9999) << false;
        QTest::newRow("39: person 10,000")
            << "Art. 39(8)" << qint64(0) << qint64(100000) << qint64(10000) << true;
        QTest::newRow("39: person 100,000")
            << "Art. 39(8)" << qint64(0) << qint64(100000) << qint64(100000) << true;
        QTest::newRow("39: person 100,001 over")
            << "Art. 39(8)" << qint64(0) << qint64(100000) << qint64(100001) << false;
        // Art. 42: 5万元以上50万元以下.
        QTest::newRow("42: 49,999 under")
            << "Art. 42" << qint64(0) << qint64(49999) << qint64(0) << false;
        QTest::newRow("42: 50,000") << "Art. 42" << qint64(0) << qint64(50000) << qint64(0) << true;
        QTest::newRow("42: 500,000")
            << "Art. 42" << qint64(0) << qint64(500000) << qint64(0) << true;
        QTest::newRow("42: 500,001 over")
            << "Art. 42" << qint64(0) << qint64(500001) << qint64(0) << false;
        // Art. 41: 采购金额1倍以上10倍以下, here of 300,000 yuan.
        QTest::newRow("41: under once")
            << "Art. 41" << qint64(300000) << qint64(299999) << qint64(0) << false;
        QTest::newRow("41: once") << "Art. 41" << qint64(300000) << qint64(300000) << qint64(0)
                                  << true;
        QTest::newRow("41: ten times")
            << "Art. 41" << qint64(300000) << qint64(3000000) << qint64(0) << true;
        QTest::newRow("41: over ten times")
            << "Art. 41" << qint64(300000) << qint64(3000001) << qint64(0) << false;
    }

    void fineRangesIncludeBothEnds()
    {
        QFETCH(QString, article);
        QFETCH(qint64, purchase);
        QFETCH(qint64, fineOperator);
        QFETCH(qint64, finePerson);
        QFETCH(bool, allowed);
        EnforcementCase c =
            article == QLatin1String("Art. 41") ? ordered(article) : checked(false, false, article);
        c.purchaseAmount = purchase;
        if (finePerson)
            c.person = QStringLiteral("张三");
        EnforcementStep s = step(QStringLiteral("advance-notice"), d("2026-11-24"));
        s.fineOperator = fineOperator;
        s.finePerson = finePerson;
        const Status verdict = EnforcementProcedure::admits(c, s, shippedCalendar());
        QVERIFY2(verdict.ok() == allowed, qPrintable(verdict.error().message));
    }

    void hearingRequestIsFiveWorkingDays_data()
    {
        QTest::addColumn<QDate>("notified");
        QTest::addColumn<QDate>("due");
        // Mon 23 Nov: Tue–Fri, then Monday 30 Nov (over a weekend, at the month's end).
        QTest::newRow("over a weekend to the month end") << d("2026-11-23") << d("2026-11-30");
        // Wed 30 Sep: 1–7 Oct National Day, then Thu 8, Fri 9, Sat 10 (make-up working day),
        // Mon 12, Tue 13.
        QTest::newRow("across National Day") << d("2026-09-30") << d("2026-10-13");
        // Fri 18 Sep: Sun 20 Sep is a make-up working day and counts.
        QTest::newRow("a make-up Sunday counts") << d("2026-09-18") << d("2026-09-24");
        // 2027 is not in the shipped calendar: weekends alone.
        QTest::newRow("year without calendar") << d("2027-03-01") << d("2027-03-08");
    }

    void hearingRequestIsFiveWorkingDays()
    {
        QFETCH(QDate, notified);
        QFETCH(QDate, due);
        QCOMPARE(EnforcementProcedure::hearingRequestDue(notified, shippedCalendar()), due);
    }

    void remediesRunFromTheDecision_data()
    {
        QTest::addColumn<QDate>("served");
        QTest::addColumn<QDate>("reconsideration");
        QTest::addColumn<QDate>("litigation");
        QTest::newRow("ordinary") << d("2026-11-26") << d("2027-01-25") << d("2027-05-26");
        // Six months from 31 August: February has no 31st, its last day is the day.
        QTest::newRow("month end clamps") << d("2026-08-31") << d("2026-10-30") << d("2027-02-28");
        QTest::newRow("leap February") << d("2027-08-31") << d("2027-10-30") << d("2028-02-29");
        QTest::newRow("year end") << d("2026-12-31") << d("2027-03-01") << d("2027-06-30");
    }

    void remediesRunFromTheDecision()
    {
        QFETCH(QDate, served);
        QFETCH(QDate, reconsideration);
        QFETCH(QDate, litigation);
        QCOMPARE(EnforcementProcedure::reconsiderationDue(served), reconsideration);
        QCOMPARE(EnforcementProcedure::litigationDue(served), litigation);
    }

    void notRectifiedIsFoundOnlyAfterTheDayToRectifyBy_data()
    {
        QTest::addColumn<QDate>("checkedOn");
        QTest::addColumn<bool>("rectified");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("not rectified on the last day") << d("2026-11-20") << false << false;
        QTest::newRow("not rectified the day after") << d("2026-11-21") << false << true;
        QTest::newRow("rectified early") << d("2026-11-10") << true << true;
        QTest::newRow("before the order") << d("2026-11-01") << true << false;
    }

    void notRectifiedIsFoundOnlyAfterTheDayToRectifyBy()
    {
        QFETCH(QDate, checkedOn);
        QFETCH(bool, rectified);
        QFETCH(bool, allowed);
        EnforcementStep s = step(QStringLiteral("check"), checkedOn);
        s.rectified = rectified;
        QCOMPARE(EnforcementProcedure::admits(ordered(), s, shippedCalendar()).ok(), allowed);
    }

    void decisionWaitsForTheHearingWindow_data()
    {
        QTest::addColumn<QDate>("decidedOn");
        QTest::addColumn<bool>("heard");
        QTest::addColumn<bool>("allowed");
        // Notice served Wed 30 Sep 2026: the window runs to Tue 13 Oct.
        QTest::newRow("on the window's last day") << d("2026-10-13") << false << false;
        QTest::newRow("the day after") << d("2026-10-14") << false << true;
        QTest::newRow("inside the window after a hearing") << d("2026-10-12") << true << true;
    }

    void decisionWaitsForTheHearingWindow()
    {
        QFETCH(QDate, decidedOn);
        QFETCH(bool, heard);
        QFETCH(bool, allowed);
        EnforcementStep s = step(QStringLiteral("decision"), decidedOn);
        s.fineOperator = 200000;
        s.hearingHeld = heard;
        s.hearingOn = heard ? d("2026-10-09") : QDate();
        EnforcementCase c = noticed(d("2026-09-30"));
        // The check's date must not be after the notice's for this timeline.
        c.steps[0].date = d("2026-09-01");
        c.steps[0].rectifyBy = d("2026-09-10");
        c.steps[1].date = d("2026-09-11");
        const Status verdict = EnforcementProcedure::admits(c, s, shippedCalendar());
        QVERIFY2(verdict.ok() == allowed, qPrintable(verdict.error().message));
    }

    void stepsOnlyInTheLawsOrder_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("next");
        QTest::addColumn<bool>("allowed");
        // 0 opened, 1 ordered, 2 checked rectified, 3 checked not rectified, 4 noticed,
        // 5 Art. 41 ordered, 6 Art. 42 ordered, 7 checked rectified with harm
        QTest::newRow("advance notice before any check") << 1 << "advance-notice" << false;
        QTest::newRow("advance notice after not rectified") << 3 << "advance-notice" << true;
        QTest::newRow("advance notice after rectified") << 2 << "advance-notice" << false;
        QTest::newRow("advance notice after harm though rectified")
            << 7 << "advance-notice" << true;
        QTest::newRow("close after rectified") << 2 << "closed" << true;
        QTest::newRow("close after not rectified") << 3 << "closed" << false;
        QTest::newRow("decision without advance notice") << 3 << "decision" << false;
        QTest::newRow("second order") << 1 << "order" << false;
        QTest::newRow("art. 41 fines without a check") << 5 << "advance-notice" << true;
        QTest::newRow("close without order needs a reason") << 0 << "closed" << false;
        QTest::newRow("check before an order") << 0 << "check" << false;
    }

    void stepsOnlyInTheLawsOrder()
    {
        QFETCH(int, which);
        QFETCH(QString, next);
        QFETCH(bool, allowed);
        EnforcementCase c;
        switch (which) {
        case 0:
            c.article = QStringLiteral("Art. 39(1)");
            c.openedOn = d("2026-11-02");
            break;
        case 1:
            c = ordered();
            break;
        case 2:
            c = checked(true);
            break;
        case 3:
            c = checked(false);
            break;
        case 4:
            c = noticed(d("2026-11-24"));
            break;
        case 5:
            c = ordered(QStringLiteral("Art. 41"));
            c.purchaseAmount = 300000;
            break;
        case 6:
            c = ordered(QStringLiteral("Art. 42"));
            break;
        case 7:
            c = checked(true, true);
            break;
        }
        EnforcementStep s = step(next, d("2026-12-20"));
        s.rectifyBy = d("2026-12-31");
        s.fineOperator = which == 5 ? 300000 : 200000;
        s.rectified = true;
        const Status verdict = EnforcementProcedure::admits(c, s, shippedCalendar());
        QVERIFY2(verdict.ok() == allowed, qPrintable(verdict.error().message));
        if (allowed)
            QVERIFY(EnforcementProcedure::nextSteps(c).contains(next));
    }

    void harmIsNoGroundUnderArticle42()
    {
        EnforcementStep s = step(QStringLiteral("check"), d("2026-11-10"));
        s.rectified = true;
        s.harm = true;
        QVERIFY(!EnforcementProcedure::admits(ordered(QStringLiteral("Art. 42")), s,
                                              shippedCalendar()));
        QVERIFY(
            EnforcementProcedure::admits(ordered(QStringLiteral("Art. 40")), s, shippedCalendar()));
    }

    void decisionNeverHeavierThanTheAdvanceNotice()
    {
        EnforcementCase c = noticed(d("2026-11-24"), 200000);
        EnforcementStep s = step(QStringLiteral("decision"), d("2026-12-10"));
        s.fineOperator = 200001;
        const Status heavier = EnforcementProcedure::admits(c, s, shippedCalendar());
        QVERIFY(!heavier);
        QVERIFY(heavier.error().message.contains(QStringLiteral("APL Art. 45")));
        s.fineOperator = 150000;
        QVERIFY(EnforcementProcedure::admits(c, s, shippedCalendar()));
    }

    void personFinedOnlyWhenNamed()
    {
        EnforcementCase c = checked(false);
        EnforcementStep s = step(QStringLiteral("advance-notice"), d("2026-11-24"));
        s.fineOperator = 100000;
        s.finePerson = 10000;
        QVERIFY(!EnforcementProcedure::admits(c, s, shippedCalendar()));
        c.person = QStringLiteral("李四");
        QVERIFY(EnforcementProcedure::admits(c, s, shippedCalendar()));
        s.finePerson = 0; // named but not fined: the article fines the person too
        QVERIFY(!EnforcementProcedure::admits(c, s, shippedCalendar()));
    }

    void deadlinesOfACaseFromOrderToDecision()
    {
        const HolidayCalendar calendar = shippedCalendar();
        EnforcementCase c = ordered();
        QVector<EnforcementProcedure::Due> dues = EnforcementProcedure::deadlines(c, calendar);
        QCOMPARE(dues.size(), 1);
        QCOMPARE(dues[0].step, QStringLiteral("rectification"));
        QCOMPARE(dues[0].due, d("2026-11-20"));
        QVERIFY(!dues[0].statutory); // the department set the day
        QVERIFY(!dues[0].done.isValid());
        QCOMPARE(EnforcementProcedure::nextDue(c, calendar), d("2026-11-20"));

        c = noticed(d("2026-11-24"));
        EnforcementStep decision = step(QStringLiteral("decision"), d("2026-12-04"));
        decision.fineOperator = 200000;
        c.steps << decision;
        dues = EnforcementProcedure::deadlines(c, calendar);
        QCOMPARE(dues.size(), 4);
        QCOMPARE(dues[0].done, d("2026-11-23")); // checked
        QCOMPARE(dues[1].step, QStringLiteral("hearing-request"));
        QCOMPARE(dues[1].due, d("2026-12-01"));
        QVERIFY(dues[1].statutory);
        QCOMPARE(dues[1].basis, QStringLiteral("APL Art. 64"));
        QCOMPARE(dues[1].done, d("2026-12-01")); // the window ran out before the decision
        QCOMPARE(dues[2].step, QStringLiteral("reconsideration"));
        QCOMPARE(dues[2].due, d("2027-02-02"));
        QCOMPARE(dues[3].step, QStringLiteral("litigation"));
        QCOMPARE(dues[3].due, d("2027-06-04"));
        QCOMPARE(EnforcementProcedure::nextDue(c, calendar), d("2027-02-02"));
    }
};

QTEST_GUILESS_MAIN(TestEnforcementProcedure)
#include "tst_enforcementprocedure.moc"
