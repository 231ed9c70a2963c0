#include "i18n/language.h"
#include "io/deadlineexport.h"
#include "io/icalendar.h"
#include "io/inspectiontransfer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace cii;

// The .ics exports read well in a calendar application: the calendar is named in the
// export's language and every event says what is due, under which article, for whom; an
// inspection ending on the last day a date can hold still exports four-digit years and
// reads back unchanged.
class TestCalendarExport : public QObject
{
    Q_OBJECT

    static DeadlineItem reidentification()
    {
        DeadlineItem it;
        it.kind = QStringLiteral("reidentification");
        it.subject = QStringLiteral("电力调度系统 — 华北电网有限公司");
        it.subjectType = QStringLiteral("change-report");
        it.subjectId = 7;
        it.due = QDate(2026, 11, 28);
        it.lastDay = QDate(2026, 11, 30);
        it.lastDayRestEn = QStringLiteral("the weekend");
        it.lastDayRestZh = QStringLiteral("周末");
        it.basis = QStringLiteral("Art. 11");
        it.statutory = true;
        it.status = QStringLiteral("due-soon");
        it.days = 5;
        return it;
    }
    static Inspection inspection(const QDate &start, const QDate &end)
    {
        Inspection i;
        i.id = 3;
        i.operatorId = 1;
        i.operatorName = QStringLiteral("华北电网有限公司");
        i.operatorUscc = QStringLiteral("91110000100011743X");
        i.start = start;
        i.end = end;
        i.team = QStringLiteral("检查一组");
        i.notes = QStringLiteral("带齐授权书");
        return i;
    }
    static QMap<QString, QString> onlyEvent(const QByteArray &ics)
    {
        const Result<QVector<ICalendar::Event>> events = ICalendar::events(ics);
        if (!events || events->size() != 1)
            return {};
        return events->first().properties;
    }
    static QString calendarName(const QByteArray &ics)
    {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("\r\nX-WR-CALNAME:([^\r]*)\r\n"))
                .match(QString::fromUtf8(ics));
        return m.captured(1);
    }

private slots:
    void cleanup() { Language::apply(QStringLiteral("en")); }

    void aDeadlineEventSaysWhatIsDueUnderWhichArticleForWhom_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("article");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("CII Workbench: deadlines")
                            << QStringLiteral("Re-identification") << QStringLiteral("Art. 11");
        QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("关保工作台：期限")
                            << QStringLiteral("重新认定") << QStringLiteral("第十一条");
    }

    void aDeadlineEventSaysWhatIsDueUnderWhichArticleForWhom()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, article);
        Language::apply(language);
        const QByteArray ics = DeadlineExport::ics(
            QVector<DeadlineItem>{reidentification()},
            QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC), QStringLiteral("内部资料"));
        QCOMPARE(calendarName(ics), name);
        const QMap<QString, QString> e = onlyEvent(ics);
        QCOMPARE(e.value(QStringLiteral("DTSTART")), QStringLiteral("20261130"));
        QCOMPARE(e.value(QStringLiteral("DTEND")), QStringLiteral("20261201"));
        const QString description = ICalendar::unescapeText(e.value(QStringLiteral("DESCRIPTION")));
        const QStringList lines = description.split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).startsWith(kind), qPrintable(description));
        QVERIFY2(lines.value(0).contains(article), qPrintable(description));
        QCOMPARE(lines.value(1), reidentification().subject);
        QVERIFY2(lines.value(2).contains(QStringLiteral("2026-11-28")) &&
                     lines.value(2).contains(QStringLiteral("2026-11-30")),
                 qPrintable(description));
    }

    void anInspectionEventIsDescribedAndReadsBackItsTeamAndNotes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("CII Workbench: inspections");
        QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("关保工作台：检查检测");
    }

    void anInspectionEventIsDescribedAndReadsBackItsTeamAndNotes()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        Language::apply(language);
        const Inspection in = inspection(QDate(2026, 12, 7), QDate(2026, 12, 9));
        const QByteArray ics =
            InspectionTransfer::toIcs({in}, QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC));
        QCOMPARE(calendarName(ics), name);
        const QMap<QString, QString> e = onlyEvent(ics);
        const QString description = ICalendar::unescapeText(e.value(QStringLiteral("DESCRIPTION")));
        for (const QString &part :
             {Inspection::kindName(in.kind), in.operatorName, in.operatorUscc,
              QStringLiteral("2026-12-07"), QStringLiteral("2026-12-09"), in.team, in.notes})
            QVERIFY2(description.contains(part),
                     qPrintable(part + QStringLiteral(" in ") + description));
        const Result<QVector<Inspection>> back = InspectionTransfer::fromIcs(
            ics, {{in.operatorUscc, in.operatorId}}, QStringLiteral("own"));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->first().team, in.team);
        QCOMPARE(back->first().notes, in.notes);
        QCOMPARE(back->first().start, in.start);
        QCOMPARE(back->first().end, in.end);
    }

    void anInspectionEndingOnTheLastRepresentableDayKeepsFourDigitYears()
    {
        const Inspection in = inspection(QDate(9999, 12, 20), QDate(9999, 12, 31));
        const QByteArray ics =
            InspectionTransfer::toIcs({in}, QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC));
        // No date value with a five-digit year (10000-01-01 would be the exclusive DTEND).
        QVERIFY2(!QString::fromUtf8(ics).contains(
                     QRegularExpression(QStringLiteral("(DTSTART|DTEND)[^:]*:\\d{9}"))),
                 ics.constData());
        QVERIFY(!ics.contains("DTEND"));
        const QMap<QString, QString> e = onlyEvent(ics);
        QCOMPARE(e.value(QStringLiteral("DTSTART")), QStringLiteral("99991220"));
        QVERIFY(!e.contains(QStringLiteral("DTEND")));
        QCOMPARE(e.value(QStringLiteral("DURATION")), QStringLiteral("P12D"));
        const Result<QVector<Inspection>> back = InspectionTransfer::fromIcs(
            ics, {{in.operatorUscc, in.operatorId}}, QStringLiteral("own"));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->first().end, QDate(9999, 12, 31));
    }

    void aDurationOfAPlainCalendarIsRead_data()
    {
        QTest::addColumn<QString>("duration");
        QTest::addColumn<QDate>("last");
        QTest::newRow("one day") << QStringLiteral("P1D") << QDate(2026, 3, 1);
        QTest::newRow("three days") << QStringLiteral("P3D") << QDate(2026, 3, 3);
        QTest::newRow("a week") << QStringLiteral("P1W") << QDate(2026, 3, 7);
        QTest::newRow("unreadable") << QStringLiteral("PT3H") << QDate();
        QTest::newRow("zero days") << QStringLiteral("P0D") << QDate();
    }

    void aDurationOfAPlainCalendarIsRead()
    {
        QFETCH(QString, duration);
        QFETCH(QDate, last);
        const QMap<QString, QString> e{{QStringLiteral("DTSTART"), QStringLiteral("20260301")},
                                       {QStringLiteral("DURATION"), duration}};
        QCOMPARE(ICalendar::allDayLast(e, QDate(2026, 3, 1)), last);
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
