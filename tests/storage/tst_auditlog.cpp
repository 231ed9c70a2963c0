#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "teststore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // A store with a few audited writes; returns its path.
    QString populatedStore()
    {
        const QString path =
            TestStore::location(m_dir, QStringLiteral("audit%1.sqlite").arg(++m_n));
        Database db;
        if (!db.open(path, Database::OpenMode::CreateIfMissing).ok())
            return {};
        RegistryRepository repo(db);
        OperatorInfo o;
        o.uscc = QStringLiteral("91350100M000100Y43");
        o.nameZh = QStringLiteral("福州测试有限公司");
        o.sector = QStringLiteral("energy");
        const qint64 id = repo.addOperator(o).value();
        o.id = id;
        o.region = QStringLiteral("福州");
        repo.updateOperator(o);
        SystemInfo s;
        s.operatorId = id;
        s.name = QStringLiteral("调度系统");
        const qint64 sys = repo.addSystem(s).value();
        repo.setIndicatorValue(sys, QStringLiteral("standard_racks"), QStringLiteral("1500"),
                               QDate(2026, 1, 5));
        return path;
    }

    template <typename F> void withRaw(const QString &path, F f) { TestStore::raw(path, f); }

    AuditVerification verify(const QString &path)
    {
        Database db;
        if (!db.open(path).ok())
            return {};
        return AuditLog::verify(db).value();
    }

private slots:
    void initTestCase() { CII_REQUIRE_TEST_STORE(); }

    void everyWriteIsRecordedAndTheChainHolds()
    {
        const QString path = populatedStore();
        const AuditVerification v = verify(path);
        QVERIFY(v.ok);
        // one per migration, create operator, update operator, create system, set indicator
        const qint64 migrations = Database::latestSchemaVersion();
        QCOMPARE(v.records, migrations + 4);
        Database db;
        QVERIFY(db.open(path).ok());
        const auto recent = AuditLog::recent(db, 10).value();
        QCOMPARE(recent.at(0).action, QStringLiteral("set-indicator"));
        QCOMPARE(recent.at(2).action, QStringLiteral("update"));
        QVERIFY(recent.at(2).beforeJson.contains(QStringLiteral("\"region\":\"\"")));
        QVERIFY(recent.at(2).afterJson.contains(QStringLiteral("\"region\":\"福州\"")));
        QVERIFY(!recent.at(2).osUser.isEmpty());
    }

    void theLogRefusesUpdatesAndDeletes()
    {
        const QString path = populatedStore();
        withRaw(path, [](QSqlQuery &q) {
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 2")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        });
        QVERIFY(verify(path).ok);
    }

    void detectsAnEditedRecord()
    {
        const QString path = populatedStore();
        // Someone with file access drops the guard and rewrites history.
        withRaw(path, [](QSqlQuery &q) {
            QVERIFY(q.exec(TestStore::dropTrigger(QStringLiteral("audit_log_no_update"),
                                                  QStringLiteral("audit_log"))));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE audit_log SET after_json = "
                               "replace(after_json, '福州', '厦门') WHERE action = 'update'")));
        });
        const AuditVerification v = verify(path);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBroken, Database::latestSchemaVersion() + 2);
        QCOMPARE(v.records, Database::latestSchemaVersion() + 4);
    }

    void detectsARecomputedHashByTheBrokenLink()
    {
        const QString path = populatedStore();
        withRaw(path, [](QSqlQuery &q) {
            QVERIFY(q.exec(TestStore::dropTrigger(QStringLiteral("audit_log_no_update"),
                                                  QStringLiteral("audit_log"))));
            // Rewrite record 2 and give it a matching hash: record 3 no longer links to it.
            QVERIFY(q.exec(QStringLiteral("SELECT id, at, os_user, action, entity, entity_id, "
                                          "before_json, after_json, prev_hash FROM audit_log "
                                          "WHERE id = 2")));
            QVERIFY(q.next());
            AuditRecord r;
            r.id = 2;
            r.at = q.value(1).toString();
            r.osUser = QStringLiteral("someone-else");
            r.action = q.value(3).toString();
            r.entity = q.value(4).toString();
            r.entityId = q.value(5).toString();
            r.beforeJson = q.value(6).toString();
            r.afterJson = q.value(7).toString();
            r.prevHash = q.value(8).toString();
            const QString hash = AuditLog::hashOf(r);
            QVERIFY(q.prepare(
                QStringLiteral("UPDATE audit_log SET os_user = ?, hash = ? WHERE id = 2")));
            q.addBindValue(r.osUser);
            q.addBindValue(hash);
            QVERIFY(q.exec());
        });
        const AuditVerification v = verify(path);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBroken, qint64(3));
    }

    void detectsADeletedRecord()
    {
        const QString path = populatedStore();
        withRaw(path, [](QSqlQuery &q) {
            QVERIFY(q.exec(TestStore::dropTrigger(QStringLiteral("audit_log_no_delete"),
                                                  QStringLiteral("audit_log"))));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        });
        const AuditVerification v = verify(path);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBroken, qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
