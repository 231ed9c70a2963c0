#include "rules/ruletemplates.h"
#include "storage/database.h"
#include "storage/editconflict.h"
#include "storage/rulesetrepository.h"
#include "teststore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

class TestRuleSets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> freshStore()
    {
        auto db = std::make_unique<Database>();
        if (!db->open(TestStore::location(m_dir, QStringLiteral("rs%1.sqlite").arg(++m_n)),
                      Database::OpenMode::CreateIfMissing))
            return nullptr;
        return db;
    }
    static RuleSet energyTemplate()
    {
        RuleSet r = RuleTemplates::nationalGuide2016().value();
        r.sector = QStringLiteral("energy");
        return r;
    }

private slots:
    void initTestCase() { CII_REQUIRE_TEST_STORE(); }

    void importsAsTheNextDraftVersion()
    {
        auto db = freshStore();
        RuleSetRepository repo(*db);
        const qint64 a = repo.importAsDraft(energyTemplate()).value();
        const qint64 b = repo.importAsDraft(energyTemplate()).value();
        QCOMPARE(repo.byId(a)->version, 1);
        QCOMPARE(repo.byId(b)->version, 2);
        QCOMPARE(repo.byId(b)->status, QStringLiteral("draft"));
        QCOMPARE(repo.byId(b)->criteria.size(), energyTemplate().criteria.size());
    }

    void filedVersionRefusesChangesThroughTheApi()
    {
        auto db = freshStore();
        RuleSetRepository repo(*db);
        const qint64 id = repo.importAsDraft(energyTemplate()).value();
        QVERIFY(repo.file(id, QStringLiteral("备案〔2026〕1号"), QDate(2026, 11, 2)).ok());
        RuleSet changed = repo.byId(id).value();
        QCOMPARE(changed.status, QStringLiteral("filed"));
        changed.criteria[0].threshold = QStringLiteral("1");
        const Result<qint64> s = repo.update(changed);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Input);
        QVERIFY(!repo.remove(id).ok());
        QVERIFY(!repo.file(id, QStringLiteral("again"), QDate(2026, 11, 3)).ok());
        QCOMPARE(repo.byId(id)->filingReference, QStringLiteral("备案〔2026〕1号"));
    }

    void filedVersionRefusesChangesThroughRawSql()
    {
        const QString path = TestStore::location(m_dir, QStringLiteral("raw.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, Database::OpenMode::CreateIfMissing).ok());
            RuleSetRepository repo(db);
            const qint64 id = repo.importAsDraft(energyTemplate()).value();
            QVERIFY(repo.file(id, QStringLiteral("R1"), QDate(2026, 11, 2)).ok());
        }
        TestStore::raw(path, [](QSqlQuery &q) {
            QVERIFY(!q.exec(QStringLiteral("UPDATE rulesets SET definition = '{}' WHERE id = 1")));
            QVERIFY(q.lastError().text().contains(QStringLiteral("cannot change")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE rulesets SET status = 'draft' WHERE id = 1")));
            QVERIFY(
                !q.exec(QStringLiteral("UPDATE rulesets SET filing_reference = 'x' WHERE id = 1")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM rulesets WHERE id = 1")));
            // The one change allowed: becoming superseded, nothing else touched.
            QVERIFY(
                q.exec(QStringLiteral("UPDATE rulesets SET status = 'superseded' WHERE id = 1")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE rulesets SET status = 'filed' WHERE id = 1")));
        });
    }

    void filingSupersedesThePreviousVersion()
    {
        auto db = freshStore();
        RuleSetRepository repo(*db);
        const qint64 v1 = repo.importAsDraft(energyTemplate()).value();
        QVERIFY(repo.file(v1, QStringLiteral("R1"), QDate(2026, 1, 2)).ok());
        const qint64 v2 = repo.newVersion(v1).value();
        QCOMPARE(repo.byId(v2)->version, 2);
        QCOMPARE(repo.byId(v2)->status, QStringLiteral("draft"));
        QVERIFY(repo.byId(v2)->filingReference.isEmpty());
        QCOMPARE(repo.filed(QStringLiteral("energy"))->id, v1);
        QVERIFY(repo.file(v2, QStringLiteral("R2"), QDate(2026, 6, 2)).ok());
        QCOMPARE(repo.byId(v1)->status, QStringLiteral("superseded"));
        QCOMPARE(repo.filed(QStringLiteral("energy"))->id, v2);
        const auto history = repo.list(QStringLiteral("energy")).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).version, 2);
    }

    void filingIsRefusedWhileATestFails()
    {
        auto db = freshStore();
        RuleSetRepository repo(*db);
        RuleSet r = energyTemplate();
        r.tests[1].expected = QStringLiteral("cii"); // wrong on purpose
        const qint64 id = repo.importAsDraft(r).value();
        const Status s = repo.file(id, QStringLiteral("R"), QDate(2026, 1, 1));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("test case")));
        QCOMPARE(s.error().details.size(), 1);
        QCOMPARE(repo.byId(id)->status, QStringLiteral("draft"));
    }

    void draftsCanBeEditedAndSubmitted()
    {
        auto db = freshStore();
        RuleSetRepository repo(*db);
        const qint64 id = repo.importAsDraft(energyTemplate()).value();
        RuleSet r = repo.byId(id).value();
        r.titleZh = QStringLiteral("能源行业关键信息基础设施认定规则");
        r.criteria[2].threshold = QStringLiteral("2000000");
        QVERIFY(repo.update(r).ok());
        QCOMPARE(repo.byId(id)->criteria.at(2).threshold, QStringLiteral("2000000"));
        QCOMPARE(repo.byId(id)->titleZh, QStringLiteral("能源行业关键信息基础设施认定规则"));
        QVERIFY(repo.submit(id).ok());
        QCOMPARE(repo.byId(id)->status, QStringLiteral("submitted"));
        QVERIFY(!repo.submit(id).ok());
    }

    // Two workstations edit the same draft: the second save, over the version the first one
    // replaced, is refused as a conflict with both versions and writes nothing; saved again
    // over the stored version, it goes in.
    void draftEditOverAVersionChangedMeanwhileIsAConflict()
    {
        auto db = freshStore();
        RuleSetRepository repo(*db);
        const qint64 id = repo.importAsDraft(energyTemplate()).value();
        RuleSet first = repo.byId(id).value();
        RuleSet second = first;
        QVERIFY(first.rowVersion >= 1);
        first.titleZh = QStringLiteral("第一处的标题");
        const Result<qint64> saved = repo.update(first);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value(), first.rowVersion + 1);
        QCOMPARE(repo.byId(id)->rowVersion, saved.value());
        const qint64 auditBefore =
            TestStore::value(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();

        second.titleZh = QStringLiteral("第二处的标题");
        const Result<qint64> clash = repo.update(second);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().kind, Error::Kind::Input);
        QVERIFY(clash.error().isConflict());
        const EditConflict &c = *clash.error().conflict;
        QCOMPARE(c.entity, QStringLiteral("ruleset"));
        QCOMPARE(c.readVersion, second.rowVersion);
        QCOMPARE(c.storedVersion, saved.value());
        QCOMPARE(c.mine.value(QStringLiteral("title_zh")).toString(), second.titleZh);
        QCOMPARE(c.theirs.value(QStringLiteral("title_zh")).toString(), first.titleZh);
        QVERIFY(c.differingFields().contains(QStringLiteral("title_zh")));
        QCOMPARE(repo.byId(id)->titleZh, first.titleZh);
        QCOMPARE(
            TestStore::value(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(),
            auditBefore);

        second.rowVersion = c.storedVersion; // "overwrite with mine"
        QVERIFY(repo.update(second).ok());
        QCOMPARE(repo.byId(id)->titleZh, second.titleZh);
    }
};

QTEST_GUILESS_MAIN(TestRuleSets)
#include "tst_rulesets.moc"
