#include "domain/indicator.h"
#include "domain/operatorinfo.h"
#include "domain/systeminfo.h"
#include "domain/textfield.h"
#include "io/csvtable.h"
#include "io/deadlineexport.h"
#include "io/icalendar.h"
#include "io/inspectiontransfer.h"
#include "services/passphrase.h"

#include <QTest>

using namespace cii;

// Item 6 and 11 of "Reliability and security": hostile cells are refused with the field and
// the reason, exported cells cannot run as spreadsheet formulas yet import as they were, and
// calendars say that they are confidential.
class TestHostileInput : public QObject
{
    Q_OBJECT

    static OperatorInfo validOperator()
    {
        OperatorInfo o;
        o.uscc = QStringLiteral("91350100M000100Y43");
        o.nameZh = QStringLiteral("福州电力有限公司");
        o.sector = QStringLiteral("energy");
        return o;
    }
    static QString firstProblem(const QVector<FieldError> &errors, const QString &field)
    {
        for (const FieldError &e : errors)
            if (e.field == field)
                return e.reason;
        return {};
    }

private slots:
    void operatorTextFieldsRefuseHostileValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("NUL in the name")
            << "name_zh" << QString(QStringLiteral("福州") + QChar(0) + QStringLiteral("电力"))
            << "NUL";
        QTest::newRow("bell in the English name")
            << "name_en" << QStringLiteral("Fuzhou\aPower") << "U+0007";
        QTest::newRow("escape sequence in the region")
            << "region" << QStringLiteral("\x1b[2J福州") << "U+001B";
        QTest::newRow("line break in a one-line field")
            << "contact_name" << QStringLiteral("张三\n李四") << "U+000A";
        QTest::newRow("right-to-left override")
            << "name_zh" << QStringLiteral("福州\u202E电力") << "U+202E";
        QTest::newRow("10,000-character name")
            << "name_zh" << QString(10000, QChar(0x798F)) << "10000 characters long; at most 200";
        QTest::newRow("201-character name")
            << "name_en" << QString(201, QLatin1Char('a')) << "at most 200";
        QTest::newRow("long phone")
            << "contact_phone" << QString(51, QLatin1Char('1')) << "at most 50";
    }
    void operatorTextFieldsRefuseHostileValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        OperatorInfo o = validOperator();
        QVERIFY(o.validate().isEmpty());
        if (field == QLatin1String("name_zh"))
            o.nameZh = value;
        else if (field == QLatin1String("name_en"))
            o.nameEn = value;
        else if (field == QLatin1String("region"))
            o.region = value;
        else if (field == QLatin1String("contact_name"))
            o.contactName = value;
        else
            o.contactPhone = value;
        const QString problem = firstProblem(o.validate(), field);
        QVERIFY2(problem.contains(reason), qPrintable(problem));
    }

    void exactly200CharactersAreAccepted()
    {
        OperatorInfo o = validOperator();
        o.nameZh = QString(200, QChar(0x798F));
        QVERIFY(o.validate().isEmpty());
    }

    void descriptionsTakeLineBreaksAndTabsButNotOtherControls()
    {
        SystemInfo s;
        s.operatorId = 1;
        s.name = QStringLiteral("网上银行");
        s.description = QStringLiteral("第一行\r\n第二行\tA");
        QVERIFY(s.validate().isEmpty());
        s.description = QStringLiteral("第一行\r第二行");
        QVERIFY(firstProblem(s.validate(), QStringLiteral("description")).contains("U+000D"));
        s.description = QString(4001, QLatin1Char('x'));
        QVERIFY(firstProblem(s.validate(), QStringLiteral("description")).contains("at most 4000"));
        s.description.clear();
        s.name = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QVERIFY(firstProblem(s.validate(), QStringLiteral("name")).contains("NUL"));
    }

    void messagesQuoteHostileValuesShortAndVisible()
    {
        const QString shown = TextField::shown(QStringLiteral("\x1b[31m") + QString(100, 'x'));
        QVERIFY(shown.startsWith(QStringLiteral("<U+001B>[31m")));
        QVERIFY(shown.size() < 60);
        OperatorInfo o = validOperator();
        o.sector = QStringLiteral("\x1b[2J");
        QVERIFY(!firstProblem(o.validate(), QStringLiteral("sector")).contains(QChar(0x1b)));
    }

    void countsCannotBeNegativeAndLongNumbersSaySo_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("reason");
        const int I = int(Indicator::Type::Integer), D = int(Indicator::Type::Decimal);
        QTest::newRow("negative count") << I << "-5"
                                        << "negative";
        QTest::newRow("negative share") << D << "-0.5"
                                        << "negative";
        QTest::newRow("19 digits") << I << "1234567890123456789"
                                   << "has 19 digits before the decimal point; at most 18";
        QTest::newRow("40 digits decimal")
            << D << QString(40, QLatin1Char('9')) + QStringLiteral(".5") << "has 40 digits";
        QTest::newRow("10 decimal places") << D << "0.1234567891"
                                           << "10 decimal places";
        QTest::newRow("full-width digits") << I << QStringLiteral("１２３") << "not a whole number";
    }
    void countsCannotBeNegativeAndLongNumbersSaySo()
    {
        QFETCH(int, type);
        QFETCH(QString, raw);
        QFETCH(QString, reason);
        Indicator ind;
        ind.type = Indicator::Type(type);
        const Result<QString> r = ind.canonicalValue(raw);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    }

    void largestValuesAndNegativeZeroStillAccepted()
    {
        Indicator i;
        QCOMPARE(i.canonicalValue(QStringLiteral("000999999999999999999")).value(),
                 QStringLiteral("999999999999999999"));
        QCOMPARE(i.canonicalValue(QStringLiteral("-0")).value(), QStringLiteral("0"));
        i.type = Indicator::Type::Decimal;
        QCOMPARE(i.canonicalValue(QStringLiteral("12.123456789")).value(),
                 QStringLiteral("12.123456789"));
    }

    void formulaCellsAreNeutralisedAndRoundTrip_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("formula") << "=HYPERLINK(\"http://x\",\"y\")"
                                 << "'=HYPERLINK(\"http://x\",\"y\")";
        QTest::newRow("plus command") << "+cmd|' /C calc'!A0"
                                      << "'+cmd|' /C calc'!A0";
        QTest::newRow("minus formula") << "-2+3"
                                       << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("carriage return") << "\r=1"
                                         << "'\r=1";
        QTest::newRow("phone") << "+86 10 6666 0000"
                               << "'+86 10 6666 0000";
        QTest::newRow("negative number stays a number") << "-12"
                                                        << "-12";
        QTest::newRow("decimal stays a number") << "-0.5"
                                                << "-0.5";
        QTest::newRow("a quote of our own") << "'=x"
                                            << "''=x";
        QTest::newRow("a plain quote") << "'hello"
                                       << "'hello";
        QTest::newRow("plain") << "北京"
                               << "北京";
    }
    void formulaCellsAreNeutralisedAndRoundTrip()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(Csv::neutralised(cell), written);
        QCOMPARE(Csv::restored(Csv::neutralised(cell)), cell);
        const QStringList header{QStringLiteral("a"), QStringLiteral("b")};
        const QVector<QStringList> rows{{cell, QStringLiteral("x")}};
        const QString text = Csv::write(header, rows);
        const Result<CsvTable> back = Csv::parse(text);
        QVERIFY(back.ok());
        QCOMPARE(back->rows, rows);
    }

    void classificationLineHeadsTheFileAndIsSkippedOnImport()
    {
        const QStringList header{QStringLiteral("a"), QStringLiteral("b")};
        const QVector<QStringList> rows{{QStringLiteral("1"), QStringLiteral("2")}};
        const QString text = Csv::write(header, rows, QStringLiteral("内部资料 注意保存"));
        QVERIFY(text.startsWith(QStringLiteral("# 内部资料 注意保存\r\na,b\r\n")));
        const Result<CsvTable> back = Csv::parse(text);
        QVERIFY(back.ok());
        QCOMPARE(back->header, header);
        QCOMPARE(back->rows, rows);
        QCOMPARE(back->headerRow, 2);
        QCOMPARE(back->rowNumbers.first(), 3); // as a spreadsheet counts
        QCOMPARE(Csv::rowCount(text), 1);
    }

    void calendarsAreNamedAndEventsConfidential()
    {
        Inspection in;
        in.id = 1;
        in.operatorName = QStringLiteral("福州电力有限公司");
        in.operatorUscc = QStringLiteral("91350100M000100Y43");
        in.start = QDate(2026, 5, 4);
        in.end = QDate(2026, 5, 6);
        in.team = QStringLiteral("王五");
        const QDateTime stamp(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        DeadlineItem item;
        item.kind = QStringLiteral("reidentification");
        item.subject = QStringLiteral("福州电力有限公司");
        item.due = item.lastDay = QDate(2026, 5, 4);
        for (const QByteArray &ics :
             {InspectionTransfer::toIcs({in}, stamp, QStringLiteral("内部资料 注意保存")),
              DeadlineExport::ics({item}, stamp, QStringLiteral("内部资料 注意保存"))}) {
            const Result<QVector<ICalendar::Event>> events = ICalendar::events(ics);
            QVERIFY(events.ok());
            QCOMPARE(events->size(), 1);
            QCOMPARE(events->first().properties.value(QStringLiteral("CLASS")),
                     QStringLiteral("CONFIDENTIAL"));
            QVERIFY(!events->first().properties.value(QStringLiteral("DESCRIPTION")).isEmpty());
            const QString text = QString::fromUtf8(ics);
            QVERIFY(text.contains(QStringLiteral("\r\nX-WR-CALNAME:CII Workbench")));
            QVERIFY(text.contains(QStringLiteral("\r\nX-WR-CALDESC:内部资料 注意保存\r\n")));
        }
        // The inspection reads back as it was written.
        const Result<QVector<Inspection>> back = InspectionTransfer::fromIcs(
            InspectionTransfer::toIcs({in}, stamp), {{in.operatorUscc, 7}}, QStringLiteral("own"));
        QVERIFY(back.ok());
        QCOMPARE(back->first().team, in.team);
    }

    void inspectionCsvRefusesHostileCellsByRowAndColumn()
    {
        const QByteArray csv = "operator_uscc,start,end,team,notes\r\n"
                               "91350100M000100Y43,2026-05-04,2026-05-06,\"a\x07\",ok\r\n"
                               "91350100M000100Y43,2026-05-04,2026-05-06,b," +
                               QByteArray(4001, 'n') + "\r\n";
        const Result<QVector<Inspection>> r = InspectionTransfer::fromCsv(
            csv, {{QStringLiteral("91350100M000100Y43"), 1}}, QStringLiteral("own"));
        QVERIFY(!r.ok());
        const QString all = r.error().details.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("row 2, column team: contains the control character "
                                             "U+0007")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("row 3, column notes: 4001 characters long")),
                 qPrintable(all));
    }

    void passphraseIsKeptAsAnArgon2idHash()
    {
        const Result<QString> hash = Passphrase::hash(QStringLiteral("正确的马电池钉书钉"));
        QVERIFY(hash.ok());
        QVERIFY(hash.value().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash.value().contains(QStringLiteral("正确")));
        QVERIFY(Passphrase::matches(hash.value(), QStringLiteral("正确的马电池钉书钉")));
        QVERIFY(!Passphrase::matches(hash.value(), QStringLiteral("wrong passphrase")));
        QVERIFY(!Passphrase::matches(QString(), QString()));
        QVERIFY(!Passphrase::hash(QStringLiteral("short")).ok());
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
