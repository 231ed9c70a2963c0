#include "io/deadlineexport.h"
#include "schedule/deadlineengine.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace cii;

// The deadline engine: Art. 11's three calendar months, completion on time and late, what
// counts as re-identification, and the iCalendar export read back.
class TestDeadlines : public QObject
{
    Q_OBJECT

private:
    // A change report on system 1 received on `received`, and one decided case of system 1.
    static DeadlineFacts reportWithCase(const QDate &received, const QDate &caseMade,
                                        const QDate &notified)
    {
        DeadlineFacts f;
        f.changeReports << DeadlineFacts::ChangeReport{
            7,   QStringLiteral("运营者"),   QStringLiteral("energy"), received,
            {1}, QStringLiteral("migration")};
        DeadlineFacts::DecidedCase c;
        c.caseId = 3;
        c.systemId = 1;
        c.systemName = QStringLiteral("调度系统");
        c.created = caseMade;
        c.decided = caseMade;
        c.decision = QStringLiteral("cii");
        c.operatorNotified = notified;
        c.mpsNotified = notified;
        c.newestDecision = true;
        f.decidedCases << c;
        return f;
    }
    static DeadlineItem only(const QVector<DeadlineItem> &items, const QString &kind)
    {
        for (const DeadlineItem &i : items) {
            if (i.kind == kind)
                return i;
        }
        return {};
    }

