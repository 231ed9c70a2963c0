#include "io/deadlineexport.h"
#include "schedule/deadlineengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace cii;

namespace {

QString engineTr(const char *text)
{
    return QCoreApplication::translate("DeadlineEngine", text);
}

// The engine as it was before the compact list (issue 12): every item made in full, the
// cases by system in a hash of vectors. Kept as the oracle the compact list must agree with.
QVector<DeadlineItem> referenceItems(const DeadlineFacts &f, const QDate &today)
{
    QVector<DeadlineItem> out;
    const int soon = f.settings.dueSoonDays;
    const HolidayCalendar &calendar = f.calendar;

    // Decided cases by system, oldest first, for re-identification and assessments; the
    // systems whose decision in force is CII, for review after an operator's event.
    QHash<qint64, QVector<const DeadlineFacts::DecidedCase *>> casesBySystem;
    QHash<qint64, QStringList> ciiSystemsOfOperator;
    for (const DeadlineFacts::DecidedCase &c : f.decidedCases) {
        casesBySystem[c.systemId] << &c;
        if (c.newestDecision && c.decision == QLatin1String("cii")) {
            ciiSystemsOfOperator[c.operatorId] << c.systemName;
        }
    }

    // Art. 11: completed by a decided case made on or after the report's receipt, once the
    // operator and the MPS were both notified of it; done on the later notification.
    for (const DeadlineFacts::ChangeReport &r : f.changeReports) {
        DeadlineItem item;
        item.kind = QStringLiteral("reidentification");
        item.subjectType = QStringLiteral("change-report");
        item.subjectId = r.id;
        item.subject = engineTr("Re-identification after the change report of %1 (%2)")
                           .arg(r.operatorName, r.received.toString(Qt::ISODate));
        item.sector = r.sector;
        item.due = DeadlineEngine::reidentificationDue(r.received);
        // The three months cover the decision and both notifications (Art. 11's 完成重新认定,
        // 将认定结果通知运营者，并通报国务院公安部门): done when the later one is recorded.
        item.basis = QStringLiteral("Art. 11");
        item.statutory = true;
        QDate done;
        bool complete = !r.systems.isEmpty();
        for (qint64 system : r.systems) {
            QDate systemDone;
            for (const DeadlineFacts::DecidedCase *c : casesBySystem.value(system)) {
                if (c->created < r.received || !c->operatorNotified.isValid() ||
                    !c->mpsNotified.isValid())
                    continue;
                const QDate notified = std::max(c->operatorNotified, c->mpsNotified);
                if (!systemDone.isValid() || notified < systemDone)
                    systemDone = notified;
            }
            if (!systemDone.isValid()) {
                complete = false;
                break;
            }
            done = std::max(done, systemDone);
        }
        if (complete)
            item.done = done;
        DeadlineEngine::settle(item, today, soon, calendar);
        out << item;
    }

    // Art. 10: each decided case's notifications. The article says 及时 (promptly) and fixes
    // no date: the configured days are the department's own target, never a legal deadline.
    for (const DeadlineFacts::DecidedCase &c : f.decidedCases) {
        DeadlineItem item;
        item.kind = QStringLiteral("notification");
        item.subjectType = QStringLiteral("case");
        item.subjectId = c.caseId;
        item.systemId = c.systemId;
        item.subject = engineTr("Target: notify the operator and the MPS of case %1 (%2)")
                           .arg(c.caseId)
                           .arg(c.systemName);
        item.sector = c.sector;
        item.basis = QStringLiteral("Art. 10");
        item.statutory = false;
        item.due = c.decided.addDays(f.settings.notificationDays);
        if (c.operatorNotified.isValid() && c.mpsNotified.isValid())
            item.done = std::max(c.operatorNotified, c.mpsNotified);
        DeadlineEngine::settle(item, today, soon, calendar);
        out << item;
    }

    // Art. 17: at least one assessment a year while the system is CII (每年至少进行一次).
    // The year's end is the law's own limit; an earlier configured day is a target.
    QHash<QPair<qint64, int>, QDate> received;
    for (const DeadlineFacts::Assessment &a : f.assessments)
        received.insert({a.systemId, a.year}, a.received);
    const bool yearEnd = f.settings.assessmentMonth == 12 && f.settings.assessmentDay == 31;
    QVector<qint64> systemsInOrder;
    for (const DeadlineFacts::DecidedCase &c : f.decidedCases)
        if (c.newestDecision)
            systemsInOrder << c.systemId;
    for (qint64 systemId : systemsInOrder) {
        const QVector<const DeadlineFacts::DecidedCase *> &history = casesBySystem[systemId];
        const DeadlineFacts::DecidedCase &c = *history.constLast();
        for (int year : DeadlineEngine::assessmentYears(history, f.settings, today)) {
            DeadlineItem item;
            item.kind = QStringLiteral("assessment");
            item.subjectType = QStringLiteral("system");
            item.subjectId = c.systemId;
            item.systemId = c.systemId;
            item.subject = engineTr("Annual risk assessment %1 of %2").arg(year).arg(c.systemName);
            item.sector = c.sector;
            item.basis = QStringLiteral("Art. 17");
            item.statutory = yearEnd;
            item.due = DeadlineEngine::assessmentDue(year, f.settings);
            item.done = received.value({c.systemId, year});
            DeadlineEngine::settle(item, today, soon, calendar);
            out << item;
        }
    }

    // Art. 18, 21: incidents, threats, mergers, separations, dissolutions: a follow-up each.
    for (const DeadlineFacts::Event &e : f.events) {
        DeadlineItem item;
        item.kind = QStringLiteral("event");
        item.subjectType = QStringLiteral("event");
        item.subjectId = e.id;
        item.subject = engineTr("Follow up the %1 reported by %2 (%3)")
                           .arg(DeadlineEngine::eventKindName(e.kind), e.operatorName,
                                e.occurred.toString(Qt::ISODate));
        // The event flags the operator's CII systems for review.
        const QStringList review = ciiSystemsOfOperator.value(e.operatorId);
        if (!review.isEmpty())
            item.subject +=
                engineTr(" — review the CII systems: %1").arg(review.join(QStringLiteral(", ")));
        item.sector = e.sector;
        // Art. 18 incidents and threats, Art. 21 mergers, separations, dissolutions: the
        // follow-up date is the department's.
        item.basis = e.kind == QLatin1String("incident") || e.kind == QLatin1String("threat")
                         ? QStringLiteral("Art. 18")
                         : QStringLiteral("Art. 21");
        item.statutory = false;
        item.due = e.followUpDue;
        item.done = e.closed;
        DeadlineEngine::settle(item, today, soon, calendar);
        out << item;
    }

    // Art. 26: rectification of what inspections found, by the deadline set.
    for (const DeadlineFacts::Finding &fi : f.findings) {
        DeadlineItem item;
        item.kind = QStringLiteral("rectification");
        item.subjectType = QStringLiteral("finding");
        item.subjectId = fi.id;
        item.subject = engineTr("Rectification of finding %1 (inspection %2, %3)")
                           .arg(fi.id)
                           .arg(fi.inspectionId)
                           .arg(fi.operatorName);
        item.sector = fi.sector;
        item.basis = QStringLiteral("Art. 26");
        item.statutory = false; // the inspecting department set the rectification deadline
        item.due = fi.due;
        item.done = fi.fixed;
        DeadlineEngine::settle(item, today, soon, calendar);
        out << item;
    }

    std::stable_sort(out.begin(), out.end(), [](const DeadlineItem &a, const DeadlineItem &b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.subjectId < b.subjectId;
    });
    return out;
}

} // namespace

