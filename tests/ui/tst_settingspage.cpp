#include "deadlines/deadlinemodel.h"
#include "deadlines/deadlinespage.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "services/demogenerator.h"
#include "settings/backupbox.h"
#include "settings/settingspage.h"
#include "storage/calendarrepository.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"
#include "storage/registryrepository.h"
#include "storage/storebackup.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "testartifacts.h"

using namespace cii;

// The settings page: the holiday calendar per year, importing a new year's arrangement, the
// deadline settings; and the deadline list showing the legal last day and its basis.
class TestSettingsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("settings.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        RegistryRepository registry(*m_db);
        QVERIFY(DemoGenerator::populate(registry, 5, 3, 6).ok());
    }

    void theCalendarShowsEachYearAndANewYearIsImported()
    {
        SettingsPage page(*m_db);
        page.resize(1180, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(page.coverageLabel()->text().contains(QStringLiteral("2025, 2026")),
                 qPrintable(page.coverageLabel()->text()));
        page.yearBox()->setCurrentIndex(page.yearBox()->findData(2026));
        QCOMPARE(page.dayView()->model()->rowCount(), 39);
        QCOMPARE(page.dayView()->model()->index(3, 2).data().toString(),
                 QStringLiteral("Make-up working day")); // Sunday 4 January 2026
        saveArtifact(&page, QStringLiteral("settings-en"));

        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("date,kind,name_zh,name_en\n2028-01-03,workday,元旦,New Year's Day\n");
        b.close();
        QVERIFY(!page.importCalendar(bad, false)); // a Monday cannot be a make-up working day
        QVERIFY(!CalendarRepository(*m_db).calendar().value().covers(2028));

        const QString good = m_dir.filePath(QStringLiteral("2028.csv"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("date,kind,name_zh,name_en,source_year\n"
                "2028-01-01,holiday,元旦,New Year's Day,2028\n"
                "2028-01-02,holiday,元旦,New Year's Day,2028\n"
                "2028-01-03,holiday,元旦,New Year's Day,2028\n");
        g.close();
        QVERIFY(page.importCalendar(good, false));
        QCOMPARE(page.yearBox()->currentData().toInt(), 2028);
        QCOMPARE(page.dayView()->model()->rowCount(), 3);
        QVERIFY(CalendarRepository(*m_db).calendar().value().covers(2028));
    }

    void deadlineSettingsAreSaved()
    {
        SettingsPage page(*m_db);
        auto *firstYear = page.findChild<QComboBox *>(QStringLiteral("firstAssessmentYear"));
        QVERIFY(firstYear);
        firstYear->setCurrentIndex(firstYear->findData(7));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveDeadlineSettings")),
                          Qt::LeftButton);
        QCOMPARE(DeadlineRepository(*m_db).settings().value().assessmentSameYearBeforeMonth, 7);
    }

    void aBackupIsMadeIntoTheFolderAndRestoredInTheWindow()
    {
        const QString location = m_dir.filePath(QStringLiteral("windowed.sqlite"));
        Database db;
        QVERIFY(db.open(location, Database::OpenMode::CreateIfMissing).ok());
        RegistryRepository registry(db);
        QVERIFY(DemoGenerator::populate(registry, 3, 2, 4).ok());
        MainWindow window(db);
        BackupBox *box = window.settingsPage()->backupBox();
        box->folderEdit()->setText(m_dir.filePath(QStringLiteral("backups")));
        box->keepBox()->setValue(2);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("saveBackupSettings")),
                          Qt::LeftButton);
        QCOMPARE(StoreBackup::keepOf(db), 2);
        const QString file = box->backUpNow();
        QVERIFY(!file.isEmpty());
        QCOMPARE(QFileInfo(file).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(StoreBackup::newest(location, StoreBackup::folderOf(db)), file);
        QVERIFY(box->findChild<QLabel *>(QStringLiteral("lastBackup"))
                    ->text()
                    .contains(QFileInfo(file).fileName()));

        // A change after the backup, then the restore: the change is gone, the old store kept.
        const int before = RegistryRepository(db).operators().value().size();
        QVERIFY(DemoGenerator::populate(registry, 4, 1, 1).ok());
        QCOMPARE(RegistryRepository(db).operators().value().size(), before + 1);
        QString kept;
        const Status restored = window.restoreStore(file, &kept);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        QVERIFY(QFileInfo::exists(kept));
        QVERIFY(db.isOpen());
        QCOMPARE(RegistryRepository(db).operators().value().size(), before);
        const QStringList copies =
            QDir(m_dir.path()).entryList({QStringLiteral("windowed.sqlite.before-restore-*")});
        QVERIFY2(copies.size() == 1, qPrintable(copies.join(' ')));
    }

    void aReadOnlyStoreSaysSoInTheWindow()
    {
        const QString location = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        {
            Database db;
            QVERIFY(db.open(location, Database::OpenMode::CreateIfMissing).ok());
        }
        QVERIFY(QFile::setPermissions(location, QFileDevice::ReadOwner));
        Database db;
        QVERIFY(db.open(location).ok());
        MainWindow window(db);
        window.show();
        auto *label = window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(db.readOnlyReason()) && db.isReadOnly(),
                 qPrintable(label->text()));
        // What writes is hidden; reading and backing up stay.
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("importCalendar"))->isHidden());
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("restoreBackup"))->isHidden());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("backUpNow"))->isHidden());
        QFile::setPermissions(location, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void theDeadlineListShowsTheLastDayAndTheBasis()
    {
        ChangeReport r;
        r.operatorId = RegistryRepository(*m_db).operators().value().first().id;
        r.systemIds << RegistryRepository(*m_db).systems(r.operatorId).value().first().id;
        r.received = QDate(2026, 7, 1);
        r.description = QStringLiteral("核心系统迁移");
        QVERIFY(DeadlineRepository(*m_db).addChangeReport(r).ok());
        DeadlinesPage page(*m_db);
        page.resize(1180, 600);
        page.show();
        page.reload();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.isLoading()); // read in the background
        DeadlineModel *model = page.model();
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->item(i).due == QDate(2026, 10, 1))
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, DeadlineModel::Due).data().toString(),
                 QStringLiteral("2026-10-01"));
        QCOMPARE(model->index(row, DeadlineModel::LastDay).data().toString(),
                 QStringLiteral("2026-10-08 after National Day"));
        QCOMPARE(model->index(row, DeadlineModel::Basis).data().toString(),
                 QStringLiteral("Art. 11"));
        const QString tip =
            model->index(row, DeadlineModel::Basis).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("within three months")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("both notifications")), qPrintable(tip));
        saveArtifact(&page, QStringLiteral("deadlines-lastday-en"));

        Language::apply(QStringLiteral("zh"));
        QCOMPARE(model->index(row, DeadlineModel::LastDay).data().toString(),
                 QStringLiteral("2026-10-08（国庆节后）"));
        QCOMPARE(model->index(row, DeadlineModel::Basis).data().toString(),
                 QStringLiteral("第十一条"));
        Language::apply(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
