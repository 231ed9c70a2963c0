#include "deadlines/deadlinemodel.h"
#include "deadlines/deadlinespage.h"
#include "domain/sector.h"
#include "i18n/language.h"
#include "rules/ruletemplates.h"
#include "schedule/deadlineengine.h"
#include "services/demogenerator.h"
#include "services/identifier.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"
#include "widgets/filterabletable.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

// The deadlines page on a store of many decided systems: the list is computed in the
// background and says when it is in, its counts are the full list's, and the model shows,
// filters and sorts the compact rows as the items they stand for.
class TestDeadlinesPageScale : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QVector<DeadlineItem> m_expected; // the full list, as of today
    int m_decided = 0;
    QVector<qint64> m_againSystems; // decided twice

    static std::unique_ptr<DeadlinesPage> loadedPage(Database &db)
    {
        auto page = std::make_unique<DeadlinesPage>(db);
        if (page->isLoading()) {
            QSignalSpy finished(page.get(), &Page::loadingFinished);
            if (!finished.wait(20000))
                return nullptr;
        }
        return page;
    }

    QVector<DeadlineItem> expected(const QString &kind, const QString &status) const
    {
        QVector<DeadlineItem> out;
        for (const DeadlineItem &i : m_expected)
            if ((kind.isEmpty() || i.kind == kind) &&
                (status.isEmpty() ||
                 (status == QLatin1String("pending") ? !i.done.isValid() : i.status == status)))
                out << i;
        return out;
    }

    static void compareRows(const DeadlineModel *model, const QVector<DeadlineItem> &items)
    {
        QCOMPARE(model->rowCount(), int(items.size()));
        for (int r = 0; r < model->rowCount(); ++r) {
            const DeadlineItem shown = model->item(r);
            const QByteArray where = QByteArray::number(r);
            QVERIFY2(shown.uid() == items.at(r).uid(), where);
            QVERIFY2(shown.subject == items.at(r).subject, where);
            QVERIFY2(shown.status == items.at(r).status, where);
            QVERIFY2(shown.days == items.at(r).days, where);
            QVERIFY2(model->index(r, DeadlineModel::Subject).data().toString() ==
                         items.at(r).subject,
                     where);
            QVERIFY2(model->index(r, DeadlineModel::Status).data().toString() ==
                         DeadlineEngine::statusName(items.at(r).status),
                     where);
            QVERIFY2(model->index(r, DeadlineModel::Due).data().toString() ==
                         items.at(r).due.toString(Qt::ISODate),
                     where);
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("scale.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        RegistryRepository registry(*m_db);
        QVERIFY(DemoGenerator::populate(registry, 11, 60, 600).ok());
        RuleSetRepository rules(*m_db);
        for (const Sector &s : Sector::all()) {
            RuleSet r = RuleTemplates::nationalGuide2016().value();
            r.sector = s.key;
            const Result<qint64> id = rules.importAsDraft(r);
            QVERIFY(id.ok());
            QVERIFY(
                rules.file(id.value(), QStringLiteral("B-%1").arg(s.key), QDate(2026, 1, 15)).ok());
        }
        QVERIFY(Identifier::run(*m_db, IdentificationRequest()).ok());
        // Decide every case that can be, and notify the operator and the MPS of some: a store
        // of many decided systems, each with its notification item.
        CaseRepository cases(*m_db);
        int n = 0;
        for (const IdentificationCase &c : cases.list(CaseFilter()).value()) {
            if (c.outcome == QLatin1String("insufficient-data") || !cases.decide(c.id, {}, {}).ok())
                continue;
            ++m_decided;
            if (++n % 5 == 0) {
                QVERIFY(cases.recordNotified(c.id, QStringLiteral("operator"), QDate::currentDate())
                            .ok());
                QVERIFY(
                    cases.recordNotified(c.id, QStringLiteral("mps"), QDate::currentDate()).ok());
            }
        }
        QVERIFY(m_decided > 300);
        // A few systems identified and decided again: the newer decision is the one in force.
        IdentificationRequest again;
        again.kind = IdentificationRequest::Kind::Systems;
        qint64 lastCase = 0;
        for (const IdentificationCase &c : cases.list(CaseFilter()).value()) {
            lastCase = std::max(lastCase, c.id);
            if (c.decision == QLatin1String("cii") && again.systemIds.size() < 5)
                again.systemIds << c.systemId;
        }
        QVERIFY(Identifier::run(*m_db, again).ok());
        for (const IdentificationCase &c : cases.list(CaseFilter()).value())
            if (c.id > lastCase && cases.decide(c.id, {}, {}).ok())
                ++m_decided;
        m_againSystems = again.systemIds;
        const Result<DeadlineFacts> facts = DeadlineRepository(*m_db).facts();
        QVERIFY(facts.ok());
        QCOMPARE(int(facts->decidedCases.size()), m_decided);
        m_expected = DeadlineEngine::items(facts.value(), QDate::currentDate());
    }

    void theDecisionInForceIsEachSystemsNewestDecidedCase()
    {
        const DeadlineFacts facts = DeadlineRepository(*m_db).facts().value();
        QHash<qint64, qint64> newestCase, inForce;
        QHash<qint64, int> decisions;
        for (const DeadlineFacts::DecidedCase &c : facts.decidedCases) {
            newestCase[c.systemId] = std::max(newestCase.value(c.systemId), c.caseId);
            ++decisions[c.systemId];
            if (c.newestDecision) {
                QVERIFY(!inForce.contains(c.systemId));
                inForce.insert(c.systemId, c.caseId);
            }
        }
        QCOMPARE(inForce, newestCase);
        QVERIFY(!m_againSystems.isEmpty());
        for (qint64 system : std::as_const(m_againSystems))
            QCOMPARE(decisions.value(system), 2);
    }

    void summaryOfTheStoreCountsItsFullList()
    {
        const DeadlineSummary sum = DeadlineEngine::summary(
            DeadlineRepository(*m_db).facts().value(), QDate::currentDate());
        int overdue = 0, soon = 0, done = 0;
        for (const DeadlineItem &i : m_expected) {
            overdue += i.status == QLatin1String("overdue");
            soon += i.status == QLatin1String("due-soon");
            done += i.done.isValid();
        }
        QCOMPARE(sum.total, int(m_expected.size()));
        QVERIFY(sum.total >= m_decided); // one notification item per decided case at least
        QCOMPARE(sum.overdue, overdue);
        QCOMPARE(sum.dueSoon, soon);
        QCOMPARE(sum.doneOnTime + sum.doneLate, done);
        QVERIFY(done > 0);
    }

    void pageLoadsInTheBackgroundAndSaysWhenItIsIn()
    {
        DeadlinesPage page(*m_db);
        QVERIFY(page.isLoading());
        QSignalSpy counts(&page, &DeadlinesPage::countsChanged);
        QSignalSpy finished(&page, &Page::loadingFinished);
        QVERIFY(finished.wait(20000));
        QVERIFY(!page.isLoading());
        QCOMPARE(counts.count(), 1);
        int overdue = 0;
        for (const DeadlineItem &i : m_expected)
            overdue += i.status == QLatin1String("overdue");
        QCOMPARE(page.overdueCount(), overdue);
        QCOMPARE(page.summary().total, int(m_expected.size()));
        // A reload while one is running reads again once, and finishes once.
        page.reload();
        page.reload();
        QVERIFY(page.isLoading());
        finished.clear();
        QVERIFY(finished.wait(20000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!page.isLoading());
    }

    void modelShowsTheRowsOfEachFilter_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("status");
        QTest::newRow("not done yet (the page opens on it)")
            << QString() << QStringLiteral("pending");
        QTest::newRow("everything") << QString() << QString();
        QTest::newRow("notifications overdue")
            << QStringLiteral("notification") << QStringLiteral("overdue");
        QTest::newRow("notifications done on time")
            << QStringLiteral("notification") << QStringLiteral("done-on-time");
        QTest::newRow("no re-identification reported")
            << QStringLiteral("reidentification") << QString();
    }
    void modelShowsTheRowsOfEachFilter()
    {
        QFETCH(QString, kind);
        QFETCH(QString, status);
        const std::unique_ptr<DeadlinesPage> page = loadedPage(*m_db);
        QVERIFY(page);
        page->kindBox()->setCurrentIndex(page->kindBox()->findData(kind));
        page->statusBox()->setCurrentIndex(page->statusBox()->findData(status));
        const QVector<DeadlineItem> items = expected(kind, status);
        compareRows(page->model(), items);
        QCOMPARE(page->table()->proxy()->rowCount(), int(items.size()));
        auto *summary = page->findChild<QLabel *>(QStringLiteral("deadlineSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("shown of %1").arg(m_expected.size())),
                 qPrintable(summary->text()));
    }

    void headerSortsTheRowsAndKeepsTheCurrentOne()
    {
        const std::unique_ptr<DeadlinesPage> page = loadedPage(*m_db);
        QVERIFY(page);
        page->statusBox()->setCurrentIndex(0); // all statuses
        const DeadlineModel *model = page->model();
        QVERIFY(model->rowCount() > 300);
        page->table()->selectSourceRow(7);
        const QString current = model->item(7).uid();
        QHeaderView *header = page->table()->view()->horizontalHeader();
        QElapsedTimer t;
        t.start();
        header->setSortIndicator(DeadlineModel::Days, Qt::DescendingOrder);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->item(r - 1).days >= model->item(r).days);
        QCOMPARE(model->item(page->table()->currentSourceRow()).uid(), current);
        header->setSortIndicator(DeadlineModel::Subject, Qt::AscendingOrder);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->item(r - 1).subject <= model->item(r).subject);
        // Back to the list's order: by due date, then kind, then subject.
        header->setSortIndicator(DeadlineModel::Due, Qt::AscendingOrder);
        compareRows(model, m_expected);
    }
};

QTEST_MAIN(TestDeadlinesPageScale)
#include "tst_deadlinespagescale.moc"
