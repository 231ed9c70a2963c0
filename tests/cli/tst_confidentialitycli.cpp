#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include "teststore.h"

// "Reliability and security" items 6 and 11 through the CLI: hostile cells and arguments are
// refused naming the row, column or field; exports cannot run as spreadsheet formulas yet
// round-trip; every export is marked with the department's classification and is an audit
// record.
class TestConfidentialityCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = CliRun;
    Run cli(const QString &db, const QStringList &args) { return CliRun::on(db, args); }
    static QJsonObject json(const Run &r) { return r.json(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }
    QString demoStore(const QString &name)
    {
        const QString db = TestStore::location(m_dir, name);
        cli(db, {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"),
                 QStringLiteral("--operators"), QStringLiteral("6"), QStringLiteral("--systems"),
                 QStringLiteral("20"), QStringLiteral("--inspections"), QStringLiteral("4")});
        return db;
    }
    int auditRecords(const QString &db)
    {
        return json(cli(db, {QStringLiteral("--json"), QStringLiteral("verify-audit")}))
            .value(QStringLiteral("records"))
            .toInt();
    }
    // (file, after) of the store's export audit records, oldest first.
    static QVector<QPair<QString, QJsonObject>> exports(const QString &db)
    {
        QVector<QPair<QString, QJsonObject>> out;
        for (const QVariantList &row : TestStore::rows(
                 db, QStringLiteral("SELECT entity_id, after_json FROM audit_log WHERE action = "
                                    "'export' AND entity = 'file' ORDER BY id")))
            out << qMakePair(row.at(0).toString(),
                             QJsonDocument::fromJson(row.at(1).toByteArray()).object());
        return out;
    }
    static QString pdfText(const QString &file)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput())
            .remove(QRegularExpression(QStringLiteral("\\s")));
    }
    static QString firstSystemOf(const QJsonObject &systems)
    {
        return QString::number(systems.value(QStringLiteral("systems"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toInteger());
    }

private slots:
    void initTestCase() { CII_REQUIRE_TEST_STORE(); }

    void hostileCellsInACsvAreRefusedByRowAndColumn()
    {
        const QString db = TestStore::location(m_dir, QStringLiteral("hostile.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("init")}).code, 0);
        const int before = auditRecords(db);
        const QByteArray csv =
            QByteArray("uscc,name_zh,sector,region\r\n91350100M000100Y43,福州") +
            QByteArray(1, '\0') +
            "电力,energy,福州\r\n911101051PERUX3921,北京华信银行,finance,\x1b[2J北京\r\n"
            "913301060BK62B8HNX," +
            QString(10000, QChar(0x534E)).toUtf8() + ",telecom,杭州\r\n";
        const Run r = cli(db, {QStringLiteral("import"), QStringLiteral("operators"),
                               write(QStringLiteral("hostile.csv"), csv)});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("row 2, column name_zh: contains a NUL character")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(
                     QStringLiteral("row 3, column region: contains the control character U+001B")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral(
                     "row 4, column name_zh: 10000 characters long; at most 200 are accepted")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QChar(0x1b))); // nothing reaches the terminal raw
        QCOMPARE(auditRecords(db), before);    // nothing written
    }

    void addCommandsRefuseHostileTextNamingTheField()
    {
        const QString db = demoStore(QStringLiteral("add.sqlite"));
        const QString system = firstSystemOf(json(
            cli(db, {QStringLiteral("--json"), QStringLiteral("systems"), QStringLiteral("list"),
                     QStringLiteral("--operator"), QStringLiteral("1")})));
        const QString bell = QStringLiteral("检查\a组");
        const QString huge(10000, QLatin1Char('x'));
        const QVector<QPair<QStringList, QString>> cases = {
            {{QStringLiteral("operators"), QStringLiteral("add"), QStringLiteral("--name-zh"), bell,
              QStringLiteral("--uscc"), QStringLiteral("91350100M000100Y43"),
              QStringLiteral("--sector"), QStringLiteral("energy")},
             QStringLiteral("name_zh: contains the control character U+0007")},
            {{QStringLiteral("systems"), QStringLiteral("add"), QStringLiteral("--operator"),
              QStringLiteral("1"), QStringLiteral("--name"), huge},
             QStringLiteral("name: 10000 characters long; at most 200")},
            {{QStringLiteral("change-report"), QStringLiteral("add"), QStringLiteral("--operator"),
              QStringLiteral("1"), QStringLiteral("--systems"), system,
              QStringLiteral("--received"), QStringLiteral("2026-01-05"),
              QStringLiteral("--description"), QStringLiteral("扩容\x1b[2J")},
             QStringLiteral("description: contains the control character U+001B")},
            {{QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--operator"),
              QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("incident"),
              QStringLiteral("--date"), QStringLiteral("2026-01-05"), QStringLiteral("--due"),
              QStringLiteral("2026-02-05"), QStringLiteral("--description"),
              QString(4001, QLatin1Char('y'))},
             QStringLiteral("description: 4001 characters long; at most 4000")},
            {{QStringLiteral("inspections"), QStringLiteral("add"), QStringLiteral("--operator"),
              QStringLiteral("1"), QStringLiteral("--lead"), QStringLiteral("own"),
              QStringLiteral("--start"), QStringLiteral("2026-06-01"), QStringLiteral("--end"),
              QStringLiteral("2026-06-03"), QStringLiteral("--team"), bell},
             QStringLiteral("team: contains the control character U+0007")},
            {{QStringLiteral("findings"), QStringLiteral("add"), QStringLiteral("--inspection"),
              QStringLiteral("1"), QStringLiteral("--description"), QStringLiteral("弱口令\u202E"),
              QStringLiteral("--due"), QStringLiteral("2026-09-01")},
             QStringLiteral("description: contains the text-direction control U+202E")},
            {{QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
              QStringLiteral("--contact-phone"), QStringLiteral("010\a")},
             QStringLiteral("contact_phone: contains the control character U+0007")},
        };
        const int before = auditRecords(db);
        for (const auto &[args, message] : cases) {
            const Run r = cli(db, args);
            QVERIFY2(r.code == 3, qPrintable(args.join(' ') + QStringLiteral(" → ") + r.err));
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        }
        QCOMPARE(auditRecords(db), before);
    }

    void indicatorValuesRefuseNegativeCountsAndSayWhyALongNumberIsRefused()
    {
        const QString db = demoStore(QStringLiteral("indicators.sqlite"));
        const QString system = firstSystemOf(json(cli(
            db, {QStringLiteral("--json"), QStringLiteral("systems"), QStringLiteral("list")})));
        const Run negative = cli(db, {QStringLiteral("systems"), QStringLiteral("set-indicator"),
                                      system, QStringLiteral("registered_users"),
                                      QStringLiteral("--"), QStringLiteral("-5")});
        QCOMPARE(negative.code, 3);
        QVERIFY2(negative.err.contains(QStringLiteral("negative")), qPrintable(negative.err));
        const Run longNumber =
            cli(db, {QStringLiteral("systems"), QStringLiteral("set-indicator"), system,
                     QStringLiteral("registered_users"), QStringLiteral("12345678901234567890")});
        QCOMPARE(longNumber.code, 3);
        QVERIFY2(longNumber.err.contains(QStringLiteral("has 20 digits")),
                 qPrintable(longNumber.err));
        QVERIFY(!longNumber.err.contains(QStringLiteral("not a whole number")));
    }

    void csvInjectionIsNeutralisedAndTheExportStillRoundTrips()
    {
        const QString a = TestStore::location(m_dir, QStringLiteral("inj-a.sqlite")),
                      b = TestStore::location(m_dir, QStringLiteral("inj-b.sqlite"));
        QCOMPARE(cli(a, {QStringLiteral("init")}).code, 0);
        QCOMPARE(cli(b, {QStringLiteral("init")}).code, 0);
        const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"点击\")");
        QCOMPARE(
            cli(a, {QStringLiteral("operators"), QStringLiteral("add"), QStringLiteral("--name-zh"),
                    formula, QStringLiteral("--name-en"),
                    QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"), QStringLiteral("--uscc"),
                    QStringLiteral("91350100M000100Y43"), QStringLiteral("--sector"),
                    QStringLiteral("energy"), QStringLiteral("--region"), QStringLiteral("-2+3"),
                    QStringLiteral("--phone"), QStringLiteral("+86 10 6666 0000")})
                .code,
            0);
        const QString file = path(QStringLiteral("inj.csv"));
        QCOMPARE(cli(a, {QStringLiteral("export"), QStringLiteral("operators"),
                         QStringLiteral("--out"), file})
                     .code,
                 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const QString &line : text.split(QStringLiteral("\r\n"))) {
            for (const QString &cell : line.split(QLatin1Char(','))) {
                const QString c = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
                QVERIFY2(c.isEmpty() || !QStringLiteral("=+-@").contains(c.front()),
                         qPrintable(line));
            }
        }
        QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(")));
        QVERIFY(text.contains(QStringLiteral("'+86 10 6666 0000")));
        const Run imp = cli(b, {QStringLiteral("import"), QStringLiteral("operators"), file});
        QVERIFY2(imp.code == 0, qPrintable(imp.err));
        const QJsonObject op = json(cli(b, {QStringLiteral("--json"), QStringLiteral("operators"),
                                            QStringLiteral("list")}))
                                   .value(QStringLiteral("operators"))
                                   .toArray()
                                   .first()
                                   .toObject();
        QCOMPARE(op.value(QStringLiteral("name_zh")).toString(), formula);
        QCOMPARE(op.value(QStringLiteral("region")).toString(), QStringLiteral("-2+3"));
        QCOMPARE(op.value(QStringLiteral("contact_phone")).toString(),
                 QStringLiteral("+86 10 6666 0000"));
        QCOMPARE(cli(b, {QStringLiteral("export"), QStringLiteral("operators")}).out,
                 cli(a, {QStringLiteral("export"), QStringLiteral("operators")}).out);
    }

    void exportsCarryTheClassificationAndAreAuditRecords()
    {
        const QString db = demoStore(QStringLiteral("exports.sqlite"));
        const QString operators = path(QStringLiteral("operators.csv"));
        QCOMPARE(cli(db, {QStringLiteral("export"), QStringLiteral("operators"),
                          QStringLiteral("--out"), operators})
                     .code,
                 0);
        QFile f(operators);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readLine()), QStringLiteral("# 内部资料 注意保存\r\n"));

        QCOMPARE(
            cli(db, {QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("mps"),
                     QStringLiteral("--classification"), QStringLiteral("x")})
                .code,
            2);
        const Run bad =
            cli(db, {QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                     QStringLiteral("--classification"), QStringLiteral("秘密\a")});
        QCOMPARE(bad.code, 3);
        QVERIFY2(bad.err.contains(QStringLiteral("classification: contains the control")),
                 qPrintable(bad.err));
        QCOMPARE(
            cli(db, {QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                     QStringLiteral("--classification"), QStringLiteral("内部资料 严禁外传")})
                .code,
            0);
        const Run systems = cli(db, {QStringLiteral("export"), QStringLiteral("systems")});
        QCOMPARE(systems.code, 0);
        QVERIFY(systems.out.startsWith(QStringLiteral("# 内部资料 严禁外传\r\n").toUtf8()));

        const Run ics = cli(db, {QStringLiteral("deadlines"), QStringLiteral("export"),
                                 QStringLiteral("--format"), QStringLiteral("ics"),
                                 QStringLiteral("--today"), QStringLiteral("2026-12-01")});
        QCOMPARE(ics.code, 0);
        QVERIFY(ics.out.contains("\r\nX-WR-CALNAME:"));
        QVERIFY(
            ics.out.contains(QStringLiteral("\r\nX-WR-CALDESC:内部资料 严禁外传\r\n").toUtf8()));
        QCOMPARE(ics.out.count("BEGIN:VEVENT"), ics.out.count("CLASS:CONFIDENTIAL"));
        QVERIFY(ics.out.count("DESCRIPTION:") >= ics.out.count("BEGIN:VEVENT"));

        const QString inspections = path(QStringLiteral("inspections.ics"));
        QCOMPARE(cli(db, {QStringLiteral("inspections"), QStringLiteral("export"),
                          QStringLiteral("--format"), QStringLiteral("ics"),
                          QStringLiteral("--out"), inspections})
                     .code,
                 0);
        QFile i(inspections);
        QVERIFY(i.open(QIODevice::ReadOnly));
        const QByteArray inspectionIcs = i.readAll();
        QVERIFY(inspectionIcs.count("BEGIN:VEVENT") > 0);
        QCOMPARE(inspectionIcs.count("BEGIN:VEVENT"), inspectionIcs.count("CLASS:CONFIDENTIAL"));
        QVERIFY(inspectionIcs.contains("X-WR-CALNAME:"));
        const QString inspectionsCsv = path(QStringLiteral("inspections.csv"));
        QCOMPARE(cli(db, {QStringLiteral("inspections"), QStringLiteral("export"),
                          QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--out"), inspectionsCsv})
                     .code,
                 0);
        QFile ic(inspectionsCsv);
        QVERIFY(ic.open(QIODevice::ReadOnly));
        QVERIFY(ic.readAll().startsWith(QByteArray("\xEF\xBB\xBF") +
                                        QStringLiteral("# 内部资料 严禁外传").toUtf8()));

        const auto records = exports(db);
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(0).first, operators);
        QCOMPARE(records.at(0).second.value(QStringLiteral("what")).toString(),
                 QStringLiteral("operators"));
        QCOMPARE(records.at(0).second.value(QStringLiteral("rows")).toInt(), 6);
        QCOMPARE(records.at(0).second.value(QStringLiteral("classification")).toString(),
                 QStringLiteral("内部资料 注意保存"));
        QCOMPARE(records.at(1).first, QStringLiteral("-")); // standard output
        QCOMPARE(records.at(1).second.value(QStringLiteral("rows")).toInt(), 20);
        QCOMPARE(records.at(2).second.value(QStringLiteral("what")).toString(),
                 QStringLiteral("deadlines"));
        QCOMPARE(records.at(2).second.value(QStringLiteral("format")).toString(),
                 QStringLiteral("ics"));
        QCOMPARE(records.at(3).first, inspections);
        QCOMPARE(records.at(4).second.value(QStringLiteral("format")).toString(),
                 QStringLiteral("csv"));
        const QJsonObject audit =
            json(cli(db, {QStringLiteral("--json"), QStringLiteral("verify-audit")}));
        QVERIFY(audit.value(QStringLiteral("ok")).toBool());
    }

    void documentsPrintTheClassificationAndTheirFileIsRecorded()
    {
        const QString db = demoStore(QStringLiteral("document.sqlite"));
        const QString tpl = path(QStringLiteral("template.json"));
        QCOMPARE(cli(db, {QStringLiteral("rules"), QStringLiteral("template"),
                          QStringLiteral("--out"), tpl})
                     .code,
                 0);
        const Run imported = cli(db, {QStringLiteral("rules"), QStringLiteral("import"), tpl,
                                      QStringLiteral("--sector"), QStringLiteral("energy")});
        QCOMPARE(imported.code, 0);
        const QString id = QString::fromUtf8(imported.out).trimmed();
        const QString pdf = path(QStringLiteral("rules.pdf"));
        QCOMPARE(
            cli(db, {QStringLiteral("rules"), QStringLiteral("document"), id,
                     QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"),
                     QStringLiteral("zh"), QStringLiteral("--out"), pdf})
                .code,
            0);
        QVERIFY(pdfText(pdf).startsWith(QStringLiteral("内部资料注意保存")));
        QCOMPARE(
            cli(db, {QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                     QStringLiteral("--classification"), QStringLiteral("秘密★1年")})
                .code,
            0);
        QCOMPARE(
            cli(db, {QStringLiteral("rules"), QStringLiteral("document"), id,
                     QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"),
                     QStringLiteral("en"), QStringLiteral("--out"), pdf})
                .code,
            0);
        const QString text = pdfText(pdf);
        QVERIFY2(text.startsWith(QStringLiteral("秘密★1年")), qPrintable(text.left(80)));
        QVERIFY(!text.contains(QStringLiteral("注意保存")));
        const auto records = exports(db);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.last().first, pdf);
        QCOMPARE(records.last().second.value(QStringLiteral("what")).toString(),
                 QStringLiteral("rules-document"));
        QCOMPARE(records.last().second.value(QStringLiteral("classification")).toString(),
                 QStringLiteral("秘密★1年"));
    }
};

QTEST_GUILESS_MAIN(TestConfidentialityCli)
#include "tst_confidentialitycli.moc"
