#include "i18n/language.h"
#include "inspections/inspectiondialog.h"
#include "inspections/inspectionmodel.h"
#include "inspections/inspectionnoticedialog.h"
#include "inspections/inspectionspage.h"
#include "services/demogenerator.h"
#include "storage/database.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"
#include "teststore.h"
#include "widgets/filterabletable.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "testartifacts.h"
#include <QTextCharFormat>

using namespace cii;

// The inspections page: conflicts between departments highlighted in the list and the
// calendar with the reason on hover, and merged away into a joint inspection.
class TestInspectionsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_own = 0, m_mps = 0;

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("in.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        RegistryRepository registry(*m_db);
        QVERIFY(DemoGenerator::populate(registry, 9, 8, 30).ok());
        const qint64 op = registry.operators().value().first().id;
        const QDate month(QDate::currentDate().year(), QDate::currentDate().month(), 10);
        Inspection own;
        own.operatorId = op;
        own.start = month;
        own.end = month.addDays(2);
        own.team = QStringLiteral("检查一组");
        InspectionRepository repo(*m_db);
        m_own = repo.add(own).value();
        Inspection mps = own;
        mps.lead = QStringLiteral("mps");
        mps.start = month.addDays(1);
        mps.end = month.addDays(4);
        mps.participants = {QStringLiteral("secrecy")};
        m_mps = repo.add(mps).value();
    }

    void aConflictIsRedWithItsReasonInTheListAndTheCalendar()
    {
        InspectionsPage page(*m_db);
        page.resize(1300, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        InspectionModel *model = page.model();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex first = model->index(model->rowOfId(m_own), 0);
        QCOMPARE(first.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(255, 205, 210));
        const QString tip = first.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Overlaps inspection %1").arg(m_mps)),
                 qPrintable(tip));
        QCOMPARE(model->index(model->rowOfId(m_own), InspectionModel::Conflict).data().toString(),
                 QStringLiteral("Overlap"));
        const QDate shared = model->inspectionAt(model->rowOfId(m_mps)).start;
        const QTextCharFormat day = page.calendar()->dateTextFormat(shared);
        QVERIFY2(day.toolTip().contains(QStringLiteral("Overlaps")), qPrintable(day.toolTip()));
        QCOMPARE(day.background().color(), QColor(255, 170, 170));
        saveArtifact(&page, QStringLiteral("inspections-en"));

        // One conflicting row selected: merging offers both.
        page.table()->selectSourceRow(model->rowOfId(m_own));
        QCOMPARE(page.mergeCandidates().size(), 2);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("mergeInspections"))->isEnabled());
    }

    void mergingKeepsTheOriginalsAndEndsTheConflict()
    {
        InspectionRepository repo(*m_db);
        InspectionDialog dialog(*m_db, {repo.byId(m_own).value(), repo.byId(m_mps).value()});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Inspection joint = repo.byId(dialog.storedId()).value();
        QVERIFY(joint.joint);
        QCOMPARE(joint.lead, QStringLiteral("own"));
        QVERIFY(joint.participants.contains(QStringLiteral("mps")));
        QVERIFY(joint.participants.contains(QStringLiteral("secrecy")));
        QCOMPARE(repo.byId(m_own).value().mergedInto, joint.id);

        InspectionsPage page(*m_db);
        page.show(); // a page reads the store when first shown
        QCOMPARE(page.model()->rowCount(), 3);
        for (int r = 0; r < 3; ++r)
            QVERIFY(page.model()->conflictsAt(r).isEmpty());
    }
    void theNoticeIsTheIssuingDialogAndACompletedInspectionIsRefused()
    {
        RegistryRepository registry(*m_db);
        for (Department d : registry.departments().value()) {
            if (!d.own)
                continue;
            d.nameZh = QStringLiteral("能源行业网络安全保护办公室");
            d.nameEn = QStringLiteral("Energy Cybersecurity Office");
            d.docPrefix = QStringLiteral("能网保");
            d.contactName = QStringLiteral("周工");
            d.contactPhone = QStringLiteral("010-12340000");
            QVERIFY(registry.updateDepartment(d).ok());
        }
        InspectionRepository repo(*m_db);
        Inspection ahead;
        ahead.operatorId = registry.operators().value().first().id;
        ahead.start = QDate::currentDate().addDays(20);
        ahead.end = ahead.start.addDays(1);
        ahead.team = QStringLiteral("检查二组");
        const qint64 id = repo.add(ahead).value();

        // The same choices as the identification notices: language, format, folder, preview.
        InspectionNoticeDialog dialog(*m_db, id);
        dialog.folderEdit()->setText(m_dir.filePath(QStringLiteral("notices")));
        dialog.show();
        QCOMPARE(dialog.languageBox()->count(), 3);
        QCOMPARE(dialog.formatBox()->count(), 2);
        QVERIFY2(dialog.preview()->toPlainText().contains(QStringLiteral("检查二组")) ||
                     dialog.preview()->toPlainText().contains(QStringLiteral("Energy")),
                 qPrintable(dialog.preview()->toPlainText()));
        QVERIFY(dialog.issueButton()->isEnabled());
        saveArtifact(&dialog, QStringLiteral("inspection-notice-dialog"));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("odt")));
        QTest::mouseClick(dialog.issueButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.issued().path.endsWith(QStringLiteral(".odt")),
                 qPrintable(dialog.issued().path));
        QVERIFY(QFile::exists(dialog.issued().path));

        // Completed: the dialog says why and nothing can be numbered.
        QVERIFY(repo.setStatus(id, QStringLiteral("completed")).ok());
        InspectionNoticeDialog done(*m_db, id);
        done.show();
        QVERIFY(!done.issueButton()->isEnabled());
        QVERIFY2(done.summaryLabel()->text().contains(QStringLiteral("completed")),
                 qPrintable(done.summaryLabel()->text()));
        QVERIFY(done.preview()->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestInspectionsPage)
#include "tst_inspectionspage.moc"
