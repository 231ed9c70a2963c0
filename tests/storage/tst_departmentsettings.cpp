#include "domain/department.h"
#include "domain/sector.h"
#include "io/officialdocument.h"
#include "services/departmentsetup.h"
#include "services/issuingdepartment.h"
#include "storage/database.h"
#include "storage/documentfontrepository.h"
#include "storage/migrations.h"
#include "storage/registryrepository.h"
#include "storage/schemacheck.h"
#include "storage/securitysettingsrepository.h"
#include "storage/storebackup.h"
#include "teststore.h"

#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

// Schema 9 and the department settings the first-run assistant and the Settings page write:
// the sectors a department protects, departments added beside the seeded ones, the
// official-document body font, and the setup written all at once or not at all.
class TestDepartmentSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 auditCount(Database &db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }
    static QJsonObject lastAudit(Database &db, const QString &entity)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "SELECT after_json FROM audit_log WHERE entity = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(entity);
        if (!q.exec() || !q.next())
            return {};
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }
    static Department find(Database &db, const QString &key)
    {
        for (const Department &d : RegistryRepository(db).departments().value())
            if (d.key == key)
                return d;
        return {};
    }
    std::unique_ptr<Database> freshStore(const char *name)
    {
        auto db = std::make_unique<Database>();
        const Status s = db->open(TestStore::location(m_dir, QLatin1String(name)),
                                  Database::OpenMode::CreateIfMissing);
        return s ? std::move(db) : nullptr;
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aStoreOfTheLastReleaseUpgradesKeepingItsDepartments()
    {
        CII_SQLITE_FILE_ONLY("the release store is a SQLite file of schema 7");
        // The fuzzing seed is a store written by schema 7: it takes 8 and 9 on opening.
        const QString copy = m_dir.filePath(QStringLiteral("v7.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CII_SOURCE_DIR "/tests/fuzz/seed/store.sqlite"), copy));
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        int before = 0;
        {
            Database old;
            QVERIFY(old.open(copy, Database::OpenMode::Inspect).ok());
            QCOMPARE(old.schemaVersion(), 7);
            before = int(RegistryRepository(old).departments().value().size());
        }
        Database db;
        const Status opened = db.open(copy);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 9);
        const QVector<Department> departments = RegistryRepository(db).departments().value();
        QCOMPARE(int(departments.size()), before);
        for (const Department &d : departments)
            QVERIFY(d.sectors.isEmpty());
        // The upgraded store's schema is exactly what a new store gets.
        const Result<QStringList> differences = SchemaCheck::differences(db);
        QVERIFY(differences.ok());
        QVERIFY2(differences->isEmpty(), qPrintable(differences->join(QLatin1Char('\n'))));
        Department own = find(db, QStringLiteral("own"));
        own.sectors = {QStringLiteral("energy")};
        QVERIFY(RegistryRepository(db).updateDepartment(own).ok());
        QCOMPARE(find(db, QStringLiteral("own")).sectors, QStringList{QStringLiteral("energy")});
    }

    void migrationNineIsWrittenOnceForBothDialects()
    {
        const Migration &nine = Migrations::all().at(8);
        QCOMPARE(nine.version, 9);
        for (const SqlDialect &dialect :
             {SqlDialect(SqlDialect::Kind::Sqlite), SqlDialect(SqlDialect::Kind::Postgres)}) {
            const QStringList statements = nine.statements(dialect);
            QCOMPARE(statements.size(), 1);
            const QString ddl = statements.first();
            QVERIFY2(ddl.startsWith(QStringLiteral("CREATE TABLE department_sectors")),
                     qPrintable(ddl));
            // No placeholder left unexpanded, nothing only one engine knows.
            QVERIFY2(!ddl.contains(QLatin1Char('{')), qPrintable(ddl));
            QVERIFY(!ddl.contains(QStringLiteral("AUTOINCREMENT")));
            QVERIFY(ddl.contains(QStringLiteral("REFERENCES sectors(key)")));
            QVERIFY(ddl.contains(QStringLiteral("REFERENCES departments(key)")));
        }
    }

    void sectorsAreKeptInTheOrderOfArticleTwoAndAudited()
    {
        auto db = freshStore("sectors.sqlite");
        QVERIFY(db);
        Department own = find(*db, QStringLiteral("own"));
        own.nameZh = QStringLiteral("某市网信办");
        own.sectors = {QStringLiteral("finance"), QStringLiteral("telecom"),
                       QStringLiteral("finance")};
        QVERIFY(RegistryRepository(*db).updateDepartment(own).ok());
        QCOMPARE(find(*db, QStringLiteral("own")).sectors,
                 (QStringList{QStringLiteral("telecom"), QStringLiteral("finance")}));
        QCOMPARE(lastAudit(*db, QStringLiteral("department"))
                     .value(QStringLiteral("sectors"))
                     .toArray()
                     .size(),
                 3); // as given; the store keeps each once
        const qint64 audits = auditCount(*db);
        own.sectors = {QStringLiteral("no-such-sector")};
        const Status refused = RegistryRepository(*db).updateDepartment(own);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("no-such-sector")));
        QCOMPARE(auditCount(*db), audits);
        QCOMPARE(find(*db, QStringLiteral("own")).sectors.size(), 2);
    }

    void anAddedDepartmentIsAnotherBodyUnderANewKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("nameZh");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("reason");
        QTest::newRow("new key") << "energy-bureau"
                                 << "能源局" << true << "";
        QTest::newRow("taken key") << "mps"
                                   << "公安" << false << "exists already";
        QTest::newRow("upper case") << "Energy"
                                    << "能源局" << false << "not a department key";
        QTest::newRow("one letter") << "e"
                                    << "能源局" << false << "not a department key";
        QTest::newRow("digit first") << "1bureau"
                                     << "能源局" << false << "not a department key";
        QTest::newRow("33 letters")
            << QString(33, QLatin1Char('a')) << "能源局" << false << "not a department key";
        QTest::newRow("no name") << "water-bureau"
                                 << "" << false << "Chinese name";
    }

    void anAddedDepartmentIsAnotherBodyUnderANewKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, nameZh);
        QFETCH(bool, accepted);
        QFETCH(QString, reason);
        auto db = freshStore("added.sqlite");
        QVERIFY(db);
        const int before = int(RegistryRepository(*db).departments().value().size());
        const qint64 audits = auditCount(*db);
        Department d;
        d.key = key;
        d.nameZh = nameZh;
        d.nameEn = QStringLiteral("Energy Bureau");
        d.docPrefix = QStringLiteral("能源");
        d.contactName = QStringLiteral("李工");
        d.contactPhone = QStringLiteral("010-1234");
        d.own = true; // ignored: a store has one own department
        const Status s = RegistryRepository(*db).addDepartment(d);
        QCOMPARE(s.ok(), accepted);
        if (!accepted) {
            QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
            QCOMPARE(int(RegistryRepository(*db).departments().value().size()), before);
            QCOMPARE(auditCount(*db), audits);
            return;
        }
        const Department stored = find(*db, key);
        QCOMPARE(stored.nameZh, nameZh);
        QCOMPARE(stored.docPrefix, QStringLiteral("能源"));
        QCOMPARE(stored.contactPhone, QStringLiteral("010-1234"));
        QVERIFY(!stored.own);
        QCOMPARE(find(*db, QStringLiteral("own")).key, QStringLiteral("own"));
        QCOMPARE(auditCount(*db), audits + 1);
        QCOMPARE(lastAudit(*db, QStringLiteral("department")).value(QStringLiteral("key")),
                 QJsonValue(key));
        // Added, it is edited like the seeded ones.
        Department edited = stored;
        edited.contactName = QStringLiteral("王工");
        QVERIFY(RegistryRepository(*db).updateDepartment(edited).ok());
        QCOMPARE(find(*db, key).contactName, QStringLiteral("王工"));
        QVERIFY(!RegistryRepository(*db).addDepartment(d).ok()); // once only
    }

    void theBodyFontIsStoredAuditedAndApplied()
    {
        auto db = freshStore("font.sqlite");
        QVERIFY(db);
        DocumentFontRepository font(*db);
        QCOMPARE(font.bodyFamily().value(), QString());
        const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        const QString family = installed.contains(QStringLiteral("Noto Sans CJK SC"))
                                   ? QStringLiteral("Noto Sans CJK SC")
                                   : installed.value(0);
        if (family.isEmpty())
            QSKIP("no Simplified Chinese font installed");
        QVERIFY(font.setBodyFamily(family).ok());
        QCOMPARE(font.bodyFamily().value(), family);
        QCOMPARE(lastAudit(*db, QStringLiteral("settings")).value(QStringLiteral("body_family")),
                 QJsonValue(family));
        font.apply();
        QCOMPARE(OfficialDocument::chineseBodyFamily(), family);
        // A family this workstation lacks is kept, and documents fall back to the default.
        QVERIFY(font.setBodyFamily(QStringLiteral("No Such Family 仿宋")).ok());
        font.apply();
        QCOMPARE(OfficialDocument::chineseBodyFamily(), QStringLiteral("Noto Serif CJK SC"));
        QVERIFY(!font.setBodyFamily(QStringLiteral("bad\x01name")).ok());
        QVERIFY(font.setBodyFamily(QString()).ok());
        font.apply();
        QCOMPARE(OfficialDocument::chineseBodyFamily(), QStringLiteral("Noto Serif CJK SC"));
    }

    void theSetupIsWrittenWhollyOrNotAtAll()
    {
        auto db = freshStore("setup.sqlite");
        QVERIFY(db);
        DepartmentSetupChoices choices;
        choices.own = IssuingDepartment::own(*db).value();
        choices.own.nameZh = QStringLiteral("某省通信管理局网络安全处");
        choices.own.docPrefix = QStringLiteral("某通安");
        choices.own.contactName = QStringLiteral("赵工");
        choices.own.contactPhone = QStringLiteral("020-8888");
        choices.own.sectors = {QStringLiteral("telecom")};
        choices.bodyFamily = QStringLiteral("FangSong");
        choices.setBackupFolder = true;
        choices.backupFolder = m_dir.filePath(QStringLiteral("setup-backups"));
        // A refused marking (a control character): nothing of the rest is written either.
        choices.classification = QStringLiteral("内部\x07资料");
        const qint64 audits = auditCount(*db);
        QVERIFY(!DepartmentSetup::apply(*db, choices).ok());
        QCOMPARE(auditCount(*db), audits);
        QVERIFY(IssuingDepartment::own(*db)->missingForNumberedDocuments().contains(
            QStringLiteral("name-zh")));
        QCOMPARE(DocumentFontRepository(*db).bodyFamily().value(), QString());
        QCOMPARE(StoreBackup::folderOf(*db), StoreBackup::defaultFolder(db->location()));

        choices.classification = QStringLiteral("内部资料 严禁外传");
        const Status s = DepartmentSetup::apply(*db, choices);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        // The department, the marking, the font, the backups: one audit record each.
        QCOMPARE(auditCount(*db), audits + 4);
        const Department own = IssuingDepartment::complete(*db).value();
        QCOMPARE(own.nameZh, QStringLiteral("某省通信管理局网络安全处"));
        QCOMPARE(own.sectors, QStringList{QStringLiteral("telecom")});
        QCOMPARE(SecuritySettingsRepository(*db).classification(),
                 QStringLiteral("内部资料 严禁外传"));
        QCOMPARE(DocumentFontRepository(*db).bodyFamily().value(), QStringLiteral("FangSong"));
        QCOMPARE(StoreBackup::folderOf(*db), m_dir.filePath(QStringLiteral("setup-backups")));

        // The same again changes only the department row: no setting is re-recorded unchanged.
        // (Saved over the version the first save left, as the panel reads it back after a
        // save: the one read before would meet its own change as a conflict, schema 13.)
        choices.setBackupFolder = false;
        choices.own.rowVersion = IssuingDepartment::own(*db)->rowVersion;
        QVERIFY(DepartmentSetup::apply(*db, choices).ok());
        QCOMPARE(auditCount(*db), audits + 5);
    }
};

QTEST_MAIN(TestDepartmentSettings)
#include "tst_departmentsettings.moc"
