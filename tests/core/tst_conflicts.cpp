#include "schedule/conflictdetector.h"

#include <QTest>

using namespace cii;

// Art. 27: two inspections of one operator that overlap, come too close, or cover the same
// systems in the same quarter are reported, whichever departments lead them.
class TestConflicts : public QObject
{
    Q_OBJECT

private slots:
    void pairsAreJudgedByTheirWindows_data()
    {
        QTest::addColumn<QDate>("aStart");
        QTest::addColumn<QDate>("aEnd");
        QTest::addColumn<QDate>("bStart");
        QTest::addColumn<QDate>("bEnd");
        QTest::addColumn<qint64>("bOperator");
        QTest::addColumn<QVector<qint64>>("bSystems");
        QTest::addColumn<QString>("reason"); // empty: no conflict
        QTest::addColumn<int>("gap");
        const QDate d1(2026, 4, 1), d5(2026, 4, 5);
        const QVector<qint64> same{3}, other{9};
        QTest::newRow("overlap") << d1 << d5 << QDate(2026, 4, 3) << QDate(2026, 4, 8) << 1LL
                                 << other << "overlap" << -3;
        QTest::newRow("touching: b starts on a's last day")
            << d1 << d5 << d5 << QDate(2026, 4, 9) << 1LL << other << "overlap" << -1;
        QTest::newRow("back to back days") << d1 << d5 << QDate(2026, 4, 6) << QDate(2026, 4, 7)
                                           << 1LL << other << "too-close" << 0;
        QTest::newRow("gap just under the minimum")
            << d1 << d5 << QDate(2026, 5, 5) << QDate(2026, 5, 6) << 1LL << other << "too-close"
            << 29;
        QTest::newRow("gap exactly the minimum, other quarter")
            << QDate(2026, 5, 1) << QDate(2026, 5, 5) << QDate(2026, 7, 5) << QDate(2026, 7, 6)
            << 1LL << same << "" << 60;
        QTest::newRow("gap exactly the minimum, other systems")
            << d1 << d5 << QDate(2026, 5, 6) << QDate(2026, 5, 7) << 1LL << other << "" << 30;
        QTest::newRow("gap just over the minimum")
            << d1 << d5 << QDate(2026, 5, 7) << QDate(2026, 5, 8) << 1LL << other << "" << 31;
        QTest::newRow("same systems, same quarter")
            << d1 << d5 << QDate(2026, 6, 20) << QDate(2026, 6, 22) << 1LL << same << "same-scope"
            << 75;
        QTest::newRow("same systems, next quarter")
            << d1 << d5 << QDate(2026, 7, 20) << QDate(2026, 7, 22) << 1LL << same << "" << 105;
        QTest::newRow("different operators overlap")
            << d1 << d5 << QDate(2026, 4, 3) << QDate(2026, 4, 8) << 2LL << same << "" << 0;
    }
    void pairsAreJudgedByTheirWindows()
    {
        QFETCH(QDate, aStart);
        QFETCH(QDate, aEnd);
        QFETCH(QDate, bStart);
        QFETCH(QDate, bEnd);
        QFETCH(qint64, bOperator);
        QFETCH(QVector<qint64>, bSystems);
        QFETCH(QString, reason);
        QFETCH(int, gap);
        const QVector<InspectionWindow> windows = {{10, 1, aStart, aEnd, {1, 3}},
                                                   {20, bOperator, bStart, bEnd, bSystems}};
        const QVector<InspectionConflict> conflicts = ConflictDetector::detect(windows, 30);
        if (reason.isEmpty()) {
            QVERIFY(conflicts.isEmpty());
            return;
        }
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().a, 10);
        QCOMPARE(conflicts.first().b, 20);
        QCOMPARE(conflicts.first().reason, reason);
        QCOMPARE(conflicts.first().gapDays, gap);
    }

    void theMinimumGapIsConfigurable()
    {
        const QVector<InspectionWindow> windows = {
            {1, 1, QDate(2026, 4, 1), QDate(2026, 4, 5), {}},
            {2, 1, QDate(2026, 4, 16), QDate(2026, 4, 17), {}}};
        QCOMPARE(ConflictDetector::detect(windows, 30).size(), 1);
        QCOMPARE(ConflictDetector::detect(windows, 10).size(), 0);
    }

    void aLongInspectionConflictsWithEveryOneInsideIt()
    {
        const QVector<InspectionWindow> windows = {
            {1, 7, QDate(2026, 1, 1), QDate(2026, 12, 31), {}},
            {2, 7, QDate(2026, 3, 1), QDate(2026, 3, 2), {}},
            {3, 7, QDate(2026, 9, 1), QDate(2026, 9, 2), {}},
            {4, 8, QDate(2026, 9, 1), QDate(2026, 9, 2), {}}};
        const QVector<InspectionConflict> c = ConflictDetector::detect(windows, 30);
        QCOMPARE(c.size(), 2); // 1–2, 1–3 overlap; 2–3 far apart; 4 another operator
        QCOMPARE(c.at(0).b, 2);
        QCOMPARE(c.at(1).b, 3);
        QCOMPARE(c.at(0).reason, QStringLiteral("overlap"));
        QCOMPARE(c.at(1).reason, QStringLiteral("overlap"));
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
