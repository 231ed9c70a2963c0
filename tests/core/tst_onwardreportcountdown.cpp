#include "domain/chinatime.h"
#include "schedule/onwardreportalerts.h"
#include "schedule/onwardreportcountdown.h"

#include <QTest>

using namespace cii;

using Urgency = OnwardReportCountdown::Urgency;
using Stage = OnwardReportAlerts::Stage;
Q_DECLARE_METATYPE(OnwardReportCountdown::Urgency)

namespace {

// An onward report received at 09:22 China time: due at 09:52 (Reporting Measures Art. 4).
const QDateTime Due = ChinaTime::at(QDate(2026, 11, 26), QTime(9, 52));

OnwardReportDue clock(qint64 id, const QDateTime &due,
                      const QString &op = QStringLiteral("某电力公司"))
{
    OnwardReportDue d;
    d.incidentId = id;
    d.operatorName = op;
    d.dueAt = due;
    return d;
}

} // namespace

// The countdown banner and the tray message decide from the clocks and an injected "now":
// amber while more than 10 minutes are left, red in the last 10 minutes (the due instant
// included) and once overdue; minutes are rounded up so the shown figure and the colour agree.
class TestOnwardReportCountdown : public QObject
{
    Q_OBJECT

private slots:
    void urgencyAndMinutesAtAndAroundTheEdges_data()
    {
        QTest::addColumn<int>("secondsBeforeDue"); // negative: after the due instant
        QTest::addColumn<Urgency>("urgency");
        QTest::addColumn<qint64>("minutes");
        QTest::newRow("30 min left, just received") << 1800 << Urgency::Due << qint64(30);
        QTest::newRow("11 min left") << 660 << Urgency::Due << qint64(11);
        QTest::newRow("10 min 1 s left: still amber") << 601 << Urgency::Due << qint64(11);
        QTest::newRow("exactly 10 min left: red") << 600 << Urgency::Last << qint64(10);
        QTest::newRow("9 min 59 s left") << 599 << Urgency::Last << qint64(10);
        QTest::newRow("9 min left") << 540 << Urgency::Last << qint64(9);
        QTest::newRow("1 s left") << 1 << Urgency::Last << qint64(1);
        QTest::newRow("at the due instant: not yet overdue") << 0 << Urgency::Last << qint64(0);
        QTest::newRow("1 s past: overdue by 1 min") << -1 << Urgency::Overdue << qint64(1);
        QTest::newRow("4 min past") << -240 << Urgency::Overdue << qint64(4);
        QTest::newRow("4 min 1 s past") << -241 << Urgency::Overdue << qint64(5);
    }
    void urgencyAndMinutesAtAndAroundTheEdges()
    {
        QFETCH(int, secondsBeforeDue);
        QFETCH(Urgency, urgency);
        QFETCH(qint64, minutes);
        const QDateTime now = Due.addSecs(-secondsBeforeDue);
        const OnwardReportCountdown::State s = OnwardReportCountdown::at({clock(7, Due)}, now);
        QCOMPARE(s.urgency, urgency);
        QCOMPARE(s.minutes, minutes);
        QCOMPARE(s.soonest.incidentId, qint64(7));
        QCOMPARE(s.others, 0);
        QCOMPARE(OnwardReportCountdown::isRed(s.urgency), urgency != Urgency::Due);
    }

    void noOpenReportMeansNoBanner()
    {
        const OnwardReportCountdown::State s = OnwardReportCountdown::at({}, Due);
        QCOMPARE(s.urgency, Urgency::None);
        QCOMPARE(s.soonest.incidentId, qint64(0));
        // A clock without a due instant is not counted.
        QCOMPARE(OnwardReportCountdown::at({clock(3, QDateTime())}, Due).urgency, Urgency::None);
    }

    void severalCollapseToTheSoonestAndACount()
    {
        const QDateTime now = Due.addSecs(-20 * 60);
        const QVector<OnwardReportDue> open = {clock(4, Due.addSecs(15 * 60)), clock(9, Due),
                                               clock(2, Due.addSecs(25 * 60)),
                                               clock(5, QDateTime())};
        const OnwardReportCountdown::State s = OnwardReportCountdown::at(open, now);
        QCOMPARE(s.soonest.incidentId, qint64(9));
        QCOMPARE(s.others, 2);
        QCOMPARE(s.minutes, qint64(20));
        // An overdue one is the soonest of all.
        const OnwardReportCountdown::State late = OnwardReportCountdown::at(
            open + QVector<OnwardReportDue>{clock(11, now.addSecs(-120))}, now);
        QCOMPARE(late.soonest.incidentId, qint64(11));
        QCOMPARE(late.urgency, Urgency::Overdue);
        QCOMPARE(late.minutes, qint64(2));
        QCOMPARE(late.others, 3);
        // Two due at once: the older incident first, whatever the order given.
        QCOMPARE(OnwardReportCountdown::at({clock(8, Due), clock(6, Due)}, now).soonest.incidentId,
                 qint64(6));
    }

