#include "clirun.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The incidents commands as cli.md gives them, run as a process on a temporary store: the
// JSON keys, the exit codes (3 with nothing written for bad input, 4 for a missing store)
// and what the store holds afterwards.
class TestIncidentsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun run(const QStringList &args) const { return CliRun::on(m_db, args); }
    CliRun run(const QString &words) const { return CliRun::on(m_db, words); }
    qint64 count(const QString &sql) const { return TestStore::value(m_db, sql).toLongLong(); }
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }
    qint64 addIncident(const QString &discovered, const QString &received) const
    {
        const CliRun r =
            run({QStringLiteral("--json"), QStringLiteral("incidents"), QStringLiteral("add"),
                 QStringLiteral("--operator"), QStringLiteral("1"), QStringLiteral("--systems"),
                 QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("ransomware"),
                 QStringLiteral("--discovered"), discovered, QStringLiteral("--received"), received,
                 QStringLiteral("--description"), QStringLiteral("调度系统被加密")});
        return r.code == 0 ? r.json().value(QStringLiteral("id")).toInteger() : -1;
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        m_db = TestStore::location(m_dir);
        QCOMPARE(run(QStringLiteral("init")).code, 0);
        QCOMPARE(run({QStringLiteral("operators"), QStringLiteral("add"),
                      QStringLiteral("--name-zh"), QStringLiteral("福州电力有限公司"),
                      QStringLiteral("--name-en"), QStringLiteral("Fuzhou Power"),
                      QStringLiteral("--uscc"), QStringLiteral("91350100M000100Y43"),
                      QStringLiteral("--sector"), QStringLiteral("energy")})
                     .code,
                 0);
        QCOMPARE(run(QStringLiteral("systems add --operator 1 --name Dispatch")).code, 0);
    }

    void addPrintsTheIdAndListShowsTheKeysOfTheContract()
    {
        const qint64 id = addIncident(QStringLiteral("2026-11-26T09:00+08:00"),
                                      QStringLiteral("2026-11-26T10:00+08:00"));
        QVERIFY(id > 0);
        const CliRun list = run(QStringLiteral("--json incidents list"));
        QCOMPARE(list.code, 0);
        const QJsonArray incidents = list.json().value(QStringLiteral("incidents")).toArray();
        QVERIFY(!incidents.isEmpty());
        const QJsonObject first = incidents.first().toObject();
        for (const char *key : {"id", "operator", "grade", "status", "discovered", "received"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("operator")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(first.value(QStringLiteral("discovered")).toString(),
                 QStringLiteral("2026-11-26T09:00+08:00"));
        // Exactly one hour is in time (Art. 4: late only when more than one hour).
        QCOMPARE(first.value(QStringLiteral("operator_report_late")).toBool(), false);
    }

    void badInputExitsThreeAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList base{QStringLiteral("incidents"),  QStringLiteral("add"),
                               QStringLiteral("--operator"), QStringLiteral("1"),
                               QStringLiteral("--type"),     QStringLiteral("malware")};
        QTest::newRow("not a time")
            << (base + QStringList{"--discovered", "yesterday", "--received", "2026-11-26T10:00"});
        QTest::newRow("a date without a time")
            << (base + QStringList{"--discovered", "2026-11-26", "--received", "2026-11-26T10:00"});
        QTest::newRow("received before discovered")
            << (base + QStringList{"--discovered", "2026-11-26T10:00+08:00", "--received",
                                   "2026-11-26T09:59+08:00"});
        QTest::newRow("unknown type") << QStringList{
            "incidents", "add",          "--operator",       "1",          "--type",
            "gremlins",  "--discovered", "2026-11-26T09:00", "--received", "2026-11-26T09:30"};
        QTest::newRow("system of nobody")
            << (base + QStringList{"--systems", "99", "--discovered", "2026-11-26T09:00",
                                   "--received", "2026-11-26T09:30"});
    }
    void badInputExitsThreeAndWritesNothing()
    {
        QFETCH(QStringList, args);
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM incidents"));
        const qint64 audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const CliRun r = run(args);
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incidents")), before);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    }

    void aMissingStoreExitsFour()
    {
        const CliRun r = CliRun::on(m_dir.filePath(QStringLiteral("nothing.sqlite")),
                                    QStringLiteral("incidents list"));
        QCOMPARE(r.code, 4);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nothing.sqlite"))));
    }

    void gradeFromFactsShowsTheTraceAndTheDepartmentMayDiffer()
    {
        const qint64 id = addIncident(QStringLiteral("2026-11-26T09:00+08:00"),
                                      QStringLiteral("2026-11-26T10:01+08:00"));
        const QString facts = writeFile(QStringLiteral("facts.json"),
                                        R"({"personal-information-records": 10000000})");
        const QString ids = QString::number(id);
        CliRun r = run({QStringLiteral("--json"), QStringLiteral("incidents"),
                        QStringLiteral("grade"), ids, QStringLiteral("--facts"), facts});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("proposed_grade")).toString(),
                 QStringLiteral("major"));
        QCOMPARE(r.json().value(QStringLiteral("deciding_criterion")).toString(),
                 QStringLiteral("ma-personal-information"));
        // A different grade without a reason is refused.
        r = run({QStringLiteral("incidents"), QStringLiteral("grade"), ids, QStringLiteral("--set"),
                 QStringLiteral("large")});
        QCOMPARE(r.code, 3);
        r = run({QStringLiteral("incidents"), QStringLiteral("grade"), ids, QStringLiteral("--set"),
                 QStringLiteral("large"), QStringLiteral("--reason"), QStringLiteral("已追回")});
        QCOMPARE(r.code, 0);
        r = run(
            {QStringLiteral("--json"), QStringLiteral("incidents"), QStringLiteral("show"), ids});
        QCOMPARE(r.code, 0);
        const QJsonObject incident = r.json().value(QStringLiteral("incident")).toObject();
        QCOMPARE(incident.value(QStringLiteral("grade")).toString(), QStringLiteral("large"));
        QCOMPARE(incident.value(QStringLiteral("proposed_grade")).toString(),
                 QStringLiteral("major"));
        QCOMPARE(incident.value(QStringLiteral("operator_report_late")).toBool(), true);
        const QJsonArray grading = incident.value(QStringLiteral("grading")).toArray();
        QVERIFY(!grading.isEmpty());
        int decisive = 0;
        for (const QJsonValue &t : grading) {
            const QJsonObject o = t.toObject();
            for (const char *key : {"criterion", "fact", "value", "threshold", "op", "result"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            if (o.value(QStringLiteral("decisive")).toBool()) {
                ++decisive;
                QCOMPARE(o.value(QStringLiteral("criterion")).toString(),
                         QStringLiteral("ma-personal-information"));
            }
        }
        QCOMPARE(decisive, 1);
        const QJsonArray timeline = incident.value(QStringLiteral("timeline")).toArray();
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(timeline.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("operator-report"));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("incidents"), QStringLiteral("list"),
                      QStringLiteral("--grade"), QStringLiteral("large")})
                     .json()
                     .value(QStringLiteral("incidents"))
                     .toArray()
                     .size(),
                 1);
        // A fact no criterion reads is a typing error.
        const QString typo = writeFile(QStringLiteral("typo.json"), R"({"cii-outage-hour": 7})");
        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("grade"), ids,
                      QStringLiteral("--facts"), typo})
                     .code,
                 3);
    }

    void criteriaListAndTheDepartmentsConfirmation()
    {
        CliRun r = run(QStringLiteral("--json incidents criteria"));
        QCOMPARE(r.code, 0);
        const QJsonArray criteria = r.json().value(QStringLiteral("criteria")).toArray();
        QVERIFY(criteria.size() > 10);
        bool sawDisabled = false;
        for (const QJsonValue &c : criteria) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("source")).toString() == QLatin1String("unconfirmed")) {
                QCOMPARE(o.value(QStringLiteral("enabled")).toBool(), false);
                sawDisabled = true;
            }
        }
        QVERIFY(sawDisabled);
        QCOMPARE(run(QStringLiteral("incidents criterion ma-cii-outage --enable")).code, 3);
        r = run(QStringLiteral("--json incidents criterion ma-cii-outage --threshold 2 --enable"));
        QCOMPARE(r.code, 0);
        const QJsonObject c = r.json().value(QStringLiteral("criterion")).toObject();
        QCOMPARE(c.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("source")).toString(), QStringLiteral("department"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                      "'incident_criterion'")),
                 qint64(1));
        QCOMPARE(run(QStringLiteral("incidents criterion ma-cii-outage --disable")).code, 0);
    }

    void reportWritesTheDocumentAndSentClosesTheClock()
    {
        const qint64 id = addIncident(QStringLiteral("2026-11-26T09:00+08:00"),
                                      QStringLiteral("2026-11-26T09:10+08:00"));
        const QString ids = QString::number(id);
        const QString out = m_dir.filePath(QStringLiteral("reports"));
        CliRun r =
            run({QStringLiteral("--json"), QStringLiteral("incidents"), QStringLiteral("report"),
                 ids, QStringLiteral("--to"), QStringLiteral("cac-mps"), QStringLiteral("--format"),
                 QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("zh"),
                 QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        const QString file = r.json().value(QStringLiteral("file")).toString();
        QVERIFY(QFile::exists(file));
        QVERIFY(file.endsWith(QLatin1String(".pdf")));
        auto onward = [&]() {
            const CliRun d = run(QStringLiteral("--json deadlines --kind incident"));
            for (const QJsonValue &v : d.json().value(QStringLiteral("items")).toArray()) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("subject_id")).toInteger() == id &&
                    o.value(QStringLiteral("clock")).toString() == QLatin1String("onward-report"))
                    return o;
            }
            return QJsonObject();
        };
        // Ungraded: the half hour shows; the document issued does not close it.
        QCOMPARE(onward().value(QStringLiteral("due_at")).toString(),
                 QStringLiteral("2026-11-26T09:40+08:00"));
        QCOMPARE(onward().value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
        r = run({QStringLiteral("incidents"), QStringLiteral("report"), ids, QStringLiteral("--to"),
                 QStringLiteral("cac-mps"), QStringLiteral("--sent"),
                 QStringLiteral("2026-11-26T09:40+08:00")});
        QCOMPARE(r.code, 0);
        QCOMPARE(onward().value(QStringLiteral("status")).toString(),
                 QStringLiteral("done-on-time"));
        // Usage: both ways at once, or neither; an unknown report.
        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("report"), ids,
                      QStringLiteral("--to"), QStringLiteral("cac-mps")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("report"), ids,
                      QStringLiteral("--to"), QStringLiteral("press")})
                     .code,
                 2);
        // A summary before handling ended is refused, and no file is written.
        const int files = QDir(out).entryList(QDir::Files).size();
        QCOMPARE(
            run({QStringLiteral("incidents"), QStringLiteral("report"), ids, QStringLiteral("--to"),
                 QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("odt"),
                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), out})
                .code,
            3);
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), files);
    }

    void closeAndReceiveTheSummary()
    {
        const qint64 id = addIncident(QStringLiteral("2026-11-26T09:00+08:00"),
                                      QStringLiteral("2026-11-26T09:20+08:00"));
        const QString ids = QString::number(id);
        // No summary before handling ended.
        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("receive"), ids,
                      QStringLiteral("--report"), QStringLiteral("summary"), QStringLiteral("--at"),
                      QStringLiteral("2026-11-30T10:00+08:00")})
                     .code,
                 3);
        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("close"), ids,
                      QStringLiteral("--date"), QStringLiteral("2026-11-28T18:00+08:00")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("close"), ids,
                      QStringLiteral("--date"), QStringLiteral("2026-11-28T19:00+08:00")})
                     .code,
                 3);
        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("receive"), ids,
                      QStringLiteral("--report"), QStringLiteral("summary"), QStringLiteral("--at"),
                      QStringLiteral("2026-11-30T10:00+08:00")})
                     .code,
                 0);
        const CliRun open = run(QStringLiteral("--json incidents list --open"));
        for (const QJsonValue &i : open.json().value(QStringLiteral("incidents")).toArray())
            QVERIFY(i.toObject().value(QStringLiteral("id")).toInteger() != id);
        const QJsonObject shown = run({QStringLiteral("--json"), QStringLiteral("incidents"),
                                       QStringLiteral("show"), ids})
                                      .json()
                                      .value(QStringLiteral("incident"))
                                      .toObject();
        QCOMPARE(shown.value(QStringLiteral("handling_ended")).toString(),
                 QStringLiteral("2026-11-28T18:00+08:00"));
        QCOMPARE(shown.value(QStringLiteral("timeline")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestIncidentsCli)
#include "tst_incidentscli.moc"
