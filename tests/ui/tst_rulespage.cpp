#include "i18n/language.h"
#include "mainwindow.h"
#include "rules/criteriamodel.h"
#include "rules/ruleseteditor.h"
#include "rules/rulespage.h"
#include "rules/ruletemplates.h"
#include "rules/ruletestmodel.h"
#include "storage/database.h"
#include "storage/rulesetrepository.h"
#include "teststore.h"
#include "widgets/filterabletable.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "testartifacts.h"

using namespace cii;

class TestRulesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> storeWithTemplate(qint64 *id, bool filed = false)
    {
        auto db = std::make_unique<Database>();
        if (!db->open(TestStore::location(m_dir, QStringLiteral("rp%1.sqlite").arg(++m_n)),
                      Database::OpenMode::CreateIfMissing))
            return nullptr;
        RuleSetRepository repo(*db);
        RuleSet r = RuleTemplates::nationalGuide2016().value();
        r.sector = QStringLiteral("energy");
        *id = repo.importAsDraft(r).value();
        if (filed)
            repo.file(*id, QStringLiteral("公网安备〔2026〕3号"), QDate(2026, 11, 20));
        return db;
    }
    static int rowOf(QAbstractItemModel *m, int column, const QString &text)
    {
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, column).data(Qt::EditRole).toString() == text)
                return r;
        }
        return -1;
    }
