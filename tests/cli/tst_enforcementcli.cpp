// Enforcement cases (Art. 39–42) through the CLI, as a department's script drives them: a case
// opened on an inspection finding, each step in the Administrative Penalty Law's order with its
// numbered document read back with pdftotext, refusals that write nothing (exit 3).
#include "clirun.h"
#include "teststore.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestEnforcementCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_operator = 0;
    qint64 m_otherOperator = 0;
    qint64 m_finding = 0;
    qint64 m_case = 0;

    CliRun cli(const QStringList &args) { return CliRun::on(m_db, args); }
    CliRun step(const QStringList &args)
    {
        return cli(QStringList{QStringLiteral("--json"), QStringLiteral("enforcement"),
                               QStringLiteral("step"), QString::number(m_case)} +
                   args);
    }
    QString outDir(const QString &name) const { return m_dir.filePath(name); }
    static QString pdfText(const QString &file)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput())
            .remove(QRegularExpression(QStringLiteral("\\s")));
    }
    qint64 count(const QString &table) const
    {
        return TestStore::value(m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table))
            .toLongLong();
    }
    QJsonObject shown()
    {
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("enforcement"),
                              QStringLiteral("show"), QString::number(m_case)});
        return r.json().value(QStringLiteral("enforcement_case")).toObject();
    }
    QString stepNow() { return shown().value(QStringLiteral("step")).toString(); }
    // A refusal: exit 3, and the store and the folder as they were.
    void verifyRefused(const CliRun &r, const QString &folder = QString())
    {
        QVERIFY2(r.code == 3, qPrintable(QStringLiteral("%1: %2").arg(r.code).arg(r.err)));
        if (!folder.isEmpty())
            QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QVERIFY(m_dir.isValid());
        m_db = TestStore::location(m_dir);
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"),
                      QStringLiteral("--operators"), QStringLiteral("6"),
                      QStringLiteral("--systems"), QStringLiteral("12")})
                     .code,
                 0);
        const QJsonArray ops =
            cli({QStringLiteral("--json"), QStringLiteral("operators"), QStringLiteral("list")})
                .json()
                .value(QStringLiteral("operators"))
                .toArray();
        QVERIFY(ops.size() >= 2);
        m_operator = ops.at(0).toObject().value(QStringLiteral("id")).toInteger();
        m_otherOperator = ops.at(1).toObject().value(QStringLiteral("id")).toInteger();
        const CliRun inspection =
            cli({QStringLiteral("inspections"), QStringLiteral("add"), QStringLiteral("--operator"),
                 QString::number(m_operator), QStringLiteral("--lead"), QStringLiteral("own"),
                 QStringLiteral("--start"), QStringLiteral("2026-10-12"), QStringLiteral("--end"),
                 QStringLiteral("2026-10-14")});
        QCOMPARE(inspection.code, 0);
        const CliRun finding =
            cli({QStringLiteral("findings"), QStringLiteral("add"), QStringLiteral("--inspection"),
                 QString::fromUtf8(inspection.out).trimmed(), QStringLiteral("--severity"),
                 QStringLiteral("high"), QStringLiteral("--description"),
                 QStringLiteral("未开展年度检测评估"), QStringLiteral("--due"),
                 QStringLiteral("2026-10-30")});
        QCOMPARE(finding.code, 0);
        m_finding = QString::fromUtf8(finding.out).trimmed().toLongLong();
        QVERIFY(m_finding > 0);
    }

    void openRefusesEvidenceThatIsNotThere_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("no such finding") << "Art. 39(8)"
                                         << "finding:99999";
        QTest::newRow("unknown kind") << "Art. 39(8)"
                                      << "memo:1";
        QTest::newRow("no such deadline item") << "Art. 39(8)"
                                               << "deadline:nothing@cii-workbench";
        QTest::newRow("no such article") << "Art. 39(11)"
                                         << "";
        QTest::newRow("Art. 41 without the purchase amount") << "Art. 41"
                                                             << "";
    }

    void openRefusesEvidenceThatIsNotThere()
    {
        QFETCH(QString, article);
        QFETCH(QString, evidence);
        QStringList args = {QStringLiteral("enforcement"), QStringLiteral("open"),
                            QStringLiteral("--operator"),  QString::number(m_operator),
                            QStringLiteral("--article"),   article};
        if (!evidence.isEmpty())
            args << QStringLiteral("--evidence") << evidence;
        verifyRefused(cli(args));
        QCOMPARE(count(QStringLiteral("enforcement_cases")), qint64(0));
    }

    void openRefusesAnotherOperatorsFinding()
    {
        const CliRun r =
            cli({QStringLiteral("enforcement"), QStringLiteral("open"),
                 QStringLiteral("--operator"), QString::number(m_otherOperator),
                 QStringLiteral("--article"), QStringLiteral("Art. 39(8)"),
                 QStringLiteral("--evidence"), QStringLiteral("finding:%1").arg(m_finding)});
        verifyRefused(r);
        QVERIFY2(r.err.contains(QStringLiteral("another operator")), qPrintable(r.err));
        QCOMPARE(count(QStringLiteral("enforcement_cases")), qint64(0));
    }

    void openPrintsTheNewCase()
    {
        const CliRun r = cli(
            {QStringLiteral("enforcement"), QStringLiteral("open"), QStringLiteral("--operator"),
             QString::number(m_operator), QStringLiteral("--article"), QStringLiteral("Art. 39(8)"),
             QStringLiteral("--evidence"), QStringLiteral("finding:%1").arg(m_finding),
             QStringLiteral("--facts"),
             QStringLiteral("2026年未对关键信息基础设施开展网络安全检测和风险评估"),
             QStringLiteral("--person"), QStringLiteral("张三"), QStringLiteral("--date"),
             QStringLiteral("2026-11-02")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_case = QString::fromUtf8(r.out).trimmed().toLongLong();
        QVERIFY(m_case > 0);
        const QJsonObject c = shown();
        QCOMPARE(c.value(QStringLiteral("article")).toString(), QStringLiteral("Art. 39(8)"));
        QCOMPARE(c.value(QStringLiteral("step")).toString(), QStringLiteral("opened"));
        QCOMPARE(c.value(QStringLiteral("evidence")).toArray().first().toString(),
                 QStringLiteral("finding:%1").arg(m_finding));
        QCOMPARE(c.value(QStringLiteral("next_steps")).toArray().first().toString(),
                 QStringLiteral("order"));
    }

    void orderRefusedUntilTheDepartmentIsComplete()
    {
        const QString folder = outDir(QStringLiteral("refused-order"));
        const CliRun r =
            step({QStringLiteral("--to"), QStringLiteral("order"), QStringLiteral("--date"),
                  QStringLiteral("2026-11-02"), QStringLiteral("--rectify-by"),
                  QStringLiteral("2026-11-20"), QStringLiteral("--out"), folder});
        verifyRefused(r, folder);
        QVERIFY2(r.err.contains(QStringLiteral("departments set own")), qPrintable(r.err));
        QCOMPARE(count(QStringLiteral("enforcement_steps")), qint64(0));
        QCOMPARE(count(QStringLiteral("notices")), qint64(0));
    }

    void orderIsNumberedAndWritten()
    {
        QCOMPARE(cli({QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                      QStringLiteral("--name-zh"), QStringLiteral("电信行业网络安全保护办公室"),
                      QStringLiteral("--name-en"), QStringLiteral("Telecom Cybersecurity Office"),
                      QStringLiteral("--doc-prefix"), QStringLiteral("电网保"),
                      QStringLiteral("--contact-name"), QStringLiteral("王工"),
                      QStringLiteral("--contact-phone"), QStringLiteral("010-55550000")})
                     .code,
                 0);
        // The day to rectify by must come after the order.
        verifyRefused(step({QStringLiteral("--to"), QStringLiteral("order"),
                            QStringLiteral("--date"), QStringLiteral("2026-11-02"),
                            QStringLiteral("--rectify-by"), QStringLiteral("2026-11-02")}));
        const QString folder = outDir(QStringLiteral("order"));
        const CliRun r =
            step({QStringLiteral("--to"), QStringLiteral("order"), QStringLiteral("--date"),
                  QStringLiteral("2026-11-02"), QStringLiteral("--rectify-by"),
                  QStringLiteral("2026-11-20"), QStringLiteral("--out"), folder});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString file = r.json().value(QStringLiteral("file")).toString();
        const QString number = r.json().value(QStringLiteral("number_text")).toString();
        QCOMPARE(number, QStringLiteral("电网保〔2026〕1号"));
        const QString text = pdfText(file);
        QVERIFY2(text.contains(number), qPrintable(text));
        QVERIFY(text.contains(shown().value(QStringLiteral("operator_name")).toString()));
        QVERIFY(text.contains(QStringLiteral("责令改正通知书")));
        QVERIFY(text.contains(QStringLiteral("2026年11月20日")));
        // The evidence as recorded: the finding and what it says.
        QVERIFY2(text.contains(QStringLiteral("未开展年度检测评估")), qPrintable(text));
        QCOMPARE(stepNow(), QStringLiteral("order"));
        // The order gives the warning Art. 39 provides with it.
        const QJsonObject order =
            shown().value(QStringLiteral("steps")).toArray().first().toObject();
        QVERIFY(order.value(QStringLiteral("warning")).toBool());
        QCOMPARE(order.value(QStringLiteral("document")).toString(), number);
        // Printed again: the same number, nothing new numbered.
        const CliRun again = cli({QStringLiteral("--json"), QStringLiteral("enforcement"),
                                  QStringLiteral("document"), QString::number(m_case),
                                  QStringLiteral("--step"), QStringLiteral("order"),
                                  QStringLiteral("--out"), outDir(QStringLiteral("reprint"))});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY(again.json().value(QStringLiteral("reprint")).toBool());
        QCOMPARE(again.json().value(QStringLiteral("number_text")).toString(), number);
        QCOMPARE(count(QStringLiteral("notices")), qint64(1));
    }

    void checkFindsNotRectifiedOnlyAfterTheDay()
    {
        verifyRefused(step({QStringLiteral("--to"), QStringLiteral("advance-notice"),
                            QStringLiteral("--date"), QStringLiteral("2026-11-21"),
                            QStringLiteral("--fine-operator"), QStringLiteral("200000")}));
        verifyRefused(step({QStringLiteral("--to"), QStringLiteral("check"),
                            QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                            QStringLiteral("--rectified"), QStringLiteral("no")}));
        QCOMPARE(stepNow(), QStringLiteral("order"));
        const CliRun r = step({QStringLiteral("--to"), QStringLiteral("check"),
                               QStringLiteral("--date"), QStringLiteral("2026-11-23"),
                               QStringLiteral("--rectified"), QStringLiteral("no")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(stepNow(), QStringLiteral("check"));
        // A check has no document.
        QCOMPARE(step({QStringLiteral("--to"), QStringLiteral("closed"), QStringLiteral("--out"),
                       outDir(QStringLiteral("x"))})
                     .code,
                 2);
    }

    void advanceNoticeFinesWithinTheRange()
    {
        const QString refusedFolder = outDir(QStringLiteral("refused-notice"));
        for (const QStringList &fines :
             {QStringList{QStringLiteral("99999"), QStringLiteral("20000")},
              QStringList{QStringLiteral("1000001"), QStringLiteral("20000")},
              QStringList{QStringLiteral("200000"), QStringLiteral("100001")},
              QStringList{QStringLiteral("200000"), QStringLiteral("0")}})
            verifyRefused(step({QStringLiteral("--to"), QStringLiteral("advance-notice"),
                                QStringLiteral("--date"), QStringLiteral("2026-11-24"),
                                QStringLiteral("--fine-operator"), fines.at(0),
                                QStringLiteral("--fine-person"), fines.at(1),
                                QStringLiteral("--out"), refusedFolder}),
                          refusedFolder);
        QCOMPARE(count(QStringLiteral("notices")), qint64(1));
        const QString folder = outDir(QStringLiteral("notice"));
        const CliRun r = step({QStringLiteral("--to"), QStringLiteral("advance-notice"),
                               QStringLiteral("--date"), QStringLiteral("2026-11-24"),
                               QStringLiteral("--fine-operator"), QStringLiteral("1000000"),
                               QStringLiteral("--fine-person"), QStringLiteral("10000"),
                               QStringLiteral("--out"), folder});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pdfText(r.json().value(QStringLiteral("file")).toString());
        QVERIFY2(text.contains(QStringLiteral("电网保〔2026〕2号")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("行政处罚事先告知书")));
        QVERIFY(text.contains(QStringLiteral("张三")));
        // Tue 24 Nov: five working days run to Tue 1 Dec (APL Art. 64, 85).
        bool found = false;
        for (const QJsonValue &v : shown().value(QStringLiteral("deadlines")).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(QStringLiteral("step")).toString() == QLatin1String("hearing-request")) {
                QCOMPARE(d.value(QStringLiteral("due")).toString(), QStringLiteral("2026-12-01"));
                QCOMPARE(d.value(QStringLiteral("basis")).toString(),
                         QStringLiteral("APL Art. 64"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void decisionAfterTheHearingWindow()
    {
        const QString refusedFolder = outDir(QStringLiteral("refused-decision"));
        // On the window's last day the operator may still ask for a hearing.
        verifyRefused(
            step({QStringLiteral("--to"), QStringLiteral("decision"), QStringLiteral("--date"),
                  QStringLiteral("2026-12-01"), QStringLiteral("--fine-operator"),
                  QStringLiteral("500000"), QStringLiteral("--fine-person"),
                  QStringLiteral("10000"), QStringLiteral("--out"), refusedFolder}),
            refusedFolder);
        // Never heavier than the advance notice (APL Art. 45) — here the person's fine.
        verifyRefused(step({QStringLiteral("--to"), QStringLiteral("decision"),
                            QStringLiteral("--date"), QStringLiteral("2026-12-02"),
                            QStringLiteral("--fine-operator"), QStringLiteral("500000"),
                            QStringLiteral("--fine-person"), QStringLiteral("20000")}));
        QCOMPARE(stepNow(), QStringLiteral("advance-notice"));
        const QString folder = outDir(QStringLiteral("decision"));
        const CliRun r =
            step({QStringLiteral("--to"), QStringLiteral("decision"), QStringLiteral("--date"),
                  QStringLiteral("2026-12-02"), QStringLiteral("--fine-operator"),
                  QStringLiteral("500000"), QStringLiteral("--fine-person"),
                  QStringLiteral("10000"), QStringLiteral("--out"), folder,
                  QStringLiteral("--lang"), QStringLiteral("bilingual")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pdfText(r.json().value(QStringLiteral("file")).toString());
        QVERIFY2(text.contains(QStringLiteral("电网保〔2026〕3号")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("行政处罚决定书")));
        QVERIFY(text.contains(QStringLiteral("AdministrativePenaltyDecision")));
        // The list shows the next date: reconsideration, 60 days after 2 Dec.
        const QJsonArray cases =
            cli({QStringLiteral("--json"), QStringLiteral("enforcement"), QStringLiteral("list")})
                .json()
                .value(QStringLiteral("enforcement_cases"))
                .toArray();
        QCOMPARE(cases.size(), 1);
        const QJsonObject row = cases.first().toObject();
        QCOMPARE(row.value(QStringLiteral("id")).toInteger(), m_case);
        QCOMPARE(row.value(QStringLiteral("operator")).toInteger(), m_operator);
        QCOMPARE(row.value(QStringLiteral("article")).toString(), QStringLiteral("Art. 39(8)"));
        QCOMPARE(row.value(QStringLiteral("step")).toString(), QStringLiteral("decision"));
        QCOMPARE(row.value(QStringLiteral("due")).toString(), QStringLiteral("2027-01-31"));
    }

    void theCasesDatesAreOnTheDueList()
    {
        const QJsonArray items = cli({QStringLiteral("--json"), QStringLiteral("deadlines"),
                                      QStringLiteral("--kind"), QStringLiteral("enforcement"),
                                      QStringLiteral("--today"), QStringLiteral("2026-12-03")})
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QHash<QString, QJsonObject> byBasis;
        for (const QJsonValue &v : items)
            byBasis.insert(v.toObject().value(QStringLiteral("basis")).toString(), v.toObject());
        QCOMPARE(items.size(), 4);
        // The day to rectify by is the department's; the check came after it.
        const QJsonObject rectification = byBasis.value(QStringLiteral("Art. 39(8)"));
        QCOMPARE(rectification.value(QStringLiteral("due")).toString(),
                 QStringLiteral("2026-11-20"));
        QVERIFY(!rectification.value(QStringLiteral("statutory")).toBool());
        QCOMPARE(rectification.value(QStringLiteral("status")).toString(),
                 QStringLiteral("done-late"));
        const QJsonObject hearing = byBasis.value(QStringLiteral("APL Art. 64"));
        QCOMPARE(hearing.value(QStringLiteral("due")).toString(), QStringLiteral("2026-12-01"));
        QVERIFY(hearing.value(QStringLiteral("statutory")).toBool());
        // 60 days after 2 Dec is Sunday 31 Jan 2027: the last day moves to Monday.
        const QJsonObject reconsideration =
            byBasis.value(QStringLiteral("Administrative Reconsideration Law Art. 20"));
        QCOMPARE(reconsideration.value(QStringLiteral("due")).toString(),
                 QStringLiteral("2027-01-31"));
        QCOMPARE(reconsideration.value(QStringLiteral("last_day")).toString(),
                 QStringLiteral("2027-02-01"));
        QCOMPARE(reconsideration.value(QStringLiteral("status")).toString(),
                 QStringLiteral("open"));
        const QJsonObject litigation =
            byBasis.value(QStringLiteral("Administrative Litigation Law Art. 46"));
        QCOMPARE(litigation.value(QStringLiteral("due")).toString(), QStringLiteral("2027-06-02"));
    }

    void closedCaseTakesNoMoreSteps()
    {
        QVERIFY(step({QStringLiteral("--to"), QStringLiteral("closed"), QStringLiteral("--date"),
                      QStringLiteral("2026-12-20")})
                    .code == 0);
        verifyRefused(step({QStringLiteral("--to"), QStringLiteral("closed"),
                            QStringLiteral("--date"), QStringLiteral("2026-12-21")}));
        QCOMPARE(count(QStringLiteral("enforcement_steps")), qint64(5));
        // Steps are records: the store refuses to change or delete one.
        {
            cii::Database db;
            QVERIFY(db.open(m_db).ok());
            QSqlQuery q(db.connection());
            QVERIFY(!q.exec(QStringLiteral("UPDATE enforcement_steps SET fine_operator = 1")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM enforcement_cases")));
        }
        const CliRun audit = cli({QStringLiteral("--json"), QStringLiteral("verify-audit")});
        QVERIFY(audit.json().value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestEnforcementCli)
#include "tst_enforcementcli.moc"
