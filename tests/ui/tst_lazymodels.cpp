#include "i18n/language.h"
#include "identification/systemcasemodel.h"
#include "models/operatortablemodel.h"
#include "models/systemtablemodel.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/listsources.h"
#include "storage/registryrepository.h"
#include "teststore.h"
#include "widgets/filterabletable.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

// The lazy table models on the generated 100,000-system store (CII_BIG_STORE, made once per
// build directory by the make_big_store fixture): counts from SQL, the filter by code and by
// Chinese name, the sort, the bounded cache and the selection kept across refreshes.
class TestLazyModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_systems = 0;
    SystemInfo m_sample;
    OperatorInfo m_sampleOperator;

    static qint64 ms(const QElapsedTimer &t) { return t.elapsed(); }

private slots:
    void initTestCase()
    {
        Language::apply(QStringLiteral("en"));
        if (TestStore::onPostgres()) {
            CII_REQUIRE_POSTGRES();
            // A copy of the 100k database the make_big_store_postgres fixture made.
            const QString big = qEnvironmentVariable("CII_BIG_STORE_POSTGRES");
            QVERIFY2(!big.isEmpty(), "CII_BIG_STORE_POSTGRES names the generated 100k database");
            const QString copy = TestStore::location(m_dir, QStringLiteral("big.sqlite"));
            const QString name = copy.section(QLatin1String("@/"), 1).section('?', 0, 0);
            QString error;
            QVERIFY2(TestPostgres::admin(QStringLiteral("DROP DATABASE %1").arg(name)), "drop");
            QVERIFY2(
                TestPostgres::admin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, big),
                                    QStringLiteral("postgres"), &error),
                qPrintable(error));
            QVERIFY(m_db.open(copy).ok());
        } else {
            openSqliteCopy();
            if (QTest::currentTestFailed())
                return;
        }
        RegistryRepository repo(m_db);
        m_systems = repo.countSystems().value();
        QVERIFY2(m_systems >= 100000, qPrintable(QString::number(m_systems)));
        m_sample = repo.systemById(54321).value();
        m_sampleOperator = repo.operatorById(m_sample.operatorId).value();
    }

