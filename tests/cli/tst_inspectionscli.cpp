#include "teststore.h"

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

// Art. 26–28 through the CLI: another department's plan imported, the conflict seen and
// merged into a joint inspection, findings followed to the deadline list, .ics round trip.
class TestInspectionsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    Run cli(const QString &db, QStringList args)
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        QProcess p;
        p.start(QStringLiteral(CII_CLI_PATH), args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
    Run cli(const QString &db, const QString &words)
    {
        return cli(db, words.split(QLatin1Char(' ')));
    }
    static QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out).object(); }
    QString demoStore(const QString &name)
    {
        const QString db = TestStore::location(m_dir, name);
        cli(db, QStringLiteral("demo --seed 3 --operators 10 --systems 40"));
        return db;
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }
    // The text of a PDF without white space (Chinese lines break anywhere).
    static QString pdfText(const QString &file)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput())
            .remove(QRegularExpression(QStringLiteral("\\s")));
    }
    void setOwnDepartment(const QString &db)
    {
        QCOMPARE(
            cli(db, {QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                     QStringLiteral("--name-zh"), QStringLiteral("电信行业网络安全保护办公室"),
                     QStringLiteral("--name-en"), QStringLiteral("Telecom Cybersecurity Office"),
                     QStringLiteral("--doc-prefix"), QStringLiteral("电网保"),
                     QStringLiteral("--contact-name"), QStringLiteral("王工"),
                     QStringLiteral("--contact-phone"), QStringLiteral("010-55550000")})
                .code,
            0);
    }
    static qint64 noticeCount(const QString &path)
    {
        return TestStore::value(path, QStringLiteral("SELECT COUNT(*) FROM notices")).toLongLong();
    }
    Run notice(const QString &db, qint64 inspection)
    {
        return cli(db, {QStringLiteral("--json"), QStringLiteral("inspections"),
                        QStringLiteral("notice"), QString::number(inspection),
                        QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"),
                        m_dir.filePath(QStringLiteral("notices"))});
    }
    qint64 addInspection(const QString &db, const QStringList &args)
    {
        const Run r =
            cli(db, QStringList{QStringLiteral("inspections"), QStringLiteral("add")} + args);
        return r.code == 0 ? QString::fromUtf8(r.out).trimmed().toLongLong() : 0;
    }
    static int conflictCount(const QJsonObject &o)
    {
        return int(o.value(QStringLiteral("conflicts")).toArray().size());
    }

