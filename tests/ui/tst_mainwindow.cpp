#include "dialogs/operatordialog.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "models/indicatorvaluemodel.h"
#include "pages/operatorspage.h"
#include "pages/registrypage.h"
#include "pages/systemspage.h"
#include "services/demogenerator.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "teststore.h"
#include "widgets/filterabletable.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <QTimer>
#include <iterator>

using namespace cii;

// Drives the real widgets under the offscreen platform and checks the store afterwards.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> store(int operators = 0, int systems = 0)
    {
        auto db = std::make_unique<Database>();
        if (!db->open(TestStore::location(m_dir, QStringLiteral("ui%1.sqlite").arg(++m_n)),
                      Database::OpenMode::CreateIfMissing))
            return nullptr;
        RegistryRepository repo(*db);
        if (operators > 0)
            DemoGenerator::populate(repo, 5, operators, systems);
        return db;
    }

    static void saveArtifact(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CII_TEST_ARTIFACTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // Types like a person: ASCII as key presses, Chinese as an input method commits it.
    static void typeText(QWidget *w, const QString &text)
    {
        QVERIFY(w);
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                QTest::keyClicks(w, QString(c));
            } else {
                QInputMethodEvent e;
                e.setCommitString(QString(c));
                QApplication::sendEvent(w, &e);
            }
        }
    }

    // Runs `interact` on the next modal dialog once it is shown.
    template <typename F> static void whenDialogOpens(F interact)
    {
        QTimer::singleShot(0, [interact] {
            QWidget *modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            interact(modal);
        });
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
    }

    void addsAnOperatorThroughTheDialog()
    {
        auto db = store();
        QVERIFY(db);
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Registry);
        auto *add = w.findChild<QPushButton *>(QStringLiteral("addOperator"));
        QVERIFY(add);
        bool interacted = false;
        whenDialogOpens([&](QWidget *dialog) {
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("uscc")),
                     QStringLiteral("91350100m000100y43")); // upper-cased as typed
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameZh")),
                     QStringLiteral("福州电力有限公司"));
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("nameEn")),
                     QStringLiteral("Fuzhou Power Co., Ltd."));
            typeText(dialog->findChild<QLineEdit *>(QStringLiteral("region")),
                     QStringLiteral("福州"));
            saveArtifact(dialog, QStringLiteral("operator-dialog"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
            interacted = true;
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(interacted);

        RegistryRepository repo(*db);
        const auto ops = repo.operators().value();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.at(0).uscc, QStringLiteral("91350100M000100Y43"));
        QCOMPARE(ops.at(0).nameZh, QStringLiteral("福州电力有限公司"));
        QCOMPARE(ops.at(0).region, QStringLiteral("福州"));
        QCOMPARE(ops.at(0).sector, QStringLiteral("telecom"));
        // And the table shows it.
        QCOMPARE(w.registryPage()->operatorsPage()->table()->shownRowCount(), 1);
    }

    void dialogExplainsAWrongCheckCharacterInline()
    {
        auto db = store();
        RegistryRepository repo(*db);
        OperatorDialog dialog(repo, OperatorInfo());
        dialog.show();
        typeText(dialog.findChild<QLineEdit *>(QStringLiteral("uscc")),
                 QStringLiteral("91350100M000100Y44"));
        typeText(dialog.findChild<QLineEdit *>(QStringLiteral("nameZh")), QStringLiteral("某公司"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("usccError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("check character")),
                 qPrintable(error->text()));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        saveArtifact(&dialog, QStringLiteral("operator-dialog-error"));
        QCOMPARE(repo.countOperators().value(), qint64(0));
    }

    void duplicateCodeIsRefusedAndTheDialogStaysOpen()
    {
        auto db = store();
        RegistryRepository repo(*db);
        OperatorInfo existing;
        existing.uscc = QStringLiteral("91350100M000100Y43");
        existing.nameZh = QStringLiteral("已有公司");
        existing.sector = QStringLiteral("energy");
        QVERIFY(repo.addOperator(existing).ok());
        OperatorDialog dialog(repo, OperatorInfo());
        dialog.show();
        typeText(dialog.findChild<QLineEdit *>(QStringLiteral("uscc")), existing.uscc);
        typeText(dialog.findChild<QLineEdit *>(QStringLiteral("nameZh")), QStringLiteral("新公司"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *storeError = dialog.findChild<QLabel *>(QStringLiteral("storeError"));
        QVERIFY(storeError->isVisible());
        QVERIFY(storeError->text().contains(QStringLiteral("already exists")));
        QCOMPARE(repo.countOperators().value(), qint64(1));
    }

    void filterNarrowsTheOperatorTable()
    {
        auto db = store(40, 0);
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Registry);
        FilterableTable *table = w.registryPage()->operatorsPage()->table();
        QCOMPARE(table->shownRowCount(), 40);
        const QString target = RegistryRepository(*db).operators().value().at(7).uscc;
        QTest::keyClicks(table->filterEdit(), target);
        QCOMPARE(table->shownRowCount(), 1);
        QCOMPARE(table->countLabel()->text(), QStringLiteral("1 of 40 shown"));
        table->filterEdit()->clear();
        QCOMPARE(table->shownRowCount(), 40);
        QCOMPARE(table->countLabel()->text(), QStringLiteral("40 rows"));
    }

    void editsAnIndicatorValueInPlace()
    {
        auto db = store(3, 6);
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Registry);
        w.registryPage()->tabs()->setCurrentIndex(1);
        SystemsPage *page = w.registryPage()->systemsPage();
        page->table()->selectSourceRow(0);
        QTableView *values = page->indicatorView();
        QVERIFY(values->model()->rowCount() > 10);
        // Find the standard_racks row and type a new value into it.
        int row = -1;
        for (int r = 0; r < values->model()->rowCount(); ++r) {
            if (values->model()->index(r, 0).data(Qt::UserRole).toString() ==
                QLatin1String("standard_racks"))
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex cell = values->model()->index(row, IndicatorValueModel::Value);
        values->setFocus();
        values->setCurrentIndex(cell);
        values->edit(cell);
        // The delegate's editor lives on the view's viewport.
        auto *line = values->viewport()->findChild<QLineEdit *>();
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("1501"));
        QTest::keyClick(line, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(cell.data().toString(), QStringLiteral("1,501"));
        const qint64 systemId = RegistryRepository(*db).systems().value().at(0).id;
        bool found = false;
        for (const IndicatorValue &v : RegistryRepository(*db).indicatorValues(systemId).value()) {
            if (v.key == QLatin1String("standard_racks")) {
                QCOMPARE(v.value, QStringLiteral("1501"));
                found = true;
            }
        }
        QVERIFY(found);
        saveArtifact(&w, QStringLiteral("systems-page"));
    }

    void languageSwitchRetranslatesTheMainWindow()
    {
        auto db = store(5, 10);
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Registry);
        QCOMPARE(w.navigation()->item(MainWindow::Registry)->text(), QStringLiteral("Registry"));
        // (A shared store's title names it first: "user@host/db — CII Workbench".)
        QVERIFY2(w.windowTitle().endsWith(QStringLiteral("CII Workbench")),
                 qPrintable(w.windowTitle()));
        saveArtifact(&w, QStringLiteral("main-window-en"));

        w.switchLanguage(QStringLiteral("zh"));
        QCOMPARE(Language::current(), QStringLiteral("zh"));
        // Qt delivers QEvent::LanguageChange to windows through the event loop.
        QTRY_VERIFY2(w.windowTitle().endsWith(QStringLiteral("关保工作台")),
                     qPrintable(w.windowTitle()));
        QCOMPARE(w.navigation()->item(MainWindow::Registry)->text(), QStringLiteral("登记信息"));
        QCOMPARE(w.registryPage()->tabs()->tabText(0), QStringLiteral("运营者"));
        QCOMPARE(w.menuBar()->actions().at(0)->text(), QStringLiteral("文件(&F)"));
        auto *table = w.registryPage()->operatorsPage()->table()->view();
        QCOMPARE(table->model()->headerData(2, Qt::Horizontal).toString(),
                 QStringLiteral("中文名称"));
        // Sector names come from the store in the chosen language too.
        const QString sector = table->model()->index(0, 4).data().toString();
        QVERIFY2(sector.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                 qPrintable(sector));
        saveArtifact(&w, QStringLiteral("main-window-zh"));

        w.switchLanguage(QStringLiteral("en"));
        QTRY_COMPARE(w.navigation()->item(MainWindow::Registry)->text(),
                     QStringLiteral("Registry"));
        QCOMPARE(w.registryPage()->tabs()->tabText(0), QStringLiteral("Operators"));
    }

    void everyAreaOpensItsPage()
    {
        auto db = store();
        MainWindow w(*db);
        w.show();
        const char *pages[] = {
            "cii::DashboardPage",      "cii::RegistryPage",   "cii::RulesPage",
            "cii::IdentificationPage", "cii::DeadlinesPage",  "cii::InspectionsPage",
            "cii::IncidentsPage",      "cii::CompliancePage", "cii::EnforcementPage",
            "cii::AuditLogPage",       "cii::SettingsPage"};
        static_assert(std::size(pages) == MainWindow::AreaCount, "one page per area");
        for (int area = 0; area < MainWindow::AreaCount; ++area) {
            w.showArea(MainWindow::Area(area));
            auto *stack = w.findChild<QStackedWidget *>();
            QVERIFY(stack);
            QCOMPARE(stack->currentWidget()->metaObject()->className(), pages[area]);
            QVERIFY(stack->currentWidget()->isVisible());
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