// The compact deadline list at scale: on thousands of generated systems with decision
// histories, change reports, events, assessments and findings it makes exactly the items the
// straightforward engine made, its summary counts what the items say, and the CLI's streamed
// JSON is QJsonDocument's byte for byte.
class TestDeadlineList : public QObject
{
    Q_OBJECT

private:
    static DeadlineFacts generated(int systems, quint32 seed)
    {
        QRandomGenerator rng(seed);
        DeadlineFacts f;
        f.calendar = HolidayCalendar(HolidayCalendar::shipped().value());
        const QStringList sectors = {QStringLiteral("energy"), QStringLiteral("finance"),
                                     QStringLiteral("telecom"), QStringLiteral("water")};
        const QDate start(2023, 1, 1);
        qint64 caseId = 0;
        QVector<DeadlineFacts::DecidedCase> cases;
        for (int s = 1; s <= systems; ++s) {
            const qint64 operatorId = 1 + s / 7;
            // One to three decisions per system, oldest first, CII or not.
            const int decisions = 1 + int(rng.bounded(3));
            QDate on = start.addDays(rng.bounded(900));
            for (int d = 0; d < decisions; ++d) {
                DeadlineFacts::DecidedCase c;
                c.caseId = ++caseId;
                c.systemId = s;
                c.operatorId = operatorId;
                c.systemName = QStringLiteral("系统 %1 \"%2\"").arg(s).arg(d);
                c.sector = sectors.at(int(operatorId % sectors.size()));
                c.created = on.addDays(-int(rng.bounded(5)));
                c.decided = on;
                c.decision =
                    rng.bounded(4) == 0 ? QStringLiteral("not-cii") : QStringLiteral("cii");
                if (rng.bounded(3) > 0)
                    c.operatorNotified = on.addDays(rng.bounded(60));
                if (rng.bounded(2) > 0)
                    c.mpsNotified = on.addDays(rng.bounded(60));
                c.newestDecision = d == decisions - 1;
                cases << c;
                on = on.addDays(30 + rng.bounded(400));
            }
        }
        // The repository orders them by case id; shuffle systems' cases among each other the
        // way interleaved decisions would, keeping each system's own order.
        std::stable_sort(cases.begin(), cases.end(),
                         [](const auto &a, const auto &b) { return a.decided < b.decided; });
        f.decidedCases = cases;
        for (int r = 1; r <= systems / 20; ++r) {
            DeadlineFacts::ChangeReport report;
            report.id = r;
            report.operatorName = QStringLiteral("运营者 %1").arg(r);
            report.sector = sectors.at(r % sectors.size());
            report.received = start.addDays(rng.bounded(1200));
            for (int k = 0, n = 1 + int(rng.bounded(3)); k < n; ++k)
                report.systems << 1 + rng.bounded(systems);
            report.description = QStringLiteral("change");
            f.changeReports << report;
        }
        for (int a = 0; a < systems / 4; ++a)
            f.assessments << DeadlineFacts::Assessment{1 + rng.bounded(systems),
                                                       2024 + int(rng.bounded(3)),
                                                       QDate(2025, 1, 1).addDays(rng.bounded(500))};
        const QStringList kinds = {QStringLiteral("incident"), QStringLiteral("threat"),
                                   QStringLiteral("merger"), QStringLiteral("dissolution")};
        for (int e = 1; e <= systems / 30; ++e) {
            const QDate occurred = start.addDays(rng.bounded(1200));
            f.events << DeadlineFacts::Event{e,
                                             1 + rng.bounded(systems / 7 + 1),
                                             QStringLiteral("运营者 %1").arg(e),
                                             sectors.at(e % sectors.size()),
                                             kinds.at(e % kinds.size()),
                                             occurred,
                                             occurred.addDays(rng.bounded(90)),
                                             rng.bounded(2) ? occurred.addDays(rng.bounded(120))
                                                            : QDate()};
        }
        for (int i = 1; i <= systems / 25; ++i) {
            const QDate due = start.addDays(rng.bounded(1300));
            f.findings << DeadlineFacts::Finding{i,
                                                 100 + i,
                                                 QStringLiteral("运营者 %1").arg(i),
                                                 sectors.at(i % sectors.size()),
                                                 QStringLiteral("high"),
                                                 due,
                                                 rng.bounded(2) ? due.addDays(-5) : QDate()};
        }
        return f;
    }