private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
    }

    void editingACriterionFlipsATestCase()
    {
        qint64 id = 0;
        auto db = storeWithTemplate(&id);
        QVERIFY(db);
        MainWindow w(*db);
        w.resize(1400, 900);
        w.show();
        w.showArea(MainWindow::Rules);
        RulesPage *page = w.rulesPage();
        page->selectRuleSet(id);
        RuleSetEditor *editor = page->editor();
        QCOMPARE(editor->working().id, id);
        QVERIFY(!editor->isReadOnly());
        const int total = int(editor->working().tests.size());
        QCOMPARE(editor->testSummary()->text(),
                 QStringLiteral("%1 of %2 test cases pass").arg(total).arg(total));

        // The test case at W3's threshold expects "not CII" (超过 is strictly more than).
        RuleTestModel *tests = editor->testModel();
        const int atThreshold =
            rowOf(tests, RuleTestModel::Name, QStringLiteral("W3 恰好等于阈值（1000000）"));
        QVERIFY(atThreshold >= 0);
        QCOMPARE(tests->index(atThreshold, RuleTestModel::Result).data().toString(),
                 QStringLiteral("pass"));

        // Lower W3's threshold in the criteria table, typing into the cell as a user would.
        QTableView *view = editor->criteriaView();
        const int w3 = rowOf(view->model(), CriteriaModel::Id, QStringLiteral("W3"));
        const QModelIndex cell = view->model()->index(w3, CriteriaModel::Threshold);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *line = view->viewport()->findChild<QLineEdit *>();
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("999999"));
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(cell.data().toString(), QStringLiteral("999999"));

        QCOMPARE(tests->index(atThreshold, RuleTestModel::Actual).data().toString(),
                 QStringLiteral("CII"));
        QCOMPARE(tests->index(atThreshold, RuleTestModel::Result).data().toString(),
                 QStringLiteral("FAIL"));
        QVERIFY(editor->isModified());
        // Every website case that used 1,000,000 visits as its "not met" value flips too.
        QVERIFY(tests->passed() < total);
        QCOMPARE(editor->testSummary()->text(),
                 QStringLiteral("%1 of %2 test cases pass").arg(tests->passed()).arg(total));
        saveArtifact(&w, QStringLiteral("rules-editor"));

        // Saved drafts keep the change; filing is refused while a test fails.
        QVERIFY(editor->save());
        RuleSetRepository repo(*db);
        QCOMPARE(repo.byId(id)->criterion(QStringLiteral("W3"))->threshold,
                 QStringLiteral("999999"));
        QVERIFY(!repo.file(id, QStringLiteral("R"), QDate(2026, 11, 25)).ok());
    }

    void expressionErrorsShowAsYouType()
    {
        qint64 id = 0;
        auto db = storeWithTemplate(&id);
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Rules);
        w.rulesPage()->selectRuleSet(id);
        RuleSetEditor *editor = w.rulesPage()->editor();
        QLineEdit *expression = editor->expressionEdit();
        expression->selectAll();
        QTest::keyClicks(expression, QStringLiteral("harm and"));
        auto *status = editor->findChild<QLabel *>(QStringLiteral("expressionStatus"));
        QCOMPARE(status->text(), QStringLiteral("position 9: expected a name or '(' after 'and'"));
        QTest::keyClicks(expression, QStringLiteral(" core"));
        QCOMPARE(status->text(), QStringLiteral("The expression is valid."));
    }

    void filedVersionsOpenReadOnly()
    {
        qint64 id = 0;
        auto db = storeWithTemplate(&id, true);
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Rules);
        w.rulesPage()->selectRuleSet(id);
        RuleSetEditor *editor = w.rulesPage()->editor();
        QVERIFY(editor->isReadOnly());
        const QModelIndex cell = editor->criteriaModel()->index(0, CriteriaModel::Threshold);
        QVERIFY(!(editor->criteriaModel()->flags(cell) & Qt::ItemIsEditable));
        QVERIFY(!editor->criteriaModel()->setData(cell, QStringLiteral("1"), Qt::EditRole));
        QVERIFY(editor->expressionEdit()->isReadOnly());
        auto *banner = editor->findChild<QLabel *>(QStringLiteral("banner"));
        QVERIFY2(banner->text().contains(QStringLiteral("can never change")),
                 qPrintable(banner->text()));
        saveArtifact(&w, QStringLiteral("rules-filed"));
    }
    // Switches the language as the Language menu does; widgets hear of it from the event loop.
    static void switchTo(MainWindow &w, const char *code)
    {
        w.switchLanguage(QLatin1String(code));
        QCoreApplication::processEvents();
    }

    void theBannerFollowsALanguageSwitch()
    {
        qint64 id = 0;
        auto db = storeWithTemplate(&id, true);
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Rules);
        RuleSetEditor *editor = w.rulesPage()->editor();
        auto *banner = editor->findChild<QLabel *>(QStringLiteral("banner"));
        // A filed version's banner is redrawn in the new language.
        w.rulesPage()->selectRuleSet(id);
        QVERIFY(banner->text().contains(QStringLiteral("can never change")));
        switchTo(w, "zh");
        const QString filed = banner->text();
        switchTo(w, "en");
        QVERIFY2(filed.contains(QStringLiteral("备案")), qPrintable(filed));
        QVERIFY(banner->text().contains(QStringLiteral("can never change")));
        // Nothing chosen: the banner says how to choose, in each language after a switch.
        editor->clear();
        const QString english = banner->text();
        QVERIFY2(english.startsWith(QStringLiteral("Choose a rule set")), qPrintable(english));
        switchTo(w, "zh");
        const QString chinese = banner->text();
        switchTo(w, "en");
        QVERIFY2(chinese.contains(QStringLiteral("选择认定规则")), qPrintable(chinese));
        QCOMPARE(banner->text(), english);
    }

    // Lowers W3's threshold in the editor as the criteria table's delegate would.
    static void lowerW3(RuleSetEditor *editor)
    {
        CriteriaModel *criteria = editor->criteriaModel();
        const int w3 = rowOf(criteria, CriteriaModel::Id, QStringLiteral("W3"));
        QVERIFY(w3 >= 0);
        QVERIFY(criteria->setData(criteria->index(w3, CriteriaModel::Threshold),
                                  QStringLiteral("999999"), Qt::EditRole));
    }

    void theComparisonShowsASavedChangeAtOnce()
    {
        qint64 first = 0;
        auto db = storeWithTemplate(&first, true);
        const qint64 second = RuleSetRepository(*db).newVersion(first).value();
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Rules);
        w.rulesPage()->selectRuleSet(second);
        RuleSetEditor *editor = w.rulesPage()->editor();
        QCOMPARE(editor->working().id, second);
        QCOMPARE(editor->compareBox()->currentData().toLongLong(), first);
        QAbstractItemModel *changes = editor->changesView()->model();
        QCOMPARE(changes->rowCount(), 1);
        QCOMPARE(changes->index(0, 0).data().toString(), QStringLiteral("No differences."));

        lowerW3(editor);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(!editor->isModified());
        // Still the same version shown and compared with version 1: the change is listed.
        QCOMPARE(editor->working().id, second);
        changes = editor->changesView()->model();
        QVERIFY(rowOf(changes, 1, QStringLiteral("W3")) >= 0);
        QVERIFY(changes->index(0, 0).data().toString() != QLatin1String("No differences."));
        saveArtifact(&w, QStringLiteral("rules-comparison-after-save"));
    }

    void saveAndRevertAreEnabledOnlyWithSomethingToSave()
    {
        qint64 id = 0;
        auto db = storeWithTemplate(&id);
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Rules);
        w.rulesPage()->selectRuleSet(id);
        RuleSetEditor *editor = w.rulesPage()->editor();
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(!editor->revertButton()->isEnabled());

        QTest::keyClicks(editor->expressionEdit(), QStringLiteral(" "));
        QVERIFY(editor->isModified());
        QVERIFY(editor->saveButton()->isEnabled());
        QVERIFY(editor->revertButton()->isEnabled());
        QTest::mouseClick(editor->revertButton(), Qt::LeftButton);
        QVERIFY(!editor->isModified());
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(!editor->revertButton()->isEnabled());

        lowerW3(editor);
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(!editor->isModified());
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(!editor->revertButton()->isEnabled());
        QCOMPARE(RuleSetRepository(*db).byId(id)->criterion(QStringLiteral("W3"))->threshold,
                 QStringLiteral("999999"));
    }

    void aFailingTestCaseIsListedAmongTheProblemsThatStopFiling()
    {
        qint64 id = 0;
        auto db = storeWithTemplate(&id);
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Rules);
        w.rulesPage()->selectRuleSet(id);
        RuleSetEditor *editor = w.rulesPage()->editor();
        QCOMPARE(editor->problemsView()->toPlainText(),
                 QStringLiteral("None: the rules can be filed."));

        lowerW3(editor);
        const int failing = editor->testModel()->rowCount() - editor->testModel()->passed();
        QVERIFY(failing > 0);
        const QString problems = editor->problemsView()->toPlainText();
        QVERIFY2(problems.startsWith(
                     QStringLiteral("%1 test case%2 fail; filing is refused until every test "
                                    "passes:")
                         .arg(failing)
                         .arg(failing == 1 ? QString() : QStringLiteral("s"))),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("W3 恰好等于阈值（1000000）")),
                 qPrintable(problems));
        QCOMPARE(problems.count(QLatin1Char('\n')), failing);
        // What the page says is what filing does.
        QVERIFY(editor->save());
        QVERIFY(!RuleSetRepository(*db).file(id, QStringLiteral("R"), QDate(2026, 11, 25)).ok());
    }
};

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
