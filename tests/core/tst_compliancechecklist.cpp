#include "domain/complianceduty.h"
#include "schedule/compliancechecklist.h"

#include <QTest>

using namespace cii;

Q_DECLARE_METATYPE(DutyStatus::State)

// The compliance checklist (Art. 13–17, 19–21): who has a profile, each way a duty is judged,
// at the edges of the dates that judge it.
class TestComplianceChecklist : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 Operator = 5;
    static constexpr qint64 System = 50;

    // Operator 5 with system 50 decided CII on `decided` (and a second operator, 6, whose
    // system's decision in force is not CII).
    static ComplianceFacts ciiOperator(const QDate &decided = QDate(2025, 3, 10))
    {
        ComplianceFacts f;
        f.operators << ComplianceFacts::Operator{Operator, QStringLiteral("91110000100000000A"),
                                                 QStringLiteral("某电力公司"),
                                                 QStringLiteral("energy")}
                    << ComplianceFacts::Operator{6, QStringLiteral("91110000100000001A"),
                                                 QStringLiteral("某水务公司"),
                                                 QStringLiteral("water")};
        DeadlineFacts::DecidedCase c;
        c.caseId = 1;
        c.systemId = System;
        c.operatorId = Operator;
        c.systemName = QStringLiteral("调度系统");
        c.sector = QStringLiteral("energy");
        c.created = c.decided = decided;
        c.decision = QStringLiteral("cii");
        c.newestDecision = true;
        f.deadlines.decidedCases << c;
        DeadlineFacts::DecidedCase earlier = c;
        earlier.caseId = 2;
        earlier.systemId = 60;
        earlier.operatorId = 6;
        earlier.newestDecision = false;
        DeadlineFacts::DecidedCase reversed = earlier;
        reversed.caseId = 3;
        reversed.decision = QStringLiteral("not-cii");
        reversed.newestDecision = true;
        f.deadlines.decidedCases << earlier << reversed;
        return f;
    }
    static ComplianceFact fact(qint64 id, const QString &duty, const QString &value,
                               const QDate &date, qint64 op = Operator)
    {
        ComplianceFact f;
        f.id = id;
        f.operatorId = op;
        f.duty = duty;
        f.value = value;
        f.evidenceDate = date;
        return f;
    }
    static DutyStatus judged(const ComplianceFacts &f, const QString &duty, const QDate &today)
    {
        const QVector<OperatorCompliance> list = ComplianceChecklist::evaluate(f, today);
        for (const OperatorCompliance &oc : list)
            if (oc.operatorId == Operator)
                if (const DutyStatus *s = oc.duty(duty))
                    return *s;
        return DutyStatus{QStringLiteral("absent"), {}, DutyStatus::Missing, {}, {}, false, {}, 0};
    }