private slots:
    void initTestCase() { CII_REQUIRE_TEST_STORE(); }

    void anotherDepartmentsPlanConflictsAndIsMergedIntoAJointInspection()
    {
        const QString db = demoStore(QStringLiteral("a.sqlite"));
        const QJsonObject op = json(cli(db, QStringLiteral("--json operators list")))
                                   .value(QStringLiteral("operators"))
                                   .toArray()
                                   .first()
                                   .toObject();
        const QString opId = QString::number(op.value(QStringLiteral("id")).toInteger());
        const QString uscc = op.value(QStringLiteral("uscc")).toString();
        QCOMPARE(cli(db, QStringLiteral("inspections add --operator %1 --lead own --start "
                                        "2026-04-01 --end 2026-04-05")
                             .arg(opId))
                     .code,
                 0);

        // The MPS's plan, with one bad row: refused, nothing written.
        const QString bad =
            write(QStringLiteral("bad.csv"),
                  QStringLiteral("operator_uscc,lead,kind,start,end,participants\n"
                                 "%1,mps,on-site-check,2026-04-03,2026-04-07,secrecy\n"
                                 "%1,mps,on-site-check,2026-13-01,2026-04-07,\n")
                      .arg(uscc)
                      .toUtf8());
        const Run rejected =
            cli(db, {QStringLiteral("inspections"), QStringLiteral("import"), bad});
        QCOMPARE(rejected.code, 3);
        QVERIFY2(rejected.err.contains(QStringLiteral("row 3, column start")),
                 qPrintable(rejected.err));
        QCOMPARE(json(cli(db, QStringLiteral("--json inspections list")))
                     .value(QStringLiteral("inspections"))
                     .toArray()
                     .size(),
                 1);

        const QString plan =
            write(QStringLiteral("mps.csv"),
                  QStringLiteral("operator_uscc,lead,kind,start,end,participants\n"
                                 "%1,mps,on-site-check,2026-04-03,2026-04-07,secrecy\n"
                                 "%1,mps,monitoring,2026-09-01,2026-09-02,\n")
                      .arg(uscc)
                      .toUtf8());
        QCOMPARE(cli(db, {QStringLiteral("inspections"), QStringLiteral("import"), plan}).code, 0);

        const QJsonObject conflicts = json(cli(db, QStringLiteral("--json inspections conflicts")));
        QCOMPARE(conflictCount(conflicts), 1);
        const QJsonObject c =
            conflicts.value(QStringLiteral("conflicts")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("reason")).toString(), QStringLiteral("overlap"));
        QCOMPARE(c.value(QStringLiteral("gap_days")).toInt(), -3);
        QCOMPARE(c.value(QStringLiteral("operator")).toInteger(),
                 op.value(QStringLiteral("id")).toInteger());

        const Run merged = cli(db, QStringLiteral("inspections merge %1 %2 --lead own --start "
                                                  "2026-04-02 --end 2026-04-06")
                                       .arg(c.value(QStringLiteral("a")).toInteger())
                                       .arg(c.value(QStringLiteral("b")).toInteger()));
        QCOMPARE(merged.code, 0);
        const qint64 joint = QString::fromUtf8(merged.out).trimmed().toLongLong();
        QVERIFY(joint > 0);
        QCOMPARE(conflictCount(json(cli(db, QStringLiteral("--json inspections conflicts")))), 0);
        // The originals are kept and point at the joint inspection.
        const QJsonArray all = json(cli(db, QStringLiteral("--json inspections list")))
                                   .value(QStringLiteral("inspections"))
                                   .toArray();
        QCOMPARE(all.size(), 4);
        int linked = 0;
        for (const QJsonValue &v : all) {
            const QJsonObject i = v.toObject();
            if (i.value(QStringLiteral("id")).toInteger() == joint) {
                QCOMPARE(i.value(QStringLiteral("joint")).toBool(), true);
                QCOMPARE(i.value(QStringLiteral("lead")).toString(), QStringLiteral("own"));
                QStringList participants;
                for (const QJsonValue &p : i.value(QStringLiteral("participants")).toArray())
                    participants << p.toString();
                participants.sort();
                QCOMPARE(participants,
                         (QStringList{QStringLiteral("mps"), QStringLiteral("secrecy")}));
                QCOMPARE(i.value(QStringLiteral("start")).toString(), QStringLiteral("2026-04-02"));
            }
            linked += i.value(QStringLiteral("merged_into")).toInteger() == joint;
        }
        QCOMPARE(linked, 2);
        // Merging again is refused.
        QCOMPARE(cli(db, QStringLiteral("inspections merge %1 %2")
                             .arg(c.value(QStringLiteral("a")).toInteger())
                             .arg(joint))
                     .code,
                 3);
        QVERIFY(json(cli(db, QStringLiteral("--json verify-audit")))
                    .value(QStringLiteral("ok"))
                    .toBool());

        // Before the department has its name, prefix and contact nothing is numbered.
        const Run refused = notice(db, joint);
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("departments set own --name-zh T "
                                                     "--doc-prefix T --contact-name T "
                                                     "--contact-phone T")),
                 qPrintable(refused.err));
        QCOMPARE(noticeCount(db), 0);
        setOwnDepartment(db);

        // The notice of the joint inspection: numbered, issued jointly, the operator named,
        // the law's words, content, method, dates and contact, Art. 27 assurances.
        const Run issued = notice(db, joint);
        QCOMPARE(issued.code, 0);
        const QString text = pdfText(json(issued).value(QStringLiteral("file")).toString());
        QVERIFY2(text.contains(json(issued).value(QStringLiteral("number_text")).toString()),
                 qPrintable(text));
        QVERIFY(text.contains(op.value(QStringLiteral("name_zh")).toString()));
        QVERIFY(text.contains(QStringLiteral("不收取任何费用")));
        QVERIFY(text.contains(QStringLiteral("网络安全联合检查检测")));
        QVERIFY(text.contains(QStringLiteral("第二十六条")));
        // Joint issuance: every participating department heads the notice, before its number.
        const qsizetype numberAt =
            text.indexOf(json(issued).value(QStringLiteral("number_text")).toString());
        for (const QString &department :
             {QStringLiteral("电信行业网络安全保护办公室"), QStringLiteral("公安部门"),
              QStringLiteral("保密行政管理部门")}) {
            const qsizetype at = text.indexOf(department);
            QVERIFY2(at >= 0 && at < numberAt, qPrintable(department));
        }
        QVERIFY(text.contains(QStringLiteral("会同")));
        for (const char *row : {"检查检测内容", "检查检测方式", "检查检测时间"})
            QVERIFY2(text.contains(QString::fromUtf8(row)), row);
        QVERIFY(text.contains(QStringLiteral("2026年4月2日至2026年4月6日")));
        QVERIFY(text.contains(QStringLiteral("王工，联系电话：010-55550000")));
        // Not a penetration test: no Art. 31 authorisation.
        QVERIFY(!text.contains(QStringLiteral("第三十一条")));
        // Printed again: the same number, nothing new numbered.
        const Run again = notice(db, joint);
        QCOMPARE(json(again).value(QStringLiteral("number_text")),
                 json(issued).value(QStringLiteral("number_text")));
        QCOMPARE(noticeCount(db), 1);
        const QJsonArray afterNotice = json(cli(db, QStringLiteral("--json inspections list")))
                                           .value(QStringLiteral("inspections"))
                                           .toArray();
        for (const QJsonValue &v : afterNotice)
            if (v.toObject().value(QStringLiteral("id")).toInteger() == joint)
                QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                         QStringLiteral("notified"));

        // A finding whose rectification is late shows in the deadline list.
        QCOMPARE(cli(db, {QStringLiteral("findings"), QStringLiteral("add"),
                          QStringLiteral("--inspection"), QString::number(joint),
                          QStringLiteral("--severity"), QStringLiteral("high"),
                          QStringLiteral("--description"), QStringLiteral("弱口令"),
                          QStringLiteral("--due"), QStringLiteral("2026-05-01")})
                     .code,
                 0);
        const QJsonArray items =
            json(
                cli(db, QStringLiteral("--json deadlines --kind rectification --today 2026-05-07")))
                .value(QStringLiteral("items"))
                .toArray();
        QCOMPARE(items.size(), 1);
        // Due on Labour Day: the last day is the first working day after the holiday block.
        QCOMPARE(items.first().toObject().value(QStringLiteral("last_day")).toString(),
                 QStringLiteral("2026-05-06"));
        QCOMPARE(items.first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("overdue"));
        QCOMPARE(
            cli(db, QStringLiteral("findings update 1 --status fixed --fixed-on 2026-04-30")).code,
            0);
        const QJsonObject done =
            json(
                cli(db, QStringLiteral("--json deadlines --kind rectification --today 2026-05-02")))
                .value(QStringLiteral("items"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("done-on-time"));
    }

    void onlyInspectionsWeLeadAndThatAreNotOverGetOurNotice()
    {
        const QString db = demoStore(QStringLiteral("lead.sqlite"));
        setOwnDepartment(db);
        const QString op = QString::number(json(cli(db, QStringLiteral("--json operators list")))
                                               .value(QStringLiteral("operators"))
                                               .toArray()
                                               .first()
                                               .toObject()
                                               .value(QStringLiteral("id"))
                                               .toInteger());
        const qint64 theirs = addInspection(
            db, {QStringLiteral("--operator"), op, QStringLiteral("--lead"), QStringLiteral("mps"),
                 QStringLiteral("--start"), QStringLiteral("2026-05-01"), QStringLiteral("--end"),
                 QStringLiteral("2026-05-02")});
        QVERIFY(theirs);
        const Run led = notice(db, theirs);
        QCOMPARE(led.code, 3);
        QVERIFY2(led.err.contains(QStringLiteral("led by")), qPrintable(led.err));
        const qint64 done = addInspection(
            db, {QStringLiteral("--operator"), op, QStringLiteral("--lead"), QStringLiteral("own"),
                 QStringLiteral("--start"), QStringLiteral("2026-06-01"), QStringLiteral("--end"),
                 QStringLiteral("2026-06-02")});
        QVERIFY(done);
        QCOMPARE(cli(db, QStringLiteral("inspections set-status %1 completed").arg(done)).code, 0);
        const Run completed = notice(db, done);
        QCOMPARE(completed.code, 3);
        QVERIFY2(completed.err.contains(QStringLiteral("completed")), qPrintable(completed.err));
        const qint64 dropped = addInspection(
            db, {QStringLiteral("--operator"), op, QStringLiteral("--lead"), QStringLiteral("own"),
                 QStringLiteral("--start"), QStringLiteral("2026-07-01"), QStringLiteral("--end"),
                 QStringLiteral("2026-07-02")});
        QCOMPARE(cli(db, QStringLiteral("inspections set-status %1 cancelled").arg(dropped)).code,
                 0);
        QCOMPARE(notice(db, dropped).code, 3);
        QCOMPARE(noticeCount(db), 0);
    }

    void aPenetrationTestNoticeIsTheArt31AuthorisationAndReportsTelecomInAdvance()
    {
        const QString db = demoStore(QStringLiteral("pentest.sqlite"));
        setOwnDepartment(db);
        QString telecom, other;
        for (const QJsonValue &v : json(cli(db, QStringLiteral("--json operators list")))
                                       .value(QStringLiteral("operators"))
                                       .toArray()) {
            const QString id =
                QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
            if (v.toObject().value(QStringLiteral("sector")).toString() == QLatin1String("telecom"))
                telecom = id;
            else
                other = id;
        }
        QVERIFY(!telecom.isEmpty() && !other.isEmpty());
        auto pentest = [&](const QString &op) {
            const qint64 id =
                addInspection(db, {QStringLiteral("--operator"), op, QStringLiteral("--lead"),
                                   QStringLiteral("own"), QStringLiteral("--kind"),
                                   QStringLiteral("penetration-test"), QStringLiteral("--start"),
                                   QStringLiteral("2026-08-03"), QStringLiteral("--end"),
                                   QStringLiteral("2026-08-05"), QStringLiteral("--team"),
                                   QStringLiteral("测评组张某、赵某")});
            const Run r = notice(db, id);
            return r.code == 0 ? pdfText(json(r).value(QStringLiteral("file")).toString())
                               : QString();
        };
        const QString t = pentest(telecom);
        QVERIFY(!t.isEmpty());
        QVERIFY2(t.contains(QStringLiteral("依照条例第三十一条，未经授权不得对关键信息基础设施实施"
                                           "漏洞探测、渗透性测试等活动。")),
                 qPrintable(t));
        // (Checked in pieces: the line at a page break may be printed on both pages.)
        QVERIFY(t.contains(QStringLiteral("本通知即为电信行业网络安全保护办公室")));
        QVERIFY(t.contains(QStringLiteral("在上述范围和时间内实施漏洞探测")));
        QVERIFY(t.contains(QStringLiteral("渗透性测试的授权")));
        QVERIFY(t.contains(QStringLiteral("测评组张某、赵某")));
        QVERIFY(t.contains(QStringLiteral("对基础电信网络实施漏洞探测、渗透性测试等活动，应当事先"
                                          "向国务院电信主管部门报告")));
        const QString o = pentest(other);
        QVERIFY(o.contains(QStringLiteral("未经授权不得对关键信息基础设施实施")));
        QVERIFY(!o.contains(QStringLiteral("国务院电信主管部门")));
    }

    void icsRoundTripsIntoAnotherStore()
    {
        const QString a = demoStore(QStringLiteral("ics-a.sqlite"));
        const QJsonArray ops = json(cli(a, QStringLiteral("--json operators list")))
                                   .value(QStringLiteral("operators"))
                                   .toArray();
        const QString op1 =
            QString::number(ops.at(1).toObject().value(QStringLiteral("id")).toInteger());
        const QString op2 =
            QString::number(ops.at(2).toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(
            cli(a, {QStringLiteral("inspections"), QStringLiteral("add"),
                    QStringLiteral("--operator"), op1, QStringLiteral("--lead"),
                    QStringLiteral("cac"), QStringLiteral("--start"), QStringLiteral("2026-06-01"),
                    QStringLiteral("--end"), QStringLiteral("2026-06-03"), QStringLiteral("--kind"),
                    QStringLiteral("penetration-test"), QStringLiteral("--participants"),
                    QStringLiteral("mps,cryptography"), QStringLiteral("--team"),
                    QStringLiteral("王五; 赵六, 测评组")})
                .code,
            0);
        QCOMPARE(
            cli(a, QStringLiteral("inspections add --operator %1 --lead own --start 2026-10-10 "
                                  "--end 2026-10-10")
                       .arg(op2))
                .code,
            0);
        const QString ics = m_dir.filePath(QStringLiteral("plan.ics"));
        QCOMPARE(cli(a, {QStringLiteral("inspections"), QStringLiteral("export"),
                         QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--out"),
                         ics})
                     .code,
                 0);
        const QString b = demoStore(QStringLiteral("ics-b.sqlite")); // same seed: same operators
        QCOMPARE(cli(b, {QStringLiteral("inspections"), QStringLiteral("import"), ics}).code, 0);
        const QJsonArray before = json(cli(a, QStringLiteral("--json inspections list")))
                                      .value(QStringLiteral("inspections"))
                                      .toArray();
        const QJsonArray after = json(cli(b, QStringLiteral("--json inspections list")))
                                     .value(QStringLiteral("inspections"))
                                     .toArray();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            for (const char *key : {"operator_uscc", "lead", "kind", "start", "end", "participants",
                                    "team", "status"})
                QCOMPARE(after.at(i).toObject().value(QLatin1String(key)),
                         before.at(i).toObject().value(QLatin1String(key)));
        }
    }
};

QTEST_GUILESS_MAIN(TestInspectionsCli)
#include "tst_inspectionscli.moc"
