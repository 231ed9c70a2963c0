#include "deadlines/deadlinemodel.h"
#include "deadlines/deadlinespage.h"
#include "dialogs/departmentdialog.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "services/demogenerator.h"
#include "services/issuingdepartment.h"
#include "settings/backupbox.h"
#include "settings/departmentform.h"
#include "settings/departmenttablemodel.h"
#include "settings/documentsettingsform.h"
#include "settings/otherdepartmentdialog.h"
#include "settings/otherdepartmentspanel.h"
#include "settings/owndepartmentpanel.h"
#include "settings/settingspage.h"
#include "storage/calendarrepository.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"
#include "storage/registryrepository.h"
#include "storage/securitysettingsrepository.h"
#include "storage/storebackup.h"
#include "teststore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "testartifacts.h"

using namespace cii;

// The settings page: the holiday calendar per year, importing a new year's arrangement, the
// deadline settings; and the deadline list showing the legal last day and its basis.
class TestSettingsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 auditCount() const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }
    // Also into CII_SHOTS (the screenshots of the change), when set.
    static void shot(QWidget *w, const QString &name)
    {
        saveArtifact(w, name);
        const QString dir = qEnvironmentVariable("CII_SHOTS");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("settings.sqlite")),
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
        CII_SQLITE_FILE_ONLY("SQLite backups and restore (PostgreSQL's: helper migrate)");
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
        CII_SQLITE_FILE_ONLY("a read-only file (PostgreSQL's read-only role: tst_postgresstore)");
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

    void theOwnDepartmentIsEditedOnTheSettingsPage()
    {
        SettingsPage page(*m_db);
        page.resize(1180, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        OwnDepartmentPanel *panel = page.ownDepartmentPanel();
        QCOMPARE(page.tabs()->currentWidget(), panel);
        DepartmentForm *form = panel->form();
        const qint64 audits = auditCount();
        form->nameZhEdit()->clear();
        QVERIFY(!panel->saveButton()->isEnabled()); // a Chinese name is required
        QVERIFY(form->problemLabel()->text().contains(QStringLiteral("Chinese name")));
        form->nameZhEdit()->insert(QStringLiteral("水利行业网络安全保护办公室"));
        QCheckBox *water = form->sectorBox(QStringLiteral("water"));
        QTest::mouseClick(water, Qt::LeftButton, {}, QPoint(8, water->height() / 2));
        QVERIFY(water->isChecked());
        form->docPrefixEdit()->setText(QStringLiteral("水网保"));
        QVERIFY(form->previewLabel()->text().contains(QStringLiteral("水网保〔")));
        QTest::keyClicks(form->contactPhoneEdit(), QStringLiteral("010-1"));
        panel->documentsForm()->classificationEdit()->setText(QStringLiteral("内部资料"));
        QVERIFY(panel->saveButton()->isEnabled());
        QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
        const Department own = IssuingDepartment::own(*m_db).value();
        QCOMPARE(own.nameZh, QStringLiteral("水利行业网络安全保护办公室"));
        QCOMPARE(own.docPrefix, QStringLiteral("水网保"));
        QVERIFY(own.contactPhone.endsWith(QStringLiteral("010-1")));
        QCOMPARE(own.sectors, QStringList{QStringLiteral("water")});
        QCOMPARE(SecuritySettingsRepository(*m_db).classification(), QStringLiteral("内部资料"));
        QCOMPARE(auditCount(), audits + 2); // the department and the marking, in one write
    }

    void aDepartmentIsAddedAndEditedOnTheSettingsPage()
    {
        SettingsPage page(*m_db);
        page.resize(1180, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentWidget(page.otherDepartmentsPanel());
        OtherDepartmentsPanel *panel = page.otherDepartmentsPanel();
        // The seeded bodies other than the own department, listed by their names.
        const int seeded = int(Department::defaults().size()) - 1;
        QCOMPARE(panel->model()->rowCount(), seeded);
        QVERIFY(panel->model()->rowOf(QStringLiteral("mps")) >= 0);
        QVERIFY(panel->model()->rowOf(QStringLiteral("own")) < 0);
        const qint64 audits = auditCount();

        // Add: a taken key and a bad key are said in words; then a good one saves.
        QStringList said;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<OtherDepartmentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            DepartmentForm *form = dialog->form();
            QVERIFY(!form->keyEdit()->isReadOnly());
            QTest::keyClicks(form->keyEdit(), QStringLiteral("mps"));
            form->nameZhEdit()->insert(QStringLiteral("省能源局"));
            said << form->problemLabel()->text();
            QVERIFY(!dialog->saveButton()->isEnabled());
            form->keyEdit()->clear();
            QTest::keyClicks(form->keyEdit(), QStringLiteral("Energy"));
            said << form->problemLabel()->text();
            form->keyEdit()->clear();
            QTest::keyClicks(form->keyEdit(), QStringLiteral("energy-bureau"));
            QTest::keyClicks(form->nameEnEdit(), QStringLiteral("Provincial Energy Bureau"));
            form->docPrefixEdit()->insert(QStringLiteral("省能"));
            form->contactNameEdit()->insert(QStringLiteral("钱工"));
            QVERIFY(dialog->saveButton()->isEnabled());
            saveArtifact(dialog, QStringLiteral("department-add-en"));
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        QVERIFY(panel->addDepartment());
        QVERIFY2(said.value(0).contains(QStringLiteral("exists already")),
                 qPrintable(said.value(0)));
        QVERIFY2(said.value(1).contains(QStringLiteral("not valid")), qPrintable(said.value(1)));
        QCOMPARE(panel->model()->rowCount(), seeded + 1);
        const int row = panel->model()->rowOf(QStringLiteral("energy-bureau"));
        QVERIFY(row >= 0);
        QCOMPARE(panel->model()->index(row, DepartmentTableModel::NameZh).data().toString(),
                 QStringLiteral("省能源局"));
        QCOMPARE(panel->view()->currentIndex().row(), row);

        // Edit the selected one: its key stays.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<OtherDepartmentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->form()->keyEdit()->isReadOnly());
            dialog->form()->contactPhoneEdit()->setText(QStringLiteral("0571-8000"));
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        QVERIFY(panel->editSelected());
        Department added;
        for (const Department &d : RegistryRepository(*m_db).departments().value())
            if (d.key == QLatin1String("energy-bureau"))
                added = d;
        QCOMPARE(added.nameZh, QStringLiteral("省能源局"));
        QCOMPARE(added.contactPhone, QStringLiteral("0571-8000"));
        QVERIFY(!added.own);
        QCOMPARE(auditCount(), audits + 2); // created, updated
    }

    void theSettingsPageAndItsDialogsFitTheScreen()
    {
        // The window at 1366×768 on the Settings page, in both languages.
        MainWindow window(*m_db);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::Settings);
        for (const char *code : {"en", "zh"}) {
            Language::apply(QLatin1String(code));
            QCoreApplication::processEvents();
            for (int tab = 0; tab < window.settingsPage()->tabs()->count(); ++tab) {
                window.settingsPage()->tabs()->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                const char *names[] = {"own-department", "other-departments", "calendar"};
                shot(&window, QStringLiteral("settings-%1-%2")
                                  .arg(QLatin1String(names[qMin(tab, 2)]), QLatin1String(code)));
            }
            window.settingsPage()->tabs()->setCurrentIndex(0);
            QVERIFY2(
                window.settingsPage()->minimumSizeHint().height() <= 768 - 120,
                qPrintable(QString::number(window.settingsPage()->minimumSizeHint().height())));
            DepartmentDialog department(*m_db);
            OtherDepartmentDialog other(*m_db, Department());
            for (QDialog *dialog :
                 {static_cast<QDialog *>(&department), static_cast<QDialog *>(&other)}) {
                const QSize hint = dialog->sizeHint();
                QVERIFY2(hint.width() <= 1366 && hint.height() <= 740,
                         qPrintable(QStringLiteral("%1 %2×%3")
                                        .arg(dialog->windowTitle())
                                        .arg(hint.width())
                                        .arg(hint.height())));
                dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
                dialog->show();
                QCoreApplication::processEvents();
            }
            shot(&department, QStringLiteral("department-dialog-%1").arg(QLatin1String(code)));
            shot(&other, QStringLiteral("department-add-dialog-%1").arg(QLatin1String(code)));
        }
        Language::apply(QStringLiteral("en"));
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