    static void compare(const DeadlineItem &a, const DeadlineItem &b, int at)
    {
        const QByteArray where = QByteArray::number(at);
        QVERIFY2(a.kind == b.kind, where);
        QVERIFY2(a.subject == b.subject, where);
        QVERIFY2(a.subjectType == b.subjectType, where);
        QVERIFY2(a.subjectId == b.subjectId, where);
        QVERIFY2(a.sector == b.sector, where);
        QVERIFY2(a.systemId == b.systemId, where);
        QVERIFY2(a.due == b.due, where);
        QVERIFY2(a.lastDay == b.lastDay, where);
        QVERIFY2(a.lastDayRestZh == b.lastDayRestZh, where);
        QVERIFY2(a.lastDayRestEn == b.lastDayRestEn, where);
        QVERIFY2(a.calendarMissing == b.calendarMissing, where);
        QVERIFY2(a.basis == b.basis, where);
        QVERIFY2(a.statutory == b.statutory, where);
        QVERIFY2(a.done == b.done, where);
        QVERIFY2(a.status == b.status, where);
        QVERIFY2(a.days == b.days, where);
    }

private slots:
    void compactListMakesTheItemsTheFullEngineMade_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("cutoff");
        QTest::newRow("mid 2025") << QDate(2025, 6, 1) << 0;
        QTest::newRow("end of 2026, same-year before July") << QDate(2026, 12, 1) << 7;
        QTest::newRow("2028, beyond the calendar") << QDate(2028, 1, 10) << 0;
    }
    void compactListMakesTheItemsTheFullEngineMade()
    {
        QFETCH(QDate, today);
        QFETCH(int, cutoff);
        DeadlineFacts f = generated(6000, 12);
        f.settings.assessmentSameYearBeforeMonth = cutoff;
        const QVector<DeadlineItem> expected = referenceItems(f, today);
        const QVector<DeadlineItem> items = DeadlineEngine::items(f, today);
        QVERIFY(expected.size() > 6000);
        QCOMPARE(items.size(), expected.size());
        for (int i = 0; i < items.size(); ++i) {
            compare(items.at(i), expected.at(i), i);
            if (QTest::currentTestFailed())
                return;
        }
        // Every kind the reference makes and every status is exercised (incident and
        // enforcement items, which it predates, are tst_deadlineclocks').
        QSet<QString> kinds, statuses;
        for (const DeadlineItem &i : items) {
            kinds << i.kind;
            statuses << i.status;
        }
        QCOMPARE(kinds.size(), DeadlineEngine::kinds().size() - 2);
        QVERIFY(statuses.size() >= 4);
    }

    void summaryCountsWhatTheItemsSay()
    {
        const DeadlineFacts f = generated(3000, 5);
        const QDate today(2026, 3, 2);
        const DeadlineSummary sum = DeadlineEngine::summary(f, today);
        QHash<QString, int> counted;
        const QVector<DeadlineItem> items = DeadlineEngine::items(f, today);
        for (const DeadlineItem &i : items)
            ++counted[i.status];
        QCOMPARE(sum.total, int(items.size()));
        QCOMPARE(sum.overdue, counted.value(QStringLiteral("overdue")));
        QCOMPARE(sum.dueSoon, counted.value(QStringLiteral("due-soon")));
        QCOMPARE(sum.open, counted.value(QStringLiteral("open")));
        QCOMPARE(sum.doneOnTime, counted.value(QStringLiteral("done-on-time")));
        QCOMPARE(sum.doneLate, counted.value(QStringLiteral("done-late")));
        QCOMPARE(sum.dueSoonDays, f.settings.dueSoonDays);
        QVERIFY(sum.overdue > 0 && sum.dueSoon > 0);
    }

    void streamedJsonIsQJsonDocumentsCompactForm_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("due");
        QTest::newRow("Chinese") << QStringLiteral("调度系统（一期）")
                                 << QStringLiteral("notification") << QDate(2026, 3, 3);
        QTest::newRow("quotes, backslash, controls")
            << QStringLiteral("a \"b\" \\ c\n\t\r\b\f\x01\x1f\x7f /") << QStringLiteral("event")
            << QDate(2026, 12, 31);
        QTest::newRow("emoji and lone surrogates")
            << (QStringLiteral("😀 x") + QChar(0xd800) + QStringLiteral("y") + QChar(0xdc00))
            << QStringLiteral("assessment") << QDate(2027, 1, 1);
        QTest::newRow("a kind arg() would read, no date")
            << QString() << QStringLiteral("odd %1 kind") << QDate();
        QTest::newRow("year beyond 9999")
            << QStringLiteral("x") << QStringLiteral("rectification") << QDate(12000, 1, 1);
        QTest::newRow("year before 1000")
            << QStringLiteral("x") << QStringLiteral("rectification") << QDate(999, 1, 1);
    }
    void streamedJsonIsQJsonDocumentsCompactForm()
    {
        QFETCH(QString, subject);
        QFETCH(QString, kind);
        QFETCH(QDate, due);
        DeadlineItem item;
        item.kind = kind;
        item.subject = subject;
        item.subjectType = QStringLiteral("case");
        item.subjectId = -42;
        item.sector = QStringLiteral("energy");
        item.due = due;
        item.lastDay = due.isValid() ? due.addDays(2) : QDate();
        item.basis = QStringLiteral("Art. 10");
        item.done = due.isValid() ? due.addDays(-1) : QDate();
        item.status = QStringLiteral("done-on-time");
        item.days = -3;
        item.calendarMissing = true;
        QByteArray streamed;
        item.appendJson(streamed);
        QCOMPARE(streamed, QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact));
    }

    void streamedJsonOfAGeneratedListIsByteForByteTheDocument()
    {
        const DeadlineFacts f = generated(800, 3);
        const QVector<DeadlineItem> items = DeadlineEngine::items(f, QDate(2026, 12, 1));
        QJsonArray array;
        QByteArray streamed;
        for (const DeadlineItem &i : items) {
            array.append(i.toJson());
            if (!streamed.isEmpty())
                streamed += ',';
            i.appendJson(streamed);
        }
        QCOMPARE(QByteArray('[' + streamed + ']'),
                 QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestDeadlineList)
#include "tst_deadlinelist.moc"
