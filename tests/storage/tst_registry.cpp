#include "services/registrytransfer.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "teststore.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

class TestRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Database> freshStore()
    {
        auto db = std::make_unique<Database>();
        const Status s =
            db->open(TestStore::location(m_dir, QStringLiteral("r%1.sqlite").arg(++m_n)),
                     Database::OpenMode::CreateIfMissing);
        return s.ok() ? std::move(db) : nullptr;
    }
    static OperatorInfo sampleOperator(const QString &uscc = QStringLiteral("91350100M000100Y43"))
    {
        OperatorInfo o;
        o.uscc = uscc;
        o.nameZh = QStringLiteral("福州电力有限公司");
        o.nameEn = QStringLiteral("Fuzhou Power Co., Ltd.");
        o.sector = QStringLiteral("energy");
        return o;
    }

private slots:
    void initTestCase() { CII_REQUIRE_TEST_STORE(); }

    void addsAndReadsAnOperator()
    {
        auto db = freshStore();
        QVERIFY(db);
        RegistryRepository repo(*db);
        const Result<qint64> id = repo.addOperator(sampleOperator());
        QVERIFY(id.ok());
        const Result<OperatorInfo> back = repo.operatorById(id.value());
        QVERIFY(back.ok());
        QCOMPARE(back->nameZh, QStringLiteral("福州电力有限公司"));
        QCOMPARE(back->uscc, QStringLiteral("91350100M000100Y43"));
    }

    void rejectsADuplicateUscc()
    {
        auto db = freshStore();
        RegistryRepository repo(*db);
        QVERIFY(repo.addOperator(sampleOperator()).ok());
        const Result<qint64> again = repo.addOperator(sampleOperator());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Input);
        QVERIFY(again.error().message.contains(QStringLiteral("already exists")));
        QCOMPARE(repo.countOperators().value(), qint64(1));
    }

    void rejectsAnInvalidOperatorNamingTheField()
    {
        auto db = freshStore();
        RegistryRepository repo(*db);
        OperatorInfo o = sampleOperator(QStringLiteral("91350100M000100Y44"));
        o.sector = QStringLiteral("mining");
        const Result<qint64> r = repo.addOperator(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().details.size(), 2);
        QVERIFY(r.error().details.at(0).startsWith(QStringLiteral("uscc:")));
        QVERIFY(r.error().details.at(1).startsWith(QStringLiteral("sector:")));
    }

    void refusesToDeleteAnOperatorThatHasSystems()
    {
        auto db = freshStore();
        RegistryRepository repo(*db);
        const qint64 op = repo.addOperator(sampleOperator()).value();
        SystemInfo s;
        s.operatorId = op;
        s.name = QStringLiteral("调度系统");
        const qint64 sys = repo.addSystem(s).value();
        QVERIFY(!repo.deleteOperator(op).ok());
        QVERIFY(repo.deleteSystem(sys).ok());
        QVERIFY(repo.deleteOperator(op).ok());
        QCOMPARE(repo.countOperators().value(), qint64(0));
    }

    void storesIndicatorValuesCanonically()
    {
        auto db = freshStore();
        RegistryRepository repo(*db);
        const qint64 op = repo.addOperator(sampleOperator()).value();
        SystemInfo s;
        s.operatorId = op;
        s.name = QStringLiteral("网站");
        s.category = QStringLiteral("website");
        const qint64 sys = repo.addSystem(s).value();
        QVERIFY(repo.setIndicatorValue(sys, QStringLiteral("city_population_share_pct"),
                                       QStringLiteral("30.50"), QDate(2026, 3, 1))
                    .ok());
        QVERIFY(!repo.setIndicatorValue(sys, QStringLiteral("daily_visits"), QStringLiteral("lots"),
                                        QDate(2026, 3, 1))
                     .ok());
        QVERIFY(!repo.setIndicatorValue(sys, QStringLiteral("no_such_key"), QStringLiteral("1"),
                                        QDate(2026, 3, 1))
                     .ok());
        const auto values = repo.indicatorValues(sys).value();
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.at(0).value, QStringLiteral("30.5"));
        QCOMPARE(values.at(0).reportedOn, QDate(2026, 3, 1));
        QVERIFY(repo.clearIndicatorValue(sys, QStringLiteral("city_population_share_pct")).ok());
        QVERIFY(repo.indicatorValues(sys).value().isEmpty());
    }

    void importIsAllOrNothingAndNamesEveryBadRow()
    {
        auto db = freshStore();
        RegistryRepository repo(*db);
        RegistryTransfer transfer(repo);
        const QString csv =
            QStringLiteral("uscc,name_zh,name_en,sector\r\n"
                           "91350100M000100Y43,福州电力有限公司,Fuzhou Power,energy\r\n"
                           "91350100M000100Y44,坏代码公司,Bad Code,energy\r\n"
                           "91350100M000100Y43,重复公司,Duplicate,能源\r\n"
                           "911101051PERUX3921,北京公司,Beijing,mining\r\n");
        QStringEncoder gbk("GBK");
        const Result<QVector<qint64>> r =
            transfer.import(ImportPreview::Kind::Operators, gbk.encode(csv), Csv::Encoding::Auto);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Input);
        const QStringList &d = r.error().details;
        QCOMPARE(d.size(), 3);
        QVERIFY2(d.at(0).startsWith(QStringLiteral("row 3, column uscc: wrong check character")),
                 qPrintable(d.at(0)));
        QVERIFY2(d.at(1).startsWith(QStringLiteral("row 4, column uscc: the same code is already "
                                                   "on row 2")),
                 qPrintable(d.at(1)));
        QVERIFY2(d.at(2).startsWith(QStringLiteral("row 5, column sector: unknown sector")),
                 qPrintable(d.at(2)));
        QCOMPARE(repo.countOperators().value(), qint64(0));
    }

    void exportThenImportRoundTrips()
    {
        auto source = freshStore();
        RegistryRepository repo(*source);
        const qint64 op = repo.addOperator(sampleOperator()).value();
        SystemInfo s;
        s.operatorId = op;
        s.name = QStringLiteral("调度系统, 主站");
        s.description = QStringLiteral("line one\nline \"two\"");
        s.category = QStringLiteral("production");
        s.mlpsLevel = 4;
        const qint64 sys = repo.addSystem(s).value();
        QVERIFY(repo.setIndicatorValue(sys, QStringLiteral("standard_racks"),
                                       QStringLiteral("1501"), QDate(2026, 2, 3))
                    .ok());
        RegistryTransfer out(repo);
        const QString operatorsCsv = out.exportOperators().value();
        const QString systemsCsv = out.exportSystems().value();

        auto target = freshStore();
        RegistryRepository repo2(*target);
        RegistryTransfer in(repo2);
        QVERIFY(
            in.import(ImportPreview::Kind::Operators, operatorsCsv.toUtf8(), Csv::Encoding::Auto)
                .ok());
        const auto ids =
            in.import(ImportPreview::Kind::Systems, systemsCsv.toUtf8(), Csv::Encoding::Auto);
        QVERIFY2(ids.ok(), qPrintable(ids.ok() ? QString() : ids.error().details.join('\n')));
        QCOMPARE(in.exportOperators().value(), operatorsCsv);
        QCOMPARE(in.exportSystems().value(), systemsCsv);
        const SystemInfo back = repo2.systemById(ids.value().at(0)).value();
        QCOMPARE(back.description, s.description);
        QCOMPARE(back.mlpsLevel, 4);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