private:
    void openSqliteCopy()
    {
        const QString big = qEnvironmentVariable("CII_BIG_STORE");
        QVERIFY2(!big.isEmpty() && QFile::exists(big),
                 "CII_BIG_STORE names the generated 100k store (ctest sets it)");
        // A copy: the tests write to it.
        const QString copy = m_dir.filePath(QStringLiteral("big.sqlite"));
        QVERIFY(QFile::copy(big, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(m_db.open(copy).ok());
    }

private slots:
    void rowCountIsTheStoresAndTheCacheStaysBounded()
    {
        SystemTableModel model(m_db);
        QElapsedTimer t;
        t.start();
        model.refresh();
        qInfo("refresh of %lld systems: %lld ms", m_systems, ms(t));
        QCOMPARE(model.rowCount(), int(m_systems));
        QCOMPARE(model.totalCount(), m_systems);
        QCOMPARE(model.columnCount(), int(SystemTableModel::ColumnCount));
        // Reading rows all over the table keeps at most MaxBlocks blocks.
        for (int row = 0; row < model.rowCount(); row += LazyTableModel::BlockSize / 2)
            QVERIFY(model.index(row, SystemTableModel::Name).data().isValid());
        QCOMPARE(model.cachedBlocks(), LazyTableModel::MaxBlocks);
        // A row's values are the store's.
        const int row = model.rowOfId(m_sample.id);
        QVERIFY(row >= 0);
        // The name, with the id where the operator has another system of that name.
        const bool repeats = !RegistryRepository(m_db)
                                  .systemsNamed(m_sample.operatorId, m_sample.name, m_sample.id)
                                  .value()
                                  .isEmpty();
        QCOMPARE(model.index(row, SystemTableModel::Name).data().toString(),
                 repeats ? QStringLiteral("%1 (#%2)").arg(m_sample.name).arg(m_sample.id)
                         : m_sample.name);
        QCOMPARE(model.index(row, SystemTableModel::Mlps).data().toInt(), m_sample.mlpsLevel);
        QCOMPARE(model.index(row, SystemTableModel::Id).data(Qt::UserRole).toLongLong(),
                 m_sample.id);
    }

    void filterFindsASystemByItsOperatorsCode()
    {
        SystemTableModel model(m_db);
        model.refresh();
        QElapsedTimer t;
        t.start();
        model.setFilterText(m_sampleOperator.uscc);
        qInfo("filter by a USCC: %lld ms, %d rows", ms(t), model.rowCount());
        QVERIFY(model.rowOfId(m_sample.id) >= 0);
        QVERIFY(model.rowCount() < 100);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowValues(row).value(ListSources::Systems::OperatorId).toLongLong(),
                     m_sample.operatorId);
        QCOMPARE(model.totalCount(), m_systems);
        // The code's first characters, lower case, find it too.
        model.setFilterText(m_sampleOperator.uscc.left(10).toLower());
        QVERIFY(model.rowOfId(m_sample.id) >= 0);
    }

    void filterFindsASystemByItsChineseName()
    {
        SystemTableModel model(m_db);
        model.refresh();
        model.setFilterText(m_sample.name);
        QVERIFY(model.rowOfId(m_sample.id) >= 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, SystemTableModel::Name)
                        .data()
                        .toString()
                        .contains(m_sample.name) ||
                    model.index(row, SystemTableModel::Operator)
                        .data()
                        .toString()
                        .contains(m_sample.name));
        // One and two characters (below the trigram index) search as well.
        for (int length : {1, 2}) {
            const QString fragment = m_sample.name.mid(2, length);
            QElapsedTimer t;
            t.start();
            model.setFilterText(fragment);
            qInfo("filter by %d character(s): %lld ms, %d rows", length, ms(t), model.rowCount());
            QVERIFY(model.rowOfId(m_sample.id) >= 0);
            QVERIFY(model.rowCount() < m_systems);
            for (int row = 0; row < qMin(model.rowCount(), 300); ++row) {
                const QString name = model.index(row, SystemTableModel::Name).data().toString();
                const QString op = model.index(row, SystemTableModel::Operator).data().toString();
                QVERIFY2(name.contains(fragment) || op.contains(fragment), qPrintable(name));
            }
        }
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), int(m_systems));
    }

    void sortOrdersEveryRowByName()
    {
        SystemTableModel model(m_db);
        model.refresh();
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            model.sort(SystemTableModel::Name, order);
            qInfo("sort by name: %lld ms", ms(t));
            QCOMPARE(model.rowCount(), int(m_systems));
            // Samples across the table, in order (SQLite compares the UTF-8 bytes, which for
            // these names is the order of their code points).
            QString previous;
            for (int row = 0; row < model.rowCount(); row += 997) {
                const QString name = model.index(row, SystemTableModel::Name).data().toString();
                if (!previous.isEmpty())
                    QVERIFY2(order == Qt::AscendingOrder ? previous <= name : previous >= name,
                             qPrintable(previous + QStringLiteral(" / ") + name));
                previous = name;
            }
        }
    }

    void selectionFollowsItsSystemAcrossRefreshSortAndFilter()
    {
        SystemTableModel model(m_db);
        model.refresh();
        FilterableTable table(&model);
        table.resize(1200, 700);
        table.show();
        table.selectSourceRow(model.rowOfId(m_sample.id));
        QCOMPARE(model.idAt(table.currentSourceRow()), m_sample.id);
        QCOMPARE(table.countLabel()->text(), QStringLiteral("100,000 rows"));

        model.refresh();
        QCOMPARE(model.idAt(table.currentSourceRow()), m_sample.id);
        table.view()->sortByColumn(SystemTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.idAt(table.currentSourceRow()), m_sample.id);
        table.filterEdit()->setText(m_sample.name);
        QCOMPARE(model.idAt(table.currentSourceRow()), m_sample.id);
        QVERIFY(table.countLabel()->text().endsWith(QStringLiteral(" of 100,000 shown")));
        if (const QString dir = qEnvironmentVariable("CII_TEST_ARTIFACTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            table.filterEdit()->setText(m_sample.name.left(2));
            QCoreApplication::processEvents(); // the layout gives the count its new width
            table.grab().save(dir + QStringLiteral("/systems-100k-filtered-en.png"));
            table.filterEdit()->setText(m_sample.name);
        }
        table.filterEdit()->clear();
        QCOMPARE(model.idAt(table.currentSourceRow()), m_sample.id);
    }

    void anEditIsFoundByItsNewNameAtOnce()
    {
        // The search text follows the store through its triggers: a renamed system and a
        // renamed operator.
        RegistryRepository repo(m_db);
        SystemInfo s = m_sample;
        s.name = QStringLiteral("鹭岛潮汐监测平台");
        QVERIFY(repo.updateSystem(s).ok());
        OperatorInfo op = m_sampleOperator;
        op.nameZh = QStringLiteral("厦门鹭江水务集团有限公司");
        QVERIFY(repo.updateOperator(op).ok());
        SystemTableModel model(m_db);
        model.refresh();
        model.setFilterText(QStringLiteral("潮汐监测"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), m_sample.id);
        model.setFilterText(QStringLiteral("鹭江水务"));
        QVERIFY(model.rowOfId(m_sample.id) >= 0);
        model.setFilterText(m_sample.name);
        QCOMPARE(model.rowOfId(m_sample.id), -1);
    }

    void identificationListCountsNarrowsAndFilters()
    {
        SystemCaseModel model(m_db);
        QElapsedTimer t;
        t.start();
        model.refresh();
        qInfo("identification list: %lld ms", ms(t));
        t.restart();
        QVERIFY(model.row(0).systemId > 0);
        qInfo("identification list, first block: %lld ms", ms(t));
        const CaseRepository::ListSummary summary = CaseRepository(m_db).listSummary().value();
        QCOMPARE(qint64(model.rowCount()), summary.systems);
        // "CII": as many as the database counts by sector (no decisions in this store, so the
        // decision in force and the newest result agree).
        qint64 cii = 0;
        const auto bySector = CaseRepository(m_db).outcomesBySector().value();
        for (const auto &outcomes : bySector)
            cii += outcomes.value(QStringLiteral("cii"));
        t.restart();
        model.setShow(SystemCaseModel::Cii);
        qInfo("identification list, CII only: %lld ms", ms(t));
        QCOMPARE(qint64(model.rowCount()), cii);
        for (int row = 0; row < model.rowCount(); row += 4999)
            QCOMPARE(model.row(row).latest.currentOutcome(), QStringLiteral("cii"));
        model.setShow(SystemCaseModel::All);
        // (An earlier test may have renamed the sample: its name as stored now.)
        const QString name = RegistryRepository(m_db).systemById(m_sample.id).value().name;
        model.setFilterText(name);
        QVERIFY(model.rowOfSystem(m_sample.id) >= 0);
        const SystemCaseRow row = model.row(model.rowOfSystem(m_sample.id));
        QCOMPARE(row.systemName, name);
        QCOMPARE(row.operatorId, m_sample.operatorId);
        t.restart();
        model.sort(SystemCaseModel::Engine, Qt::DescendingOrder);
        qInfo("identification list sorted by result: %lld ms", ms(t));
        QVERIFY(model.rowOfSystem(m_sample.id) >= 0);
    }

    void operatorsFilterAndCount()
    {
        OperatorTableModel model(m_db);
        model.refresh();
        QCOMPARE(model.rowCount(), int(RegistryRepository(m_db).countOperators().value()));
        model.setFilterText(m_sampleOperator.uscc);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), m_sampleOperator.id);
    }
};

QTEST_MAIN(TestLazyModels)
#include "tst_lazymodels.moc"
