#include "compliance/complianceevidencedialog.h"
#include "compliance/compliancemodel.h"
#include "compliance/compliancepage.h"
#include "compliance/complianceprofilemodel.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "services/demogenerator.h"
#include "storage/compliancerepository.h"
#include "storage/database.h"
#include "teststore.h"
#include "widgets/filterabletable.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "laptopscreentest.h"

#include "testartifacts.h"

using namespace cii;

// The compliance page on the demo store, driven through its widgets: one row per operator of
// CII, each cell's state in colour, the state and duty filters, the profile of the selected
// operator, and evidence recorded through the dialog into the store.
class TestCompliancePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static void shoot(QWidget *w, const QString &name)
    {
        saveArtifact(w, name);
        const QString dir = qEnvironmentVariable("CII_SHOTS");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    static void okButton(QDialog &d)
    {
        auto *buttons = d.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    qint64 firstCiiOperator()
    {
        Result<QSet<qint64>> cii = ComplianceRepository(*m_db).ciiOperators();
        QVector<qint64> ids(cii.value().cbegin(), cii.value().cend());
        std::sort(ids.begin(), ids.end());
        return ids.first();
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("p.sqlite")),
                           Database::OpenMode::CreateIfMissing)
                    .ok());
        const Status demo = DemoGenerator::populateShowcase(*m_db, 7);
        QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString()
                                                 : demo.error().message + QLatin1Char(' ') +
                                                       demo.error().details.join(' ')));
    }

    void listsEveryOperatorOfCiiWithEachCellInItsColour_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh") << QStringLiteral("zh");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void listsEveryOperatorOfCiiWithEachCellInItsColour()
    {
        QFETCH(QString, language);
        Language::apply(language);
        MainWindow w(*m_db);
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showArea(MainWindow::Compliance);
        auto *page = qobject_cast<CompliancePage *>(w.page(MainWindow::Compliance));
        QVERIFY(page);
        const int cii = int(ComplianceRepository(*m_db).ciiOperators().value().size());
        QVERIFY(cii > 3);
        QTRY_COMPARE(page->model()->rowCount(), cii);
        QCOMPARE(page->table()->shownRowCount(), cii);
        // The demo has every state; a cell's colour says which.
        QSet<int> states;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            for (int c = 1; c < page->model()->columnCount(); ++c) {
                const QModelIndex i = page->model()->index(r, c);
                const int state = i.data(ComplianceModel::StateRole).toInt();
                if (state < 0)
                    continue;
                states.insert(state);
                const QColor back = i.data(Qt::BackgroundRole).value<QBrush>().color();
                if (state == DutyStatus::Overdue)
                    QVERIFY(back.red() > back.green());
                if (state == DutyStatus::Evidenced) {
                    QVERIFY(back.green() > back.red());
                    QVERIFY(i.data().toString().startsWith(QStringLiteral("✓ 20")));
                }
            }
        QCOMPARE(states,
                 (QSet<int>{DutyStatus::Evidenced, DutyStatus::Missing, DutyStatus::Overdue}));
        // Every duty column names its article, as the regulation's Chinese text cites it in zh.
        for (int c = 1; c < page->model()->columnCount(); ++c)
            QVERIFY(page->model()
                        ->headerData(c, Qt::Horizontal, Qt::DisplayRole)
                        .toString()
                        .startsWith(language == QLatin1String("zh") ? QStringLiteral("第")
                                                                    : QStringLiteral("Art. ")));
        // The first operator's profile below the checklist.
        page->table()->selectSourceRow(0);
        QTRY_VERIFY(page->profileView()->model()->rowCount() >= 12);
        page->table()->view()->setFocus();
        shoot(&w, QStringLiteral("compliance-page-") + language);

        // Filtered to those overdue on the annual assessment… the background checks: only
        // rows with that duty overdue remain.
        page->stateBox()->setCurrentIndex(page->stateBox()->findData(QStringLiteral("overdue")));
        page->dutyBox()->setCurrentIndex(
            page->dutyBox()->findData(QStringLiteral("head-background-check")));
        QVERIFY(page->model()->rowCount() > 0);
        QVERIFY(page->model()->rowCount() < cii);
        const int column = ComplianceModel::columnOfDuty(QStringLiteral("head-background-check"));
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QCOMPARE(page->model()->index(r, column).data(ComplianceModel::StateRole).toInt(),
                     int(DutyStatus::Overdue));
        shoot(&w, QStringLiteral("compliance-filtered-") + language);
        page->stateBox()->setCurrentIndex(0);
        QCOMPARE(page->model()->rowCount(), cii);
    }

    void evidenceRecordedThroughTheDialogIsStoredAndShown()
    {
        Language::apply(QStringLiteral("en"));
        const qint64 op = firstCiiOperator();
        const qsizetype before = ComplianceRepository(*m_db).history(op).value().size();
        {
            ComplianceEvidenceDialog d(*m_db, op, QStringLiteral("staffing"));
            d.show();
            QCOMPARE(d.operatorBox()->currentData().toLongLong(), op);
            QVERIFY(d.countBox()->isVisible());
            d.countBox()->setFocus();
            d.countBox()->selectAll();
            QTest::keyClicks(d.countBox(), QStringLiteral("7"));
            d.dateEdit()->setDate(QDate::currentDate().addDays(-3));
            okButton(d);
            QVERIFY(d.storedId() > 0);
        }
        Result<QVector<ComplianceFact>> h = ComplianceRepository(*m_db).history(op);
        QCOMPARE(h.value().size(), before + 1);
        QCOMPARE(h.value().first().duty, QStringLiteral("staffing"));
        QCOMPARE(h.value().first().value, QStringLiteral("7"));
        QCOMPARE(h.value().first().evidenceDate, QDate::currentDate().addDays(-3));

        // A name left empty is refused in the dialog and nothing is written.
        ComplianceEvidenceDialog d(*m_db, op, QStringLiteral("principal-person"));
        d.show();
        QVERIFY(d.textEdit()->isVisible());
        d.textEdit()->clear();
        okButton(d);
        QCOMPARE(d.storedId(), 0);
        QVERIFY(d.isVisible());
        QVERIFY(!d.messageLabel()->text().isEmpty());
        QCOMPARE(ComplianceRepository(*m_db).history(op).value().size(), before + 1);

        // The page shows it once it reloads: the Art. 16 staff evidenced with its date.
        MainWindow w(*m_db);
        w.show();
        w.showArea(MainWindow::Compliance);
        auto *page = qobject_cast<CompliancePage *>(w.page(MainWindow::Compliance));
        QTRY_VERIFY(page->model()->rowCount() > 0);
        const int row = page->model()->rowOfOperator(op);
        QVERIFY(row >= 0);
        const QModelIndex cell =
            page->model()->index(row, ComplianceModel::columnOfDuty(QStringLiteral("staffing")));
        QCOMPARE(cell.data(ComplianceModel::StateRole).toInt(), int(DutyStatus::Evidenced));
        const QDate evidence = QDate::currentDate().addDays(-3);
        QCOMPARE(cell.data().toString(),
                 QStringLiteral("✓ %1").arg(evidence.toString(QStringLiteral("yyyy-MM"))));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(evidence.toString(Qt::ISODate)));
    }

    void theDialogIsShot_data() { listsEveryOperatorOfCiiWithEachCellInItsColour_data(); }
    void theDialogIsShot()
    {
        QFETCH(QString, language);
        Language::apply(language);
        ComplianceEvidenceDialog d(*m_db, firstCiiOperator(),
                                   QStringLiteral("head-background-check"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.yesNoBox()->isVisible());
        QVERIFY(d.height() <= 740);
        shoot(&d, QStringLiteral("compliance-dialog-") + language);
    }
};

CII_LAPTOP_SCREEN_TEST_MAIN(TestCompliancePage)

#include "tst_compliancepage.moc"
