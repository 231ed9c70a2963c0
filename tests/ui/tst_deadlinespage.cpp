#include "deadlines/deadlinefactdialog.h"
#include "deadlines/deadlinemodel.h"
#include "deadlines/deadlinespage.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "services/demogenerator.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"
#include "storage/registryrepository.h"
#include "teststore.h"
#include "widgets/filterabletable.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "testartifacts.h"

using namespace cii;

// The deadlines page and the overdue reminder on a real store.
class TestDeadlinesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("dl.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        RegistryRepository registry(*m_db);
        QVERIFY(DemoGenerator::populate(registry, 5, 20, 120).ok());
    }

    void aChangeReportEnteredInTheDialogOpensAReidentification()
    {
        DeadlineFactDialog dialog(*m_db, DeadlineFactDialog::Kind::ChangeReport);
        QListWidget *systems = dialog.systemList();
        QVERIFY(systems->count() > 0);
        // Nothing ticked: refused inline, nothing stored.
        dialog.descriptionEdit()->setPlainText(QStringLiteral("数据中心迁移"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(DeadlineRepository(*m_db).changeReports().value().isEmpty());
        systems->item(0)->setCheckState(Qt::Checked);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.storedId() > 0);
        const QVector<ChangeReport> reports = DeadlineRepository(*m_db).changeReports().value();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().received, QDate::currentDate());
    }

    void anOverdueReportShowsInTheListTheDashboardAndTheReminder()
    {
        // Received four months ago and never re-identified: overdue.
        ChangeReport late;
        late.operatorId = RegistryRepository(*m_db).operators().value().last().id;
        late.systemIds << RegistryRepository(*m_db).systems(late.operatorId).value().first().id;
        late.received = QDate::currentDate().addMonths(-4);
        late.description = QStringLiteral("合并后系统整合");
        QVERIFY(DeadlineRepository(*m_db).addChangeReport(late).ok());

        MainWindow window(*m_db);
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The list is read in the background; the reminder and the tile follow its counts.
        QTRY_VERIFY(!window.deadlinesPage()->isLoading());
        QVERIFY(window.reminder()->isVisible());
        QVERIFY2(window.reminder()->text().contains(QStringLiteral("1 deadline overdue")),
                 qPrintable(window.reminder()->text()));
        auto *overdueTile = window.findChild<QLabel *>(QStringLiteral("overdueTile"));
        QVERIFY(overdueTile);
        // The dashboard's figures are counted in the background.
        QTRY_VERIFY_WITH_TIMEOUT(!window.dashboardPage()->isLoading(), 10000);
        QVERIFY2(overdueTile->text().contains(QStringLiteral(">1<")),
                 qPrintable(overdueTile->text()));

        // The reminder's link opens the overdue items.
        emit window.reminder()->linkActivated(QStringLiteral("#overdue"));
        DeadlinesPage *page = window.deadlinesPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->model()->rowCount(), 1);
        const DeadlineItem &item = page->model()->item(0);
        QCOMPARE(item.kind, QStringLiteral("reidentification"));
        QCOMPARE(item.status, QStringLiteral("overdue"));
        QCOMPARE(item.due, late.received.addMonths(3));
        QCOMPARE(page->model()->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color(),
                 QColor(255, 205, 210));

        // Kind and sector filters narrow the list.
        page->statusBox()->setCurrentIndex(0);
        page->kindBox()->setCurrentIndex(
            page->kindBox()->findData(QStringLiteral("reidentification")));
        QCOMPARE(page->model()->rowCount(), 2);
        page->kindBox()->setCurrentIndex(page->kindBox()->findData(QStringLiteral("assessment")));
        QCOMPARE(page->model()->rowCount(), 0);
        page->kindBox()->setCurrentIndex(0);
        saveArtifact(&window, QStringLiteral("deadlines-en"));
    }
};

QTEST_MAIN(TestDeadlinesPage)
#include "tst_deadlinespage.moc"
