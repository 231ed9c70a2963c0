#include "clirun.h"
#include "teststore.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// compliance set|show|list|import|export|period as cli.md has them: the JSON keys, the exit
// codes, the CSV import all or nothing with "row N, column X: reason", the round trip.
class TestComplianceCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_cii = 0;   // an operator with a system decided CII
    qint64 m_other = 0; // one without
    QString m_ciiUscc;

    CliRun cli(const QStringList &args) { return CliRun::on(m_db, args); }
    CliRun cli(const QString &words) { return CliRun::on(m_db, words); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }
    QJsonObject profile(qint64 op)
    {
        const CliRun r = cli(QStringLiteral("--json compliance show %1").arg(op));
        return r.json().value(QStringLiteral("operator")).toObject();
    }
    static QJsonObject dutyOf(const QJsonObject &profile, const QString &key)
    {
        for (const QJsonValue &d : profile.value(QStringLiteral("duties")).toArray())
            if (d.toObject().value(QStringLiteral("duty")).toString() == key)
                return d.toObject();
        return {};
    }
    int recordCount(qint64 op)
    {
        return int(profile(op).value(QStringLiteral("facts")).toArray().size());
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QVERIFY(m_dir.isValid());
        m_db = TestStore::location(m_dir, QStringLiteral("store.sqlite"));
        QCOMPARE(cli(QStringLiteral("demo --seed 4 --operators 8 --systems 30")).code, 0);
        const QString tpl = m_dir.filePath(QStringLiteral("template.json"));
        QCOMPARE(
            cli({QStringLiteral("rules"), QStringLiteral("template"), QStringLiteral("--out"), tpl})
                .code,
            0);
        const QJsonArray ops =
            cli(QStringLiteral("--json operators list")).json().value("operators").toArray();
        QVERIFY(ops.size() == 8);
        const QString sector = ops.first().toObject().value(QStringLiteral("sector")).toString();
        const CliRun imported = cli({QStringLiteral("rules"), QStringLiteral("import"), tpl,
                                     QStringLiteral("--sector"), sector});
        QCOMPARE(imported.code, 0);
        QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("file"),
                      QString::fromUtf8(imported.out).trimmed(), QStringLiteral("--reference"),
                      QStringLiteral("T-1"), QStringLiteral("--date"),
                      QDate::currentDate().toString(Qt::ISODate)})
                     .code,
                 0);
        const CliRun identified = cli(QStringLiteral("--json identify --sector ") + sector);
        QCOMPARE(identified.code, 0);
        const QJsonArray cases = identified.json().value(QStringLiteral("cases")).toArray();
        QVERIFY(!cases.isEmpty());
        const QJsonObject first = cases.first().toObject();
        const QString caseId = QString::number(first.value(QStringLiteral("id")).toInteger());
        QCOMPARE(
            cli(first.value(QStringLiteral("outcome")).toString() == QLatin1String("cii")
                    ? QStringList{QStringLiteral("decide"), caseId, QStringLiteral("--confirm")}
                    : QStringList{QStringLiteral("decide"), caseId, QStringLiteral("--override"),
                                  QStringLiteral("cii"), QStringLiteral("--reason"),
                                  QStringLiteral("测试")})
                .code,
            0);
        const CliRun list = cli(QStringLiteral("--json compliance list"));
        QCOMPARE(list.code, 0);
        const QJsonArray listed = list.json().value(QStringLiteral("operators")).toArray();
        QCOMPARE(listed.size(), 1);
        m_cii = listed.first().toObject().value(QStringLiteral("id")).toInteger();
        for (const QJsonValue &o : ops) {
            const qint64 id = o.toObject().value(QStringLiteral("id")).toInteger();
            if (id == m_cii)
                m_ciiUscc = o.toObject().value(QStringLiteral("uscc")).toString();
            else if (!m_other)
                m_other = id;
        }
        QVERIFY(m_cii && m_other && !m_ciiUscc.isEmpty());
    }

    void listHasTheContractsKeysAndStates()
    {
        const CliRun r = cli(QStringLiteral("--json compliance list"));
        QCOMPARE(r.code, 0);
        // Exactly one JSON object on stdout.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject op = doc.object().value("operators").toArray().first().toObject();
        QCOMPARE(op.value(QStringLiteral("id")).toInteger(), m_cii);
        const QJsonArray duties = op.value(QStringLiteral("duties")).toArray();
        QVERIFY(duties.size() >= 12);
        const QSet<QString> states{QStringLiteral("evidenced"), QStringLiteral("missing"),
                                   QStringLiteral("overdue")};
        for (const QJsonValue &v : duties) {
            const QJsonObject d = v.toObject();
            for (const char *key : {"article", "duty", "state", "date"})
                QVERIFY2(d.contains(QLatin1String(key)), key);
            QVERIFY(states.contains(d.value(QStringLiteral("state")).toString()));
            QVERIFY(
                d.value(QStringLiteral("article")).toString().startsWith(QStringLiteral("Art. ")));
        }
        // Nothing recorded yet: the Art. 13 duty is missing, with no date.
        const QJsonObject art13 = duties.first().toObject();
        QCOMPARE(art13.value(QStringLiteral("article")).toString(), QStringLiteral("Art. 13"));
        QCOMPARE(art13.value(QStringLiteral("state")).toString(), QStringLiteral("missing"));
        QVERIFY(art13.value(QStringLiteral("date")).isNull());
    }

    void setRecordsEvidenceThatShowAndListSee()
    {
        const CliRun set =
            cli({QStringLiteral("--json"), QStringLiteral("compliance"), QStringLiteral("set"),
                 QString::number(m_cii), QStringLiteral("principal-person"), QStringLiteral("张三"),
                 QStringLiteral("--date"), QStringLiteral("2026-01-05")});
        QCOMPARE(set.code, 0);
        QVERIFY(set.json().value(QStringLiteral("id")).toInteger() > 0);
        const QJsonObject p = profile(m_cii);
        const QJsonObject d = dutyOf(p, QStringLiteral("principal-person"));
        QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("evidenced"));
        QCOMPARE(d.value(QStringLiteral("date")).toString(), QStringLiteral("2026-01-05"));
        QCOMPARE(d.value(QStringLiteral("value")).toString(), QStringLiteral("张三"));
        QCOMPARE(p.value(QStringLiteral("uscc")).toString(), m_ciiUscc);
        // By code too, and without --date: today.
        QCOMPARE(cli({QStringLiteral("compliance"), QStringLiteral("set"), m_ciiUscc,
                      QStringLiteral("staffing"), QStringLiteral("4")})
                     .code,
                 0);
        QCOMPARE(dutyOf(profile(m_cii), QStringLiteral("staffing"))
                     .value(QStringLiteral("date"))
                     .toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        const CliRun filtered =
            cli(QStringLiteral("--json compliance list --state evidenced --duty staffing"));
        QCOMPARE(filtered.code, 0);
        const QJsonArray ops = filtered.json().value(QStringLiteral("operators")).toArray();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().toObject().value(QStringLiteral("duties")).toArray().size(), 1);
        // The table for people names the operator and its counts.
        const CliRun table = cli(QStringLiteral("compliance show %1").arg(m_cii));
        QCOMPARE(table.code, 0);
        QVERIFY(QString::fromUtf8(table.out).contains(QStringLiteral("张三")));
    }

    void setRefusesWithTheContractsExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown duty") << QStringList{"CII", "principal", "x"} << 3;
        QTest::newRow("derived duty") << QStringList{"CII", "annual-assessment", "yes"} << 3;
        QTest::newRow("not a count") << QStringList{"CII", "staffing", "many"} << 3;
        QTest::newRow("not yes or no") << QStringList{"CII", "trusted-procurement", "maybe"} << 3;
        QTest::newRow("operator without CII") << QStringList{"OTHER", "staffing", "3"} << 3;
        QTest::newRow("no such operator") << QStringList{"999999", "staffing", "3"} << 3;
        QTest::newRow("evidence tomorrow")
            << QStringList{"CII", "staffing", "3", "--date",
                           QDate::currentDate().addDays(1).toString(Qt::ISODate)}
            << 3;
        QTest::newRow("not a date") << QStringList{"CII", "staffing", "3", "--date", "5 Jan"} << 2;
        QTest::newRow("missing value") << QStringList{"CII", "staffing"} << 2;
    }
    void setRefusesWithTheContractsExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        args.replaceInStrings(QStringLiteral("OTHER"), QString::number(m_other));
        args.replaceInStrings(QStringLiteral("CII"), QString::number(m_cii));
        const int before = recordCount(m_cii);
        const CliRun r =
            cli(QStringList{QStringLiteral("compliance"), QStringLiteral("set")} + args);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(recordCount(m_cii), before);
    }

    void showOfAnOperatorWithoutCiiIsRefused()
    {
        QCOMPARE(cli(QStringLiteral("compliance show %1").arg(m_other)).code, 3);
    }

    void importIsAllOrNothingWithRowAndColumn()
    {
        const int before = recordCount(m_cii);
        const QString file = write(QStringLiteral("bad.csv"),
                                   QStringLiteral("operator,duty,value,date\n"
                                                  "%1,security-body,网络安全部,2026-02-01\n"
                                                  "%1,budget,lots,2026-02-01\n"
                                                  "%2,staffing,3,2026-02-01\n")
                                       .arg(m_ciiUscc)
                                       .arg(m_other)
                                       .toUtf8());
        const CliRun r = cli({QStringLiteral("compliance"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("row 3, column value: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("row 4, column operator: ")), qPrintable(r.err));
        QCOMPARE(recordCount(m_cii), before); // the good row 2 was not written either
        const QString unknown = write(QStringLiteral("unknown.csv"),
                                      "operator,duty,value,date\nNOPE,staffing,3,2026-02-01\n");
        const CliRun r2 = cli({QStringLiteral("compliance"), QStringLiteral("import"), unknown});
        QCOMPARE(r2.code, 3);
        QVERIFY(r2.err.contains(QStringLiteral("row 2, column operator: ")));
    }

    void exportThenImportRecordsTheSameEvidence()
    {
        const QString out = m_dir.filePath(QStringLiteral("compliance.csv"));
        const CliRun exported = cli(
            {QStringLiteral("compliance"), QStringLiteral("export"), QStringLiteral("--out"), out});
        QCOMPARE(exported.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("operator,duty,value,date")));
        QVERIFY(
            text.contains(QStringLiteral("%1,principal-person,张三,2026-01-05").arg(m_ciiUscc)));
        const int before = recordCount(m_cii);
        const CliRun imported = cli({QStringLiteral("--json"), QStringLiteral("compliance"),
                                     QStringLiteral("import"), out});
        QCOMPARE(imported.code, 0);
        const int added =
            int(imported.json().value(QStringLiteral("compliance_facts")).toArray().size());
        QCOMPARE(added, 2); // principal-person and staffing in force
        QCOMPARE(recordCount(m_cii), before + added);
        QCOMPARE(dutyOf(profile(m_cii), QStringLiteral("principal-person"))
                     .value(QStringLiteral("date"))
                     .toString(),
                 QStringLiteral("2026-01-05"));
    }

    void aPeriodMakesAnOldCheckOverdue()
    {
        const QString old = QDate::currentDate().addYears(-3).toString(Qt::ISODate);
        QCOMPARE(cli({QStringLiteral("compliance"), QStringLiteral("set"), QString::number(m_cii),
                      QStringLiteral("head-background-check"), QStringLiteral("yes"),
                      QStringLiteral("--date"), old})
                     .code,
                 0);
        QCOMPARE(dutyOf(profile(m_cii), QStringLiteral("head-background-check"))
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("evidenced")); // no period set: never overdue
        QCOMPARE(cli(QStringLiteral("compliance period head-background-check 24")).code, 0);
        const QJsonObject d = dutyOf(profile(m_cii), QStringLiteral("head-background-check"));
        QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("overdue"));
        QCOMPARE(d.value(QStringLiteral("target")).toBool(), true);
        QCOMPARE(cli(QStringLiteral("compliance period principal-person 24")).code, 3);
        QCOMPARE(cli(QStringLiteral("compliance period head-background-check soon")).code, 2);
        // As of the day the period ends the check is still in time.
        const QString lastDay = QDate::currentDate().addYears(-1).toString(Qt::ISODate);
        const CliRun then =
            cli(QStringLiteral("--json compliance show %1 --today %2").arg(m_cii).arg(lastDay));
        QCOMPARE(dutyOf(then.json().value(QStringLiteral("operator")).toObject(),
                        QStringLiteral("head-background-check"))
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("evidenced"));
    }
};

QTEST_GUILESS_MAIN(TestComplianceCli)
#include "tst_compliancecli.moc"