private slots:
    void onlyOperatorsWithCiiInForceHaveAProfile()
    {
        ComplianceFacts f = ciiOperator();
        f.operators << ComplianceFacts::Operator{7, QStringLiteral("91110000100000002A"),
                                                 QStringLiteral("未认定公司"),
                                                 QStringLiteral("finance")};
        f.facts << fact(1, QStringLiteral("principal-person"), QStringLiteral("张三"),
                        QDate(2026, 1, 5), 6);
        const QVector<OperatorCompliance> list =
            ComplianceChecklist::evaluate(f, QDate(2026, 6, 1));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().operatorId, Operator);
        QCOMPARE(list.first().uscc, QStringLiteral("91110000100000000A"));
    }

    void everyDutyIsListedWithItsArticleInCatalogueOrder()
    {
        const QVector<OperatorCompliance> list =
            ComplianceChecklist::evaluate(ciiOperator(), QDate(2026, 6, 1));
        QCOMPARE(list.size(), 1);
        QStringList expected;
        for (const ComplianceDuty &d : ComplianceDuty::all())
            if (d.judgement != ComplianceDuty::Judgement::Reorganisation) // none on record
                expected << d.key;
        QStringList listed;
        for (const DutyStatus &s : list.first().duties) {
            listed << s.duty;
            QCOMPARE(s.article, ComplianceDuty::find(s.duty)->article);
        }
        QCOMPARE(listed, expected);
        QCOMPARE(list.first().duty(QStringLiteral("principal-person"))->article,
                 QStringLiteral("Art. 13"));
        QCOMPARE(list.first().duty(QStringLiteral("supplier-agreements"))->article,
                 QStringLiteral("Art. 20"));
    }

    void recordedDutyIsJudgedByTheNewestRecord_data()
    {
        QTest::addColumn<QString>("duty");
        QTest::addColumn<QStringList>("values"); // recorded in this order, one per day
        QTest::addColumn<DutyStatus::State>("state");
        QTest::addColumn<QDate>("date");
        const QDate first(2026, 2, 1);
        QTest::newRow("none: missing")
            << "principal-person" << QStringList() << DutyStatus::Missing << QDate();
        QTest::newRow("a name: evidenced")
            << "principal-person" << QStringList{"张三"} << DutyStatus::Evidenced << first;
        QTest::newRow("newest of two is in force")
            << "security-body-head" << QStringList{"李四", "王五"} << DutyStatus::Evidenced
            << first.addDays(1);
        QTest::newRow("yes: evidenced")
            << "trusted-procurement" << QStringList{"yes"} << DutyStatus::Evidenced << first;
        QTest::newRow("no: missing, dated")
            << "trusted-procurement" << QStringList{"no"} << DutyStatus::Missing << first;
        QTest::newRow("yes then no: missing") << "trusted-procurement" << QStringList{"yes", "no"}
                                              << DutyStatus::Missing << first.addDays(1);
        QTest::newRow("0 staff: missing")
            << "staffing" << QStringList{"0"} << DutyStatus::Missing << first;
        QTest::newRow("1 staff: evidenced")
            << "staffing" << QStringList{"1"} << DutyStatus::Evidenced << first;
        QTest::newRow("budget 0.01 yuan: evidenced")
            << "budget" << QStringList{"0.01"} << DutyStatus::Evidenced << first;
        QTest::newRow("budget 0: missing")
            << "budget" << QStringList{"0"} << DutyStatus::Missing << first;
    }
    void recordedDutyIsJudgedByTheNewestRecord()
    {
        QFETCH(QString, duty);
        QFETCH(QStringList, values);
        QFETCH(DutyStatus::State, state);
        QFETCH(QDate, date);
        ComplianceFacts f = ciiOperator();
        for (int i = 0; i < values.size(); ++i)
            f.facts << fact(10 + i, duty, values.at(i), QDate(2026, 2, 1).addDays(i));
        const DutyStatus s = judged(f, duty, QDate(2026, 6, 1));
        QCOMPARE(s.duty, duty);
        QCOMPARE(s.state, state);
        QCOMPARE(s.date, date);
        QCOMPARE(s.value, values.isEmpty() ? QString() : values.last());
    }

    // Art. 14 sets no period for a background check: the department's own, a target, and the
    // check is overdue only once the period has passed (the day after evidence + period).
    void renewedRecordIsOverdueTheDayAfterTheDepartmentsPeriod_data()
    {
        QTest::addColumn<QDate>("evidence");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<DutyStatus::State>("state");
        QTest::addColumn<QDate>("due");
        const QDate e(2023, 3, 31);
        QTest::newRow("36 months, the day before")
            << e << 36 << QDate(2026, 3, 30) << DutyStatus::Evidenced << QDate(2026, 3, 31);
        QTest::newRow("36 months, the last day")
            << e << 36 << QDate(2026, 3, 31) << DutyStatus::Evidenced << QDate(2026, 3, 31);
        QTest::newRow("36 months, the day after")
            << e << 36 << QDate(2026, 4, 1) << DutyStatus::Overdue << QDate(2026, 3, 31);
        QTest::newRow("31 Mar + 11 months clamps to 28 Feb, last day")
            << QDate(2026, 3, 31) << 11 << QDate(2027, 2, 28) << DutyStatus::Evidenced
            << QDate(2027, 2, 28);
        QTest::newRow("month end clamps, day after")
            << QDate(2026, 3, 31) << 11 << QDate(2027, 3, 1) << DutyStatus::Overdue
            << QDate(2027, 2, 28);
        QTest::newRow("leap day + 12 months, last day")
            << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28) << DutyStatus::Evidenced
            << QDate(2025, 2, 28);
        QTest::newRow("leap day + 12 months, day after")
            << QDate(2024, 2, 29) << 12 << QDate(2025, 3, 1) << DutyStatus::Overdue
            << QDate(2025, 2, 28);
        QTest::newRow("no period set: never overdue")
            << QDate(2010, 1, 1) << 0 << QDate(2026, 6, 1) << DutyStatus::Evidenced << QDate();
    }
    void renewedRecordIsOverdueTheDayAfterTheDepartmentsPeriod()
    {
        QFETCH(QDate, evidence);
        QFETCH(int, months);
        QFETCH(QDate, today);
        QFETCH(DutyStatus::State, state);
        QFETCH(QDate, due);
        ComplianceFacts f = ciiOperator();
        const QString duty = QStringLiteral("head-background-check");
        f.facts << fact(1, duty, QStringLiteral("yes"), evidence);
        if (months)
            f.periodMonths.insert(duty, months);
        const DutyStatus s = judged(f, duty, today);
        QCOMPARE(s.state, state);
        QCOMPARE(s.date, evidence);
        QCOMPARE(s.due, due);
        QCOMPARE(s.target, months > 0); // always the department's, never the law's
    }

    void aPeriodOfAnotherDutyDoesNotApply()
    {
        ComplianceFacts f = ciiOperator();
        f.facts << fact(1, QStringLiteral("key-staff-background-check"), QStringLiteral("12"),
                        QDate(2020, 1, 1));
        f.periodMonths.insert(QStringLiteral("head-background-check"), 12);
        QCOMPARE(judged(f, QStringLiteral("key-staff-background-check"), QDate(2026, 6, 1)).state,
                 DutyStatus::Evidenced);
    }

    // Art. 17 is the deadline engine's assessment items: decided CII in March 2025, the first
    // year required is 2026, due on 31 December (a Thursday), overdue from 1 January 2027.
    void annualAssessmentFollowsTheDeadlineItems_data()
    {
        QTest::addColumn<QVector<int>>("yearsReceived");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<DutyStatus::State>("state");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("due");
        QTest::newRow("first year not yet required")
            << QVector<int>() << QDate(2025, 12, 31) << DutyStatus::Missing << QDate() << QDate();
        QTest::newRow("one received before the first year is required")
            << QVector<int>{2025} << QDate(2026, 1, 5) << DutyStatus::Evidenced
            << QDate(2025, 11, 20) << QDate();
        QTest::newRow("first year open, its last day")
            << QVector<int>() << QDate(2026, 12, 31) << DutyStatus::Missing << QDate()
            << QDate(2026, 12, 31);
        QTest::newRow("first year, the day after: overdue")
            << QVector<int>() << QDate(2027, 1, 1) << DutyStatus::Overdue << QDate()
            << QDate(2026, 12, 31);
        QTest::newRow("first year received")
            << QVector<int>{2026} << QDate(2027, 1, 1) << DutyStatus::Evidenced
            << QDate(2026, 11, 20) << QDate();
        QTest::newRow("last year received, this year still open")
            << QVector<int>{2026} << QDate(2027, 6, 1) << DutyStatus::Evidenced
            << QDate(2026, 11, 20) << QDate();
        QTest::newRow("a missed year stays overdue after a later one")
            << QVector<int>{2027} << QDate(2028, 3, 1) << DutyStatus::Overdue << QDate(2027, 11, 20)
            << QDate(2026, 12, 31);
    }
    void annualAssessmentFollowsTheDeadlineItems()
    {
        QFETCH(QVector<int>, yearsReceived);
        QFETCH(QDate, today);
        QFETCH(DutyStatus::State, state);
        QFETCH(QDate, date);
        QFETCH(QDate, due);
        ComplianceFacts f = ciiOperator();
        for (int year : yearsReceived)
            f.deadlines.assessments << DeadlineFacts::Assessment{System, year, QDate(year, 11, 20)};
        const DutyStatus s = judged(f, QStringLiteral("annual-assessment"), today);
        QCOMPARE(s.state, state);
        QCOMPARE(s.date, date);
        QCOMPARE(s.due, due);
        QCOMPARE(s.article, QStringLiteral("Art. 17"));
    }

    void rectificationOfTheNewestAssessment_data()
    {
        QTest::addColumn<int>("findings");
        QTest::addColumn<QString>("rectification");
        QTest::addColumn<bool>("assessed");
        QTest::addColumn<DutyStatus::State>("state");
        QTest::newRow("no assessment") << 0 << QString() << false << DutyStatus::Missing;
        QTest::newRow("nothing found") << 0 << QString() << true << DutyStatus::Evidenced;
        QTest::newRow("found, none reported") << 3 << QString() << true << DutyStatus::Missing;
        QTest::newRow("found, blank reported") << 1 << "  " << true << DutyStatus::Missing;
        QTest::newRow("found and rectified")
            << 3 << "三项已于 11 月整改" << true << DutyStatus::Evidenced;
    }
    void rectificationOfTheNewestAssessment()
    {
        QFETCH(int, findings);
        QFETCH(QString, rectification);
        QFETCH(bool, assessed);
        QFETCH(DutyStatus::State, state);
        ComplianceFacts f = ciiOperator();
        // An older year with an unrectified finding does not count against the newest.
        f.assessments << ComplianceFacts::Assessment{System, 2025, QDate(2025, 12, 1), 5, {}};
        if (assessed)
            f.assessments << ComplianceFacts::Assessment{System, 2026, QDate(2026, 11, 20),
                                                         findings, rectification};
        else
            f.assessments.clear();
        const DutyStatus s = judged(f, QStringLiteral("rectification"), QDate(2026, 12, 1));
        QCOMPARE(s.state, state);
        QCOMPARE(s.date, state == DutyStatus::Evidenced ? QDate(2026, 11, 20) : QDate());
    }

    // Art. 21 binds when a merger, separation or dissolution happens; the follow-up date is the
    // department's (及时 fixes none).
    void reorganisationIsListedOnlyWhenOneIsOnRecord_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("closed");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("state"); // "absent" when not listed
        QTest::newRow("none on record") << "" << QDate() << QDate(2026, 6, 1) << "absent";
        QTest::newRow("an incident is not a reorganisation")
            << "incident" << QDate() << QDate(2026, 6, 1) << "absent";
        QTest::newRow("merger, follow-up not yet due")
            << "merger" << QDate() << QDate(2026, 5, 29) << "missing";
        QTest::newRow("merger, follow-up's last day")
            << "merger" << QDate() << QDate(2026, 6, 1) << "missing";
        QTest::newRow("merger, the day after")
            << "merger" << QDate() << QDate(2026, 6, 2) << "overdue";
        QTest::newRow("separation handled")
            << "separation" << QDate(2026, 5, 20) << QDate(2026, 9, 1) << "evidenced";
    }
    void reorganisationIsListedOnlyWhenOneIsOnRecord()
    {
        QFETCH(QString, kind);
        QFETCH(QDate, closed);
        QFETCH(QDate, today);
        QFETCH(QString, state);
        ComplianceFacts f = ciiOperator();
        if (!kind.isEmpty()) {
            DeadlineFacts::Event e;
            e.id = 9;
            e.operatorId = Operator;
            e.operatorName = QStringLiteral("某电力公司");
            e.kind = kind;
            e.occurred = QDate(2026, 5, 1);
            e.followUpDue = QDate(2026, 6, 1); // a Monday
            e.closed = closed;
            f.deadlines.events << e;
        }
        const DutyStatus s = judged(f, QStringLiteral("reorganisation"), today);
        QCOMPARE(s.duty == QLatin1String("absent") ? QStringLiteral("absent") : s.stateKey(),
                 state);
        if (state == QLatin1String("evidenced"))
            QCOMPARE(s.date, closed);
        if (state == QLatin1String("overdue"))
            QCOMPARE(s.due, QDate(2026, 6, 1));
    }

    void gapsCountMissingAndOverduePerDuty()
    {
        ComplianceFacts f = ciiOperator();
        // A second CII operator, 8: principal recorded; 5 has none.
        f.operators << ComplianceFacts::Operator{8, QStringLiteral("91110000100000003A"),
                                                 QStringLiteral("某燃气公司"),
                                                 QStringLiteral("energy")};
        DeadlineFacts::DecidedCase c = f.deadlines.decidedCases.first();
        c.caseId = 4;
        c.systemId = 80;
        c.operatorId = 8;
        f.deadlines.decidedCases << c;
        f.facts << fact(1, QStringLiteral("principal-person"), QStringLiteral("赵六"),
                        QDate(2026, 1, 1), 8)
                << fact(2, QStringLiteral("head-background-check"), QStringLiteral("yes"),
                        QDate(2020, 1, 1), 8);
        f.periodMonths.insert(QStringLiteral("head-background-check"), 36);
        const QVector<DutyGap> gaps =
            ComplianceChecklist::gapsByDuty(ComplianceChecklist::evaluate(f, QDate(2027, 2, 1)));
        QCOMPARE(gaps.size(), ComplianceDuty::all().size());
        auto gap = [&](const QString &key) {
            for (const DutyGap &g : gaps)
                if (g.duty == key)
                    return g;
            return DutyGap{};
        };
        QCOMPARE(gap(QStringLiteral("principal-person")).missing, 1);
        QCOMPARE(gap(QStringLiteral("principal-person")).overdue, 0);
        QCOMPARE(gap(QStringLiteral("head-background-check")).missing, 1);
        QCOMPARE(gap(QStringLiteral("head-background-check")).overdue, 1);
        QCOMPARE(gap(QStringLiteral("annual-assessment")).overdue, 2); // 2026 not received
        QCOMPARE(gap(QStringLiteral("reorganisation")).missing, 0);    // not listed at all
    }

    void valuesAreNormalisedOrRefused_data()
    {
        QTest::addColumn<QString>("duty");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("yes") << "trusted-procurement"
                             << " YES "
                             << "yes";
        QTest::newRow("是") << "trusted-procurement"
                            << "是"
                            << "yes";
        QTest::newRow("否") << "emergency-drill"
                            << "否"
                            << "no";
        QTest::newRow("maybe") << "emergency-drill"
                               << "maybe"
                               << "";
        QTest::newRow("count") << "staffing"
                               << "012"
                               << "12";
        QTest::newRow("negative count") << "staffing"
                                        << "-1"
                                        << "";
        QTest::newRow("fractional count") << "supplier-agreements"
                                          << "2.5"
                                          << "";
        QTest::newRow("amount with separators") << "budget"
                                                << "1,200,000"
                                                << "1200000";
        QTest::newRow("amount with fen") << "budget"
                                         << "1200000.5"
                                         << "1200000.50";
        QTest::newRow("amount .00") << "budget"
                                    << "300.00"
                                    << "300";
        QTest::newRow("amount with three decimals") << "budget"
                                                    << "1.005"
                                                    << "";
        QTest::newRow("person") << "principal-person"
                                << " 张三 "
                                << "张三";
        QTest::newRow("empty person") << "principal-person"
                                      << "  "
                                      << "";
        QTest::newRow("derived duty") << "annual-assessment"
                                      << "yes"
                                      << "";
    }
    void valuesAreNormalisedOrRefused()
    {
        QFETCH(QString, duty);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        const Result<QString> v = ComplianceDuty::find(duty)->normalised(typed);
        QCOMPARE(v.ok(), !stored.isEmpty());
        if (v)
            QCOMPARE(v.value(), stored);
        else
            QVERIFY(!v.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComplianceChecklist)
#include "tst_compliancechecklist.moc"
