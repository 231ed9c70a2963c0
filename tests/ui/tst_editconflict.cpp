// No lost update in the window (issue 15): two connections on one store, a system edited in
// the dialog while the other connection changes it; the save meets the conflict, the dialog
// shows both versions, and each of its buttons does what it says (the store checked after).
// And the window refreshes what another client wrote (StoreWatcher).
#include "dialogs/editconflictdialog.h"
#include "dialogs/systemdialog.h"
#include "domain/uscc.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "pages/operatorspage.h"
#include "pages/registrypage.h"
#include "rules/ruleseteditor.h"
#include "rules/ruletemplates.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"
#include "storage/storewatcher.h"
#include "widgets/filterabletable.h"

#include <QApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "testartifacts.h"

using namespace cii;

class TestEditConflict : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString m_location;
    std::unique_ptr<Database> m_mine, m_theirs;
    qint64 m_system = 0;

    static QString code(int n)
    {
        const QString first17 = QStringLiteral("91350100M0001%1").arg(n, 4, 10, QLatin1Char('0'));
        return first17 + Uscc::checkCharacter(first17);
    }
    static OperatorInfo sampleOperator(int n)
    {
        OperatorInfo o;
        o.uscc = code(n);
        o.nameZh = QStringLiteral("福州电力有限公司%1").arg(n);
        o.sector = QStringLiteral("energy");
        return o;
    }
    // Two connections on a new store holding one operator and its system.
    bool twoClients()
    {
        m_location = m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n));
        m_mine = std::make_unique<Database>();
        m_theirs = std::make_unique<Database>();
        if (!m_mine->open(m_location, Database::OpenMode::CreateIfMissing) ||
            !m_theirs->open(m_location))
            return false;
        RegistryRepository repo(*m_mine);
        const qint64 op = repo.addOperator(sampleOperator(0)).value();
        SystemInfo s;
        s.operatorId = op;
        s.name = QStringLiteral("调度系统");
        s.category = QStringLiteral("production");
        s.mlpsLevel = 3;
        m_system = repo.addSystem(s).value();
        return m_system > 0;
    }
    QString cell(QTableWidget *t, int row, int column) { return t->item(row, column)->text(); }
    int rowOf(QTableWidget *t, const QString &label)
    {
        for (int r = 0; r < t->rowCount(); ++r)
            if (cell(t, r, 0) == label)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void aSaveOverAChangedSystemShowsBothVersions_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("keep theirs") << "keepTheirs";
        QTest::newRow("overwrite with mine") << "overwriteWithMine";
        QTest::newRow("edit again") << "editAgain";
    }
    void aSaveOverAChangedSystemShowsBothVersions()
    {
        QFETCH(QString, button);
        QVERIFY(twoClients());
        RegistryRepository repo(*m_mine), other(*m_theirs);
        SystemDialog dialog(repo, repo.systemById(m_system).value(), repo.operators().value());
        dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("我的名称"));

        // Meanwhile, on the other workstation.
        SystemInfo theirEdit = other.systemById(m_system).value();
        theirEdit.name = QStringLiteral("他们的名称");
        theirEdit.mlpsLevel = 4;
        QVERIFY(other.updateSystem(theirEdit).ok());

        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            auto *conflict = qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget());
            QVERIFY(conflict);
            QCOMPARE(conflict, dialog.conflictDialog());
            QTableWidget *t = conflict->table();
            QVERIFY(t->horizontalHeaderItem(2)->text().startsWith(
                QStringLiteral("Now in the store\n(changed by %1 at ").arg(m_theirs->user())));
            const int name = rowOf(t, QStringLiteral("Name"));
            const int mlps = rowOf(t, QStringLiteral("MLPS level (等级保护)"));
            const int category = rowOf(t, QStringLiteral("Category"));
            QVERIFY(name >= 0 && mlps >= 0 && category >= 0);
            QCOMPARE(cell(t, name, 1), QStringLiteral("我的名称"));
            QCOMPARE(cell(t, name, 2), QStringLiteral("他们的名称"));
            QCOMPARE(cell(t, mlps, 1), QStringLiteral("3"));
            QCOMPARE(cell(t, mlps, 2), QStringLiteral("4"));
            QCOMPARE(conflict->differingRows(), (QVector<int>{name, mlps}));
            QVERIFY(t->item(name, 1)->font().bold());
            QVERIFY(!t->item(category, 1)->font().bold());
            saveArtifact(conflict, QStringLiteral("edit-conflict-") + Language::current());
            QPushButton *b = conflict->findChild<QPushButton *>(button);
            QVERIFY(b);
            shown = true;
            QTest::mouseClick(b, Qt::LeftButton);
        });
        dialog.accept();
        QVERIFY(shown);
        QVERIFY(!dialog.conflictDialog());

        const SystemInfo stored = other.systemById(m_system).value();
        if (button == QLatin1String("keepTheirs")) {
            QCOMPARE(dialog.result(), int(QDialog::Accepted)); // closed: the page reloads
            QCOMPARE(stored.name, QStringLiteral("他们的名称"));
            QCOMPARE(stored.mlpsLevel, 4);
            QCOMPARE(stored.rowVersion, 2);
        } else if (button == QLatin1String("overwriteWithMine")) {
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(stored.name, QStringLiteral("我的名称"));
            QCOMPARE(stored.mlpsLevel, 3);
            QCOMPARE(stored.rowVersion, 3);
        } else {
            // Back in the editor, which now shows the stored values; the store is as they
            // left it, and a save from here is an ordinary edit of their version.
            QVERIFY(dialog.result() != int(QDialog::Accepted));
            QCOMPARE(dialog.systemInfo().name, QStringLiteral("他们的名称"));
            QCOMPARE(dialog.systemInfo().mlpsLevel, 4);
            QCOMPARE(stored.name, QStringLiteral("他们的名称"));
            dialog.findChild<QLineEdit *>(QStringLiteral("name"))
                ->setText(QStringLiteral("再次编辑"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            const SystemInfo after = other.systemById(m_system).value();
            QCOMPARE(after.name, QStringLiteral("再次编辑"));
            QCOMPARE(after.mlpsLevel, 4);
            QCOMPARE(after.rowVersion, 3);
        }
    }

    // The same for a draft of the sector's rules in the rule-set editor: the criterion the
    // other workstation changed shows as a row of its own; each button does what it says.
    void aSaveOverAChangedDraftShowsBothVersions_data()
    {
        aSaveOverAChangedSystemShowsBothVersions_data();
    }
    void aSaveOverAChangedDraftShowsBothVersions()
    {
        QFETCH(QString, button);
        QVERIFY(twoClients());
        RuleSetRepository repo(*m_mine), other(*m_theirs);
        RuleSet draft = RuleTemplates::nationalGuide2016().value();
        draft.sector = QStringLiteral("energy");
        const qint64 id = repo.importAsDraft(draft).value();
        const RuleSet original = repo.byId(id).value();
        RuleSetEditor editor(repo);
        editor.setRuleSet(original);
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("titleZh"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Mine"));
        QVERIFY(editor.isModified());

        RuleSet theirs = other.byId(id).value();
        int k = 0; // a criterion with a number threshold
        while (k < theirs.criteria.size() && theirs.criteria.at(k).threshold.isEmpty())
            ++k;
        QVERIFY(k < theirs.criteria.size());
        const QString criterion = theirs.criteria.at(k).id;
        theirs.criteria[k].threshold = QStringLiteral("123");
        QVERIFY(other.update(theirs).ok());

        // Read in the dialog, checked after it closed (a failed check inside would leave the
        // modal dialog open).
        bool shown = false;
        QString titleMine, titleTheirs, criterionMine, criterionTheirs;
        QVector<int> differing, expected;
        QTimer::singleShot(0, this, [&] {
            auto *conflict = qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget());
            if (!conflict || conflict != editor.conflictDialog())
                return;
            QTableWidget *t = conflict->table();
            const int titleRow = rowOf(t, QStringLiteral("Title (Chinese)"));
            const int criterionRow = rowOf(t, QStringLiteral("Criterion %1").arg(criterion));
            if (titleRow >= 0 && criterionRow >= 0) {
                titleMine = cell(t, titleRow, 1);
                titleTheirs = cell(t, titleRow, 2);
                criterionMine = cell(t, criterionRow, 1);
                criterionTheirs = cell(t, criterionRow, 2);
                expected = {titleRow, criterionRow};
            }
            differing = conflict->differingRows();
            shown = true;
            if (QPushButton *b = conflict->findChild<QPushButton *>(button))
                QTest::mouseClick(b, Qt::LeftButton);
            else
                conflict->reject();
        });
        const bool saved = editor.save();
        QVERIFY(shown);
        QVERIFY(!editor.conflictDialog());
        QCOMPARE(titleMine, QStringLiteral("Mine"));
        QCOMPARE(titleTheirs, original.titleZh);
        QVERIFY2(criterionTheirs.contains(QStringLiteral(" 123")), qPrintable(criterionTheirs));
        QVERIFY2(!criterionMine.contains(QStringLiteral(" 123")), qPrintable(criterionMine));
        QCOMPARE(differing, expected);

        const RuleSet stored = other.byId(id).value();
        if (button == QLatin1String("keepTheirs")) {
            QVERIFY(saved);
            QVERIFY(!editor.isModified());
            QCOMPARE(stored.titleZh, original.titleZh);
            QCOMPARE(stored.criteria.at(k).threshold, QStringLiteral("123"));
            QCOMPARE(editor.working().criteria.at(k).threshold, QStringLiteral("123"));
        } else if (button == QLatin1String("overwriteWithMine")) {
            QVERIFY(saved);
            QVERIFY(!editor.isModified());
            QCOMPARE(stored.titleZh, QStringLiteral("Mine"));
            QCOMPARE(stored.criteria.at(k).threshold, original.criteria.at(k).threshold);
            QCOMPARE(stored.rowVersion, editor.working().rowVersion);
        } else {
            QVERIFY(!saved);
            QCOMPARE(editor.working().criteria.at(k).threshold, QStringLiteral("123"));
            QCOMPARE(stored.titleZh, original.titleZh);
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Again"));
            QVERIFY(editor.save());
            const RuleSet after = other.byId(id).value();
            QCOMPARE(after.titleZh, QStringLiteral("Again"));
            QCOMPARE(after.criteria.at(k).threshold, QStringLiteral("123"));
        }
        // A second save from the same editor is an ordinary edit of the version it saved.
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Once more"));
        QVERIFY(editor.save());
        QCOMPARE(other.byId(id)->titleZh, QStringLiteral("Once more"));
    }

    // The dialog in both languages, for a person to look at (test artifacts); it fits the
    // smallest supported screen.
    void theConflictDialogShowsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("zh") << "zh";
    }
    void theConflictDialogShowsInBothLanguages()
    {
        QFETCH(QString, language);
        Language::apply(language);
        // The labels as the system dialog gives them.
        auto label = [](const char *source) {
            return QCoreApplication::translate("cii::SystemDialog", source);
        };
        EditConflict c;
        c.entity = QStringLiteral("system");
        c.entityId = QStringLiteral("12");
        c.readVersion = 1;
        c.storedVersion = 2;
        c.changedBy = QStringLiteral("zhangwei");
        c.changedAt = QDateTime(QDate(2026, 12, 2), QTime(7, 4), Qt::UTC);
        const QVector<EditConflictDialog::Field> fields = {
            {label("Name"), QStringLiteral("省电网调度系统"), QStringLiteral("省电网调度控制系统")},
            {label("Description"), QStringLiteral("覆盖全省的电力调度"),
             QStringLiteral("覆盖全省的电力调度")},
            {label("MLPS level (等级保护)"), QStringLiteral("3"), QStringLiteral("4")},
        };
        EditConflictDialog dialog(c, fields);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.differingRows(), (QVector<int>{0, 2}));
        QVERIFY(
            dialog.table()->horizontalHeaderItem(2)->text().contains(QStringLiteral("zhangwei")));
        QVERIFY(dialog.table()->horizontalHeaderItem(2)->text().contains(
            QStringLiteral("2026-12-02 15:04")));
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768);
        saveArtifact(&dialog, QStringLiteral("edit-conflict-dialog-") + language);
        Language::apply(QStringLiteral("en"));
    }

    void theWindowShowsWhatAnotherClientWrote()
    {
        QVERIFY(twoClients());
        MainWindow w(*m_mine);
        w.resize(1366, 768);
        w.show();
        w.storeWatcher()->setInterval(50);
        w.showArea(MainWindow::Registry);
        FilterableTable *table = w.registryPage()->operatorsPage()->table();
        QTRY_COMPARE(table->shownRowCount(), 1);
        QVERIFY(RegistryRepository(*m_theirs).addOperator(sampleOperator(1)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(table->shownRowCount(), 2, 5000);
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("another workstation")),
                 qPrintable(w.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