    // RFC 5545 content lines back: unfolded, as (name with parameters, value).
    static QVector<QPair<QString, QString>> parseIcs(const QByteArray &bytes)
    {
        QVector<QPair<QString, QString>> out;
        const QString text = QString::fromUtf8(bytes);
        QStringList lines;
        for (const QString &physical : text.split(QStringLiteral("\r\n"))) {
            if (physical.startsWith(QLatin1Char(' ')) && !lines.isEmpty())
                lines.last() += physical.mid(1);
            else if (!physical.isEmpty())
                lines << physical;
        }
        for (const QString &l : lines) {
            const qsizetype colon = l.indexOf(QLatin1Char(':'));
            out << qMakePair(l.left(colon), l.mid(colon + 1));
        }
        return out;
    }
    static QString unescape(QString v)
    {
        v.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        v.replace(QStringLiteral("\\,"), QStringLiteral(","));
        v.replace(QStringLiteral("\\;"), QStringLiteral(";"));
        v.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        return v;
    }

private slots:
    void threeCalendarMonthsNotNinetyDays_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("due");
        QTest::newRow("mid-month") << QDate(2026, 1, 15) << QDate(2026, 4, 15);
        QTest::newRow("31 March → 30 June") << QDate(2026, 3, 31) << QDate(2026, 6, 30);
        QTest::newRow("31 May → 31 August") << QDate(2026, 5, 31) << QDate(2026, 8, 31);
        QTest::newRow("30 Nov → 28 Feb") << QDate(2026, 11, 30) << QDate(2027, 2, 28);
        QTest::newRow("29 Nov → 28 Feb") << QDate(2026, 11, 29) << QDate(2027, 2, 28);
        QTest::newRow("30 Nov → 29 Feb, leap year") << QDate(2027, 11, 30) << QDate(2028, 2, 29);
        QTest::newRow("29 Nov → 29 Feb, leap year") << QDate(2023, 11, 29) << QDate(2024, 2, 29);
        QTest::newRow("31 Dec → 31 March") << QDate(2026, 12, 31) << QDate(2027, 3, 31);
        QTest::newRow("29 Feb → 29 May") << QDate(2028, 2, 29) << QDate(2028, 5, 29);
        QTest::newRow("1 Oct → 1 Jan next year") << QDate(2026, 10, 1) << QDate(2027, 1, 1);
    }
    void threeCalendarMonthsNotNinetyDays()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, due);
        QCOMPARE(DeadlineEngine::reidentificationDue(received), due);
    }

    void completionOnTheDueDayIsOnTimeADayLaterIsLate_data()
    {
        QTest::addColumn<QDate>("notified");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("days");
        // Due Sunday 28 February 2027; with no 2027 calendar the last day is Monday 1 March.
        QTest::newRow("well before") << QDate(2026, 12, 1) << QStringLiteral("done-on-time") << -90;
        QTest::newRow("on the due day")
            << QDate(2027, 2, 28) << QStringLiteral("done-on-time") << -1;
        QTest::newRow("on the last day")
            << QDate(2027, 3, 1) << QStringLiteral("done-on-time") << 0;
        QTest::newRow("a day after the last day")
            << QDate(2027, 3, 2) << QStringLiteral("done-late") << 1;
    }
    void completionOnTheDueDayIsOnTimeADayLaterIsLate()
    {
        QFETCH(QDate, notified);
        QFETCH(QString, status);
        QFETCH(int, days);
        const DeadlineFacts f = reportWithCase(QDate(2026, 11, 30), QDate(2026, 12, 1), notified);
        const DeadlineItem item =
            only(DeadlineEngine::items(f, QDate(2027, 6, 1)), QStringLiteral("reidentification"));
        QCOMPARE(item.due, QDate(2027, 2, 28));
        QCOMPARE(item.lastDay, QDate(2027, 3, 1));
        QVERIFY(item.calendarMissing);
        QCOMPARE(item.basis, QStringLiteral("Art. 11"));
        QVERIFY(item.statutory);
        QCOMPARE(item.done, notified);
        QCOMPARE(item.status, status);
        QCOMPARE(item.days, days);
    }

    void aCaseMadeBeforeTheReportDoesNotCount()
    {
        const DeadlineFacts f =
            reportWithCase(QDate(2026, 11, 30), QDate(2026, 11, 29), QDate(2026, 12, 1));
        const DeadlineItem item =
            only(DeadlineEngine::items(f, QDate(2027, 3, 2)), QStringLiteral("reidentification"));
        QVERIFY(!item.done.isValid());
        QCOMPARE(item.status, QStringLiteral("overdue"));
        QCOMPARE(item.days, -1);
    }

    void aCaseMadeOnTheDayOfTheReportCounts()
    {
        const DeadlineFacts f =
            reportWithCase(QDate(2026, 11, 30), QDate(2026, 11, 30), QDate(2026, 12, 2));
        const DeadlineItem item =
            only(DeadlineEngine::items(f, QDate(2026, 12, 5)), QStringLiteral("reidentification"));
        QCOMPARE(item.done, QDate(2026, 12, 2));
    }

    void reidentificationNeedsBothNotifications()
    {
        DeadlineFacts f = reportWithCase(QDate(2026, 11, 30), QDate(2026, 12, 1), QDate());
        f.decidedCases[0].operatorNotified = QDate(2026, 12, 2);
        const QVector<DeadlineItem> items = DeadlineEngine::items(f, QDate(2027, 2, 20));
        const DeadlineItem item = only(items, QStringLiteral("reidentification"));
        QVERIFY(!item.done.isValid());
        QCOMPARE(item.status, QStringLiteral("due-soon")); // 9 days to the last day (1 March)
        QCOMPARE(item.days, 9);
        // The case's own notification target is overdue: 30 days after the decision. It is the
        // department's target (Art. 10 says 及时), never a statutory deadline.
        const DeadlineItem n = only(items, QStringLiteral("notification"));
        QCOMPARE(n.due, QDate(2026, 12, 31));
        QCOMPARE(n.status, QStringLiteral("overdue"));
        QCOMPARE(n.basis, QStringLiteral("Art. 10"));
        QVERIFY(!n.statutory);
        QVERIFY(n.subject.startsWith(QStringLiteral("Target")));
    }

    void statusFollowsTheDaysLeft_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("status");
        // Due Wednesday 31 March 2027, a working day: the last day is the due day.
        QTest::newRow("15 days ahead") << QDate(2027, 3, 16) << QStringLiteral("open");
        QTest::newRow("14 days ahead") << QDate(2027, 3, 17) << QStringLiteral("due-soon");
        QTest::newRow("on the day") << QDate(2027, 3, 31) << QStringLiteral("due-soon");
        QTest::newRow("a day late") << QDate(2027, 4, 1) << QStringLiteral("overdue");
    }
    void statusFollowsTheDaysLeft()
    {
        QFETCH(QDate, today);
        QFETCH(QString, status);
        DeadlineItem item;
        item.due = QDate(2027, 3, 31);
        DeadlineEngine::settle(item, today, 14);
        QCOMPARE(item.status, status);
    }

    void anEventFlagsTheOperatorsCiiSystemsAndAnAssessmentIsDueEachYear()
    {
        DeadlineFacts f = reportWithCase(QDate(2025, 3, 1), QDate(2025, 3, 2), QDate(2025, 3, 3));
        f.decidedCases[0].operatorId = 5;
        f.events << DeadlineFacts::Event{9,
                                         5,
                                         QStringLiteral("运营者"),
                                         QStringLiteral("energy"),
                                         QStringLiteral("merger"),
                                         QDate(2026, 5, 1),
                                         QDate(2026, 7, 1),
                                         QDate()};
        f.assessments << DeadlineFacts::Assessment{1, 2025, QDate(2026, 1, 5)};
        // Identified in March 2025: the department counts identifications before July in.
        f.settings.assessmentSameYearBeforeMonth = 7;
        const QVector<DeadlineItem> items = DeadlineEngine::items(f, QDate(2026, 6, 1));
        const DeadlineItem event = only(items, QStringLiteral("event"));
        QVERIFY2(event.subject.contains(QStringLiteral("调度系统")), qPrintable(event.subject));
        QCOMPARE(event.status, QStringLiteral("open"));
        QVector<DeadlineItem> assessments;
        for (const DeadlineItem &i : items)
            if (i.kind == QLatin1String("assessment"))
                assessments << i;
        QCOMPARE(assessments.size(), 2); // 2025 and 2026
        QCOMPARE(assessments.at(0).due, QDate(2025, 12, 31));
        QCOMPARE(assessments.at(0).status, QStringLiteral("done-late"));
        QCOMPARE(assessments.at(0).days, 5);
        QCOMPARE(assessments.at(1).status, QStringLiteral("open"));
        // Sorted by due date.
        for (int i = 1; i < items.size(); ++i)
            QVERIFY(items.at(i - 1).due <= items.at(i).due);
    }

    void icsReadsBackWithStableUidsAndEscapedText()
    {
        DeadlineFacts f = reportWithCase(QDate(2026, 11, 30), QDate(2026, 12, 1), QDate());
        f.changeReports[0].operatorName =
            QStringLiteral("某某能源集团股份有限公司, 华东分公司; 第二数据中心\\备份");
        const QVector<DeadlineItem> items = DeadlineEngine::items(f, QDate(2026, 12, 10));
        const QByteArray first =
            DeadlineExport::ics(items, QDateTime(QDate(2026, 12, 10), QTime(8, 0), Qt::UTC));
        const QByteArray second =
            DeadlineExport::ics(items, QDateTime(QDate(2026, 12, 11), QTime(9, 0), Qt::UTC));
        for (const QByteArray &physical : first.split('\n'))
            QVERIFY2(physical.size() <= 76, physical.constData()); // 75 octets + CR
        QVERIFY(first.contains("\r\n"));
        QVERIFY(!QString::fromUtf8(first).contains(QChar::ReplacementCharacter));
        const auto lines = parseIcs(first);
        QCOMPARE(lines.first(), qMakePair(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR")));
        QCOMPARE(lines.last(), qMakePair(QStringLiteral("END"), QStringLiteral("VCALENDAR")));
        QStringList uids, starts, summaries;
        for (const auto &[name, value] : lines) {
            if (name == QLatin1String("UID"))
                uids << value;
            else if (name == QLatin1String("DTSTART;VALUE=DATE"))
                starts << value;
            else if (name == QLatin1String("SUMMARY"))
                summaries << unescape(value);
        }
        QCOMPARE(uids.size(), items.size());
        QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), uids.size());
        QStringList uidsAgain;
        for (const auto &[name, value] : parseIcs(second))
            if (name == QLatin1String("UID"))
                uidsAgain << value;
        QCOMPARE(uidsAgain, uids);
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(starts.at(i), items.at(i).lastDay.toString(QStringLiteral("yyyyMMdd")));
            QVERIFY(summaries.at(i).endsWith(items.at(i).subject));
        }
        QVERIFY(summaries.join(QLatin1Char('\n'))
                    .contains(QStringLiteral(
                        "某某能源集团股份有限公司, 华东分公司; 第二数据中心\\备份")));
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