    void crossesMidnightInChinaTime()
    {
        // Received 23:45 on 30 November China time (15:45 UTC): due 00:15 on 1 December.
        const QDateTime due = ChinaTime::at(QDate(2026, 12, 1), QTime(0, 15));
        const QDateTime now = ChinaTime::at(QDate(2026, 11, 30), QTime(23, 58));
        const OnwardReportCountdown::State s = OnwardReportCountdown::at({clock(1, due)}, now);
        QCOMPARE(s.minutes, qint64(17));
        QCOMPARE(s.urgency, Urgency::Due);
        QCOMPARE(OnwardReportCountdown::at({clock(1, due)}, due.addSecs(-9 * 60)).urgency,
                 Urgency::Last);
    }

    void trayTellsEachStageOnceWhileMinimised()
    {
        OnwardReportAlerts alerts;
        const QVector<OnwardReportDue> open = {clock(7, Due)};
        QVector<OnwardReportAlerts::Alert> a =
            alerts.update(open, Due.addSecs(-25 * 60), false, true);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().stage, Stage::Due);
        QCOMPARE(a.first().minutes, qint64(25));
        QCOMPARE(a.first().clock.incidentId, qint64(7));
        QVERIFY(alerts.update(open, Due.addSecs(-20 * 60), false, true).isEmpty());
        QVERIFY(alerts.update(open, Due.addSecs(-11 * 60), false, true).isEmpty());
        a = alerts.update(open, Due.addSecs(-9 * 60), false, true);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().stage, Stage::Last);
        QCOMPARE(a.first().minutes, qint64(9));
        QVERIFY(alerts.update(open, Due.addSecs(-5 * 60), false, true).isEmpty());
        a = alerts.update(open, Due.addSecs(60), false, true);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().stage, Stage::Overdue);
        QCOMPARE(a.first().minutes, qint64(1));
        QVERIFY(alerts.update(open, Due.addSecs(600), false, true).isEmpty());
    }

    void aStageSeenOnScreenIsNotToldLater()
    {
        OnwardReportAlerts alerts;
        const QVector<OnwardReportDue> open = {clock(7, Due)};
        // On screen the banner shows it; minimised afterwards, the same stage stays quiet…
        QVERIFY(alerts.update(open, Due.addSecs(-25 * 60), true, true).isEmpty());
        QVERIFY(alerts.update(open, Due.addSecs(-24 * 60), false, true).isEmpty());
        // …and the next stage is told.
        const QVector<OnwardReportAlerts::Alert> a =
            alerts.update(open, Due.addSecs(-10 * 60), false, true);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().stage, Stage::Last);
    }

    void aClockFirstSeenLateGetsOnlyItsLatestStage()
    {
        OnwardReportAlerts alerts;
        const QVector<OnwardReportAlerts::Alert> a =
            alerts.update({clock(7, Due)}, Due.addSecs(-3 * 60), false, true);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().stage, Stage::Last);
        QCOMPARE(a.first().minutes, qint64(3));
    }

    void withoutATrayNothingIsShownAndNothingIsSavedUp()
    {
        OnwardReportAlerts alerts;
        const QVector<OnwardReportDue> open = {clock(7, Due)};
        QVERIFY(alerts.update(open, Due.addSecs(-25 * 60), false, false).isEmpty());
        QVERIFY(alerts.update(open, Due.addSecs(-5 * 60), false, false).isEmpty());
        // A tray that appears later does not replay what was reached without it.
        QVERIFY(alerts.update(open, Due.addSecs(-4 * 60), false, true).isEmpty());
    }

    void eachClockIsToldOnItsOwn()
    {
        OnwardReportAlerts alerts;
        const QVector<OnwardReportDue> open = {clock(7, Due), clock(8, Due.addSecs(20 * 60))};
        const QVector<OnwardReportAlerts::Alert> a =
            alerts.update(open, Due.addSecs(-5 * 60), false, true);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).stage, Stage::Last);
        QCOMPARE(a.at(1).stage, Stage::Due);
        QCOMPARE(a.at(1).minutes, qint64(25));
    }

    void aSentReportIsForgottenAndAMovedClockStartsAgain()
    {
        OnwardReportAlerts alerts;
        QCOMPARE(alerts.update({clock(7, Due)}, Due.addSecs(-25 * 60), false, true).size(), 1);
        // Sent: the clock leaves the open list; were it open again (a new clock) it is told.
        QVERIFY(alerts.update({}, Due.addSecs(-24 * 60), false, true).isEmpty());
        QCOMPARE(alerts.update({clock(7, Due)}, Due.addSecs(-23 * 60), false, true).size(), 1);
        // The received time corrected: the due instant moves and the stages count anew.
        const QVector<OnwardReportAlerts::Alert> moved =
            alerts.update({clock(7, Due.addSecs(5 * 60))}, Due.addSecs(-22 * 60), false, true);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().stage, Stage::Due);
        QCOMPARE(moved.first().minutes, qint64(27));
    }
};

QTEST_GUILESS_MAIN(TestOnwardReportCountdown)
#include "tst_onwardreportcountdown.moc"
