#include "domain/chinatime.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"
#include "storage/registryrepository.h"
#include "teststore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

// The incident register in a store: what is recorded, what the store refuses (nothing is
// deleted, what the operator reported never changes, a closed incident stays closed), the
// grading kept with its trace, the department's criteria edits, and one audit record per write.
class TestIncidentRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    qint64 m_operator = 0;
    qint64 m_system = 0;
    qint64 m_otherSystem = 0;

    std::unique_ptr<Database> freshStore()
    {
        auto db = std::make_unique<Database>();
        if (!db->open(TestStore::location(m_dir, QStringLiteral("i%1.sqlite").arg(++m_n)),
                      Database::OpenMode::CreateIfMissing))
            return nullptr;
        RegistryRepository registry(*db);
        OperatorInfo o;
        o.uscc = QStringLiteral("91350100M000100Y43");
        o.nameZh = QStringLiteral("福州电力有限公司");
        o.nameEn = QStringLiteral("Fuzhou Power Co., Ltd.");
        o.sector = QStringLiteral("energy");
        m_operator = registry.addOperator(o).value();
        OperatorInfo other = o;
        other.uscc = QStringLiteral("91110000100000000G");
        other.nameZh = QStringLiteral("另一公司");
        const Result<qint64> otherId = registry.addOperator(other);
        SystemInfo s;
        s.operatorId = m_operator;
        s.name = QStringLiteral("调度系统");
        m_system = registry.addSystem(s).value();
        if (otherId) {
            s.operatorId = otherId.value();
            s.name = QStringLiteral("别家系统");
            m_otherSystem = registry.addSystem(s).value();
        }
        return db;
    }
    static QDateTime t(const char *text) { return ChinaTime::parse(QString::fromLatin1(text)); }
    Incident sample() const
    {
        Incident i;
        i.operatorId = m_operator;
        i.systems = {m_system};
        i.type = QStringLiteral("ransomware");
        i.place = QStringLiteral("福州调度中心");
        i.description = QStringLiteral("调度系统服务器被加密");
        i.occurred = t("2026-11-26T08:50");
        i.discovered = t("2026-11-26T09:00");
        i.received = t("2026-11-26T09:40");
        return i;
    }
    static qint64 auditCount(Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        q.next();
        return q.value(0).toLongLong();
    }
    static QString rawExec(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

private slots:
    void initTestCase() { CII_REQUIRE_TEST_STORE(); }

    void addsAnIncidentWithTheOperatorsReportInItsTimeline()
    {
        auto db = freshStore();
        QVERIFY(db);
        IncidentRepository repo(*db);
        const qint64 before = auditCount(*db);
        const Result<qint64> id = repo.add(sample(), QStringLiteral("张三（安全负责人）"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(auditCount(*db), before + 1);
        const Result<Incident> back = repo.byId(id.value());
        QVERIFY(back);
        QCOMPARE(back->operatorName.isEmpty(), false);
        QCOMPARE(back->systems, QVector<qint64>{m_system});
        QCOMPARE(back->discovered, t("2026-11-26T09:00"));
        QCOMPARE(back->received, t("2026-11-26T09:40"));
        QCOMPARE(back->occurred, t("2026-11-26T08:50"));
        QCOMPARE(back->status, QStringLiteral("open"));
        QVERIFY(back->grade().isEmpty());
        QCOMPARE(back->timeline.size(), 1);
        QCOMPARE(back->timeline.first().kind, QStringLiteral("operator-report"));
        QCOMPARE(back->timeline.first().action, QStringLiteral("received"));
        QCOMPARE(back->timeline.first().at, t("2026-11-26T09:40"));
        QCOMPARE(back->timeline.first().party, QStringLiteral("张三（安全负责人）"));
        QVERIFY(!back->operatorReportLate());
        QCOMPARE(back->operatorReportMinutes(), qint64(40));
    }

    void refusesWhatCannotBeTrue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("change");
        QTest::newRow("received before discovered") << "received" << 0;
        QTest::newRow("discovered in the future") << "discovered" << 1;
        QTest::newRow("occurred after discovered") << "occurred" << 2;
        QTest::newRow("system of another operator") << "systems" << 3;
        QTest::newRow("unknown type") << "type" << 4;
        QTest::newRow("unknown operator") << "operator" << 5;
    }
    void refusesWhatCannotBeTrue()
    {
        QFETCH(QString, field);
        QFETCH(int, change);
        auto db = freshStore();
        IncidentRepository repo(*db);
        Incident i = sample();
        switch (change) {
        case 0:
            i.received = i.discovered.addSecs(-60);
            break;
        case 1:
            i.discovered = QDateTime::currentDateTimeUtc().addSecs(3600);
            break;
        case 2:
            i.occurred = i.discovered.addSecs(60);
            break;
        case 3:
            i.systems = {m_otherSystem};
            break;
        case 4:
            i.type = QStringLiteral("aliens");
            break;
        case 5:
            i.operatorId = 999;
            break;
        }
        const qint64 audits = auditCount(*db);
        const Result<qint64> id = repo.add(i);
        QVERIFY(!id);
        QCOMPARE(id.error().kind, Error::Kind::Input);
        QVERIFY2(id.error().details.join(QLatin1Char('\n')).startsWith(field + QLatin1Char(':')),
                 qPrintable(id.error().details.join(QLatin1Char('\n'))));
        QCOMPARE(auditCount(*db), audits);
        QCOMPARE(repo.list()->size(), 0);
    }

    void lateIsMoreThanOneHourAfterDiscovery_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("late");
        QTest::newRow("59 min") << 59 * 60 << false;
        QTest::newRow("exactly 1 h") << 3600 << false;
        QTest::newRow("1 h 0 min 1 s") << 3601 << true;
        QTest::newRow("1 h 1 min") << 3660 << true;
    }
    void lateIsMoreThanOneHourAfterDiscovery()
    {
        QFETCH(int, seconds);
        QFETCH(bool, late);
        auto db = freshStore();
        IncidentRepository repo(*db);
        Incident i = sample();
        i.received = i.discovered.addSecs(seconds);
        const Result<qint64> id = repo.add(i);
        QVERIFY(id);
        QCOMPARE(repo.byId(id.value())->operatorReportLate(), late);
        QCOMPARE(
            repo.byId(id.value())->toJson().value(QStringLiteral("operator_report_late")).toBool(),
            late);
    }

    void proposalKeepsFactsAndTraceAndTheDepartmentMayDiffer()
    {
        auto db = freshStore();
        IncidentRepository repo(*db);
        const qint64 id = repo.add(sample()).value();
        const qint64 audits = auditCount(*db);
        const Result<IncidentGrading> g = repo.propose(
            id, {{QStringLiteral("personal-information-records"), QStringLiteral("10000000")}});
        QVERIFY(g);
        QCOMPARE(g->grade, QStringLiteral("major"));
        QCOMPARE(auditCount(*db), audits + 1);
        Incident back = repo.byId(id).value();
        QCOMPARE(back.proposedGrade, QStringLiteral("major"));
        QCOMPARE(back.decidingCriterion, QStringLiteral("ma-personal-information"));
        QCOMPARE(back.facts.value(QStringLiteral("personal-information-records")),
                 QStringLiteral("10000000"));
        QCOMPARE(back.trace.size(), repo.criteria()->size());
        QCOMPARE(back.grade(), QStringLiteral("major"));
        // A different grade needs a reason; nothing is written without one.
        const Status noReason = repo.decideGrade(id, QStringLiteral("large"), QString());
        QVERIFY(!noReason);
        QCOMPARE(auditCount(*db), audits + 1);
        QVERIFY(repo.decideGrade(id, QStringLiteral("large"), QStringLiteral("数据已追回")));
        back = repo.byId(id).value();
        QCOMPARE(back.grade(), QStringLiteral("large"));
        QCOMPARE(back.proposedGrade, QStringLiteral("major"));
        QCOMPARE(back.gradeReason, QStringLiteral("数据已追回"));
        QVERIFY(!back.needsOnwardReport());
        QCOMPARE(auditCount(*db), audits + 2);
        // The same as the proposal needs none.
        QVERIFY(repo.decideGrade(id, QStringLiteral("major"), QString()));
        QCOMPARE(repo.list(false, QStringLiteral("major"))->size(), 1);
        QCOMPARE(repo.list(false, QStringLiteral("large"))->size(), 0);
        // Unknown facts are refused, not ignored.
        QVERIFY(!repo.propose(id, {{QStringLiteral("cii-outage-hour"), QStringLiteral("7")}}));
    }

    void aDisabledCriterionCountsOnlyOnceTheDepartmentEnablesIt()
    {
        auto db = freshStore();
        IncidentRepository repo(*db);
        const qint64 id = repo.add(sample()).value();
        const QMap<QString, QString> loss{
            {QStringLiteral("direct-loss-yuan"), QStringLiteral("20000000")}};
        QCOMPARE(repo.propose(id, loss)->grade, QStringLiteral("large"));
        IncidentCriterion c;
        for (const IncidentCriterion &x : repo.criteria().value())
            if (x.key == QLatin1String("ma-direct-loss"))
                c = x;
        QVERIFY(!c.enabled);
        QCOMPARE(c.source, QStringLiteral("unconfirmed"));
        const qint64 audits = auditCount(*db);
        c.enabled = true;
        QVERIFY(repo.updateCriterion(c));
        QCOMPARE(auditCount(*db), audits + 1);
        for (const IncidentCriterion &x : repo.criteria().value())
            if (x.key == QLatin1String("ma-direct-loss")) {
                QVERIFY(x.enabled);
                QCOMPARE(x.source, QStringLiteral("department"));
            }
        QCOMPARE(repo.propose(id, loss)->grade, QStringLiteral("major"));
        // A criterion without its figure cannot be enabled.
        for (IncidentCriterion x : repo.criteria().value())
            if (x.key == QLatin1String("ma-cii-outage")) {
                x.enabled = true;
                QVERIFY(!repo.updateCriterion(x));
                x.threshold = QStringLiteral("2");
                QVERIFY(repo.updateCriterion(x));
            }
    }

    void timelineRecordsReportsAndRefusesImpossibleOnes()
    {
        auto db = freshStore();
        IncidentRepository repo(*db);
        const qint64 id = repo.add(sample()).value();
        IncidentReport r;
        r.incidentId = id;
        r.kind = QStringLiteral("onward-report");
        r.action = QStringLiteral("sent");
        r.at = t("2026-11-26T10:05");
        r.party = QStringLiteral("国家网信办、公安部");
        QVERIFY(repo.recordReport(r));
        IncidentReport received = r;
        received.action = QStringLiteral("received");
        QVERIFY(!repo.recordReport(received)); // the department sends the onward report
        IncidentReport early = r;
        early.at = t("2026-11-26T08:00");
        QVERIFY(!repo.recordReport(early)); // before discovery
        IncidentReport summary = r;
        summary.kind = QStringLiteral("summary-report");
        QVERIFY(!repo.recordReport(summary)); // handling has not ended
        QVERIFY(repo.close(id, t("2026-11-28T18:00")));
        summary.at = t("2026-12-01T10:00");
        QVERIFY(repo.recordReport(summary));
        const Incident back = repo.byId(id).value();
        QCOMPARE(back.timeline.size(), 3);
        QCOMPARE(back.timeline.at(1).kind, QStringLiteral("onward-report"));
        QCOMPARE(back.timeline.at(2).kind, QStringLiteral("summary-report"));
        QCOMPARE(back.status, QStringLiteral("closed"));
        QVERIFY(!repo.close(id, t("2026-11-29T18:00")));
        QVERIFY(repo.onwardReportsDue()->isEmpty());
    }

    void onwardReportsDueAreTheUnsentOnesOfMajorAndUngradedIncidents()
    {
        auto db = freshStore();
        IncidentRepository repo(*db);
        const qint64 ungraded = repo.add(sample()).value();
        Incident later = sample();
        later.received = t("2026-11-26T09:50");
        const qint64 major = repo.add(later).value();
        QVERIFY(repo.decideGrade(major, QStringLiteral("major"), QStringLiteral("电话研判")));
        const qint64 large = repo.add(sample()).value();
        QVERIFY(repo.decideGrade(large, QStringLiteral("large"), QStringLiteral("电话研判")));
        const QVector<OnwardReportDue> due = repo.onwardReportsDue().value();
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).incidentId, ungraded);
        QCOMPARE(due.at(0).dueAt, t("2026-11-26T10:10"));
        QVERIFY(due.at(0).grade.isEmpty());
        QCOMPARE(due.at(1).incidentId, major);
        QCOMPARE(due.at(1).dueAt, t("2026-11-26T10:20"));
        QCOMPARE(due.at(1).grade, QStringLiteral("major"));
    }

    void theStoreRefusesDeletionsAndChangesToWhatWasReported()
    {
        auto db = freshStore();
        IncidentRepository repo(*db);
        const qint64 id = repo.add(sample()).value();
        QVERIFY(!rawExec(*db, QStringLiteral("DELETE FROM incidents")).isEmpty());
        QVERIFY(!rawExec(*db, QStringLiteral("DELETE FROM incident_reports")).isEmpty());
        QVERIFY(!rawExec(*db, QStringLiteral("UPDATE incident_reports SET at = '2026-01-01'"))
                     .isEmpty());
        QVERIFY(!rawExec(*db, QStringLiteral("DELETE FROM incident_criteria")).isEmpty());
        QVERIFY(!rawExec(*db, QStringLiteral("UPDATE incidents SET received_at = "
                                             "'2026-11-26T01:00:00Z'"))
                     .isEmpty());
        QVERIFY(repo.close(id, t("2026-11-27T12:00")));
        QVERIFY(!rawExec(*db, QStringLiteral("UPDATE incidents SET status = 'open'")).isEmpty());
        QVERIFY(!rawExec(*db, QStringLiteral("UPDATE incidents SET handling_ended_at = NULL"))
                     .isEmpty());
        QCOMPARE(repo.list()->size(), 1);
        QVERIFY(AuditLog::verify(*db)->ok);
    }

    void narrativeIsRecordedAndAudited()
    {
        auto db = freshStore();
        IncidentRepository repo(*db);
        const qint64 id = repo.add(sample()).value();
        IncidentNarrative n;
        n.impact = QStringLiteral("调度中断40分钟");
        n.measures = QStringLiteral("隔离受感染主机");
        const qint64 audits = auditCount(*db);
        QVERIFY(repo.updateNarrative(id, n));
        QCOMPARE(auditCount(*db), audits + 1);
        QVERIFY(repo.updateNarrative(id, n)); // unchanged: nothing written
        QCOMPARE(auditCount(*db), audits + 1);
        QCOMPARE(repo.byId(id)->narrative.impact, QStringLiteral("调度中断40分钟"));
        QCOMPARE(repo.byId(id)->narrative.measures, QStringLiteral("隔离受感染主机"));
    }

    // Two workstations record two parts of one narrative, each from what it read before the
    // other wrote: both parts stay (only the given parts are written, under the write lock).
    void narrativePartsRecordedMeanwhileAreKept()
    {
        auto db = freshStore();
        IncidentRepository repo(*db);
        const qint64 id = repo.add(sample()).value();
        const qint64 audits = auditCount(*db);
        QVERIFY(repo.updateNarrative(
            id, QMap<QString, QString>{{QStringLiteral("impact"), QStringLiteral("调度中断")}}));
        QVERIFY(repo.updateNarrative(
            id, QMap<QString, QString>{{QStringLiteral("measures"), QStringLiteral("隔离")}}));
        const Incident stored = repo.byId(id).value();
        QCOMPARE(stored.narrative.impact, QStringLiteral("调度中断"));
        QCOMPARE(stored.narrative.measures, QStringLiteral("隔离"));
        QCOMPARE(auditCount(*db), audits + 2);
        const Status unknown = repo.updateNarrative(
            id, QMap<QString, QString>{{QStringLiteral("status"), QStringLiteral("closed")}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, Error::Kind::Input);
        QCOMPARE(repo.byId(id)->status, QStringLiteral("open"));
        QCOMPARE(auditCount(*db), audits + 2);
    }
};

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "tst_incidentrepository.moc"
