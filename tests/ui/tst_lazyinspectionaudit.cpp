#include "i18n/displaynames.h"
#include "i18n/language.h"
#include "inspections/inspectionmodel.h"
#include "inspections/inspectionspage.h"
#include "models/audittablemodel.h"
#include "pages/auditlogpage.h"
#include "services/demogenerator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"
#include "widgets/filterabletable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

// The inspections and audit lists read from the store on demand, on a generated store (the
// 100k store of the issue when CII_BIG_STORE names it, else one made here): the row count,
// the filter by operator name, the sort by start date, the conflict column against the
// detector run over the whole plan, and the audit log's count, filter, order and details.
class TestLazyInspectionAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    QVector<Inspection> m_all; // the whole plan, read the old way, to compare with
    qint64 m_a = 0, m_b = 0;   // a pair made to conflict

private slots:
    void initTestCase()
    {
        Language::apply(QStringLiteral("en"));
        const QString copy = m_dir.filePath(QStringLiteral("store.sqlite"));
        const QString big = qEnvironmentVariable("CII_BIG_STORE");
        if (!big.isEmpty() && QFile::exists(big)) {
            QVERIFY(QFile::copy(big, copy));
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QVERIFY(m_db.open(copy).ok());
        } else {
            QVERIFY(m_db.open(copy, Database::OpenMode::CreateIfMissing).ok());
            RegistryRepository registry(m_db);
            QVERIFY(DemoGenerator::populate(registry, 42, 1500, 3000).ok());
            QVERIFY(DemoGenerator::populateInspections(m_db, 42, 3000, 2026).ok());
        }
        // A known conflicting pair: an operator's two overlapping inspections in a year no
        // generated inspection reaches.
        InspectionRepository repo(m_db);
        Inspection a;
        a.operatorId = RegistryRepository(m_db).operatorById(1).value().id;
        a.start = QDate(2031, 5, 12);
        a.end = QDate(2031, 5, 14);
        m_a = repo.add(a).value();
        Inspection b = a;
        b.lead = QStringLiteral("mps");
        b.start = QDate(2031, 5, 14);
        b.end = QDate(2031, 5, 16);
        m_b = repo.add(b).value();
        m_all = repo.list().value();
        QVERIFY(m_all.size() > 2000);
    }

    void inspectionRowCountIsTheStoresAndRowsAreItsValues()
    {
        InspectionModel model(m_db);
        QElapsedTimer t;
        t.start();
        model.refresh();
        qInfo("refresh of %d inspections: %lld ms", int(m_all.size()), t.elapsed());
        QCOMPARE(model.rowCount(), int(m_all.size()));
        QCOMPARE(model.totalCount(), qint64(m_all.size()));
        const Inspection &sample = m_all.at(m_all.size() / 2);
        const Inspection read = model.inspectionAt(model.rowOfId(sample.id));
        QCOMPARE(read.id, sample.id);
        QCOMPARE(read.operatorId, sample.operatorId);
        QCOMPARE(read.operatorName, sample.operatorName);
        QCOMPARE(read.start, sample.start);
        QCOMPARE(read.end, sample.end);
        QCOMPARE(read.participants, sample.participants);
    }

    void filterByOperatorNameFindsTheOperatorsInspections()
    {
        InspectionModel model(m_db);
        model.refresh();
        const Inspection &sample = m_all.at(m_all.size() / 3);
        QSet<qint64> expected;
        for (const Inspection &i : m_all)
            if (i.operatorName.contains(sample.operatorName))
                expected.insert(i.id);
        QElapsedTimer t;
        t.start();
        model.setFilterText(sample.operatorName);
        qInfo("filter by an operator's name: %lld ms, %d rows", t.elapsed(), model.rowCount());
        QSet<qint64> found;
        for (int row = 0; row < model.rowCount(); ++row)
            found.insert(model.idAt(row));
        QCOMPARE(found, expected);
        QCOMPARE(model.totalCount(), qint64(m_all.size()));
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), int(m_all.size()));
    }

    void filterByADayFindsTheInspectionsGoingOnThatDay()
    {
        InspectionModel model(m_db);
        model.refresh();
        const QDate day(2031, 5, 15);
        model.setFilterText(day.toString(Qt::ISODate));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), m_b);
    }

    void sortByStartOrdersEveryRow()
    {
        InspectionModel model(m_db);
        model.refresh();
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            model.sort(InspectionModel::Start, order);
            qInfo("sort by start: %lld ms", t.elapsed());
            QCOMPARE(model.rowCount(), int(m_all.size()));
            QDate previous;
            for (int row = 0; row < model.rowCount(); row += 97) {
                const QDate start = model.inspectionAt(row).start;
                QVERIFY(start.isValid());
                if (previous.isValid())
                    QVERIFY2(order == Qt::AscendingOrder ? previous <= start : previous >= start,
                             qPrintable(previous.toString(Qt::ISODate) + QStringLiteral(" / ") +
                                        start.toString(Qt::ISODate)));
                previous = start;
            }
        }
    }

    void conflictColumnIsTheDetectorsOverTheWholePlan()
    {
        InspectionModel model(m_db);
        model.refresh();
        // The made pair: an overlap, described with the other inspection.
        const QModelIndex a = model.index(model.rowOfId(m_a), InspectionModel::Conflict);
        QCOMPARE(a.data().toString(), QStringLiteral("Overlap"));
        QVERIFY2(a.data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("Overlaps inspection %1").arg(m_b)),
                 qPrintable(a.data(Qt::ToolTipRole).toString()));
        QCOMPARE(model.conflictsAt(model.rowOfId(m_b)).size(), 1);
        QCOMPARE(model.conflictsAt(model.rowOfId(m_b)).first().other, m_a);
        // Every row, block by block, against the detector over every active inspection.
        QVector<InspectionWindow> windows;
        for (const Inspection &i : m_all)
            if (i.isActive())
                windows << i.window();
        QHash<qint64, int> expected;
        for (const InspectionConflict &c : ConflictDetector::detect(windows, model.minimumGap())) {
            ++expected[c.a];
            ++expected[c.b];
        }
        QVERIFY(expected.size() > 2);
        int conflicted = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.idAt(row);
            QCOMPARE(model.conflictsAt(row).size(), expected.value(id));
            conflicted += expected.contains(id);
        }
        QCOMPARE(conflicted, int(expected.size()));
        QVERIFY(model.cachedBlocks() <= LazyTableModel::MaxBlocks);
    }

    void inspectionsPageLoadsWithinTheSwitchTarget()
    {
        InspectionsPage page(m_db);
        page.resize(1300, 760);
        QElapsedTimer t;
        t.start();
        page.show(); // the first show reads the store
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        qInfo("inspections page first shown: %lld ms", t.elapsed());
        QCOMPARE(page.model()->rowCount(), int(m_all.size()));
        t.restart();
        page.reload();
        qInfo("inspections page reload: %lld ms", t.elapsed());
        // The plan's conflicts are counted in the background, as the detector counts them.
        QSignalSpy finished(&page, &Page::loadingFinished);
        t.restart();
        QVERIFY(page.isLoading());
        QVERIFY(finished.wait(20000));
        qInfo("conflicts counted in the background: %lld ms", t.elapsed());
        QVERIFY(!page.isLoading());
        QVector<InspectionWindow> windows;
        for (const Inspection &i : m_all)
            if (i.isActive())
                windows << i.window();
        const qsizetype conflicts = ConflictDetector::detect(windows, 30).size();
        const QString summary =
            page.findChild<QLabel *>(QStringLiteral("inspectionSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("%1 conflict").arg(conflicts)),
                 qPrintable(summary));
    }

    void auditListCountsFiltersAndOrdersTheWholeLog()
    {
        const Result<AuditVerification> chain = AuditLog::verify(m_db);
        QVERIFY(chain.ok());
        AuditLogPage page(m_db);
        page.resize(1300, 760);
        QElapsedTimer t;
        t.start();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        qInfo("audit page first shown: %lld ms for %lld records", t.elapsed(), chain->records);
        AuditTableModel *model = page.model();
        QCOMPARE(qint64(model->rowCount()), chain->records);
        QCOMPARE(model->totalCount(), chain->records);
        // Newest first.
        for (int row = 1; row < model->rowCount(); row += 501)
            QVERIFY(model->idAt(row - 1) > model->idAt(row));
        // The filter finds the inspections' records, and only them.
        t.restart();
        page.table()->filterEdit()->setText(QStringLiteral("inspection"));
        qInfo("audit filter: %lld ms, %d rows", t.elapsed(), model->rowCount());
        QCOMPARE(model->rowCount(), int(m_all.size()));
        for (int row = 0; row < model->rowCount(); row += 37)
            QVERIFY(model->index(row, AuditTableModel::Entity)
                        .data()
                        .toString()
                        .startsWith(DisplayNames::auditEntity(QStringLiteral("inspection")) +
                                    QLatin1Char(' ')));
        // The action's name as the list shows it finds the records of that action.
        const QString created = DisplayNames::auditAction(QStringLiteral("create"));
        page.table()->filterEdit()->setText(created);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); row += 97)
            QCOMPARE(model->index(row, AuditTableModel::Action).data().toString(), created);
        page.table()->filterEdit()->setText(QStringLiteral("inspection"));
        // A row's full record is read by its id.
        const Result<AuditRecord> r = model->recordAt(0);
        QVERIFY(r.ok());
        QCOMPARE(r->id, model->idAt(0));
        QCOMPARE(DisplayNames::auditRecord(r->entity, r->entityId),
                 model->index(0, AuditTableModel::Entity).data().toString());
        QVERIFY(r->afterJson.contains(QStringLiteral("\"start\"")));
        page.table()->selectSourceRow(0);
        QVERIFY(page.findChild<QPlainTextEdit *>(QStringLiteral("auditDetail"))
                    ->toPlainText()
                    .contains(r->hash));
        // Sorted by user, every row still there.
        page.table()->filterEdit()->clear();
        t.restart();
        model->sort(AuditTableModel::User, Qt::AscendingOrder);
        qInfo("audit sort by user: %lld ms", t.elapsed());
        QCOMPARE(qint64(model->rowCount()), chain->records);
    }
};

QTEST_MAIN(TestLazyInspectionAudit)
#include "tst_lazyinspectionaudit.moc"
