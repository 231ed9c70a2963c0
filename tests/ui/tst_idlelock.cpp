#include "dialogs/departmentdialog.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "services/passphrase.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/securitysettingsrepository.h"
#include "widgets/idlelock.h"
#include "widgets/lockscreen.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testartifacts.h"

using namespace cii;

// An unattended workstation shows no operator data: after the idle time a lock screen covers
// the window, input goes nowhere else, and only the department's passphrase (or, with none
// set, the OS user name) unlocks it.
class TestIdleLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static void unlockWith(LockScreen *screen, const QString &text)
    {
        auto *secret = screen->findChild<QLineEdit *>(QStringLiteral("unlockSecret"));
        secret->clear();
        QTest::keyClicks(secret, text);
        QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("unlockButton")),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("lock.sqlite")),
                           Database::OpenMode::CreateIfMissing));
    }

    void locksWhenIdleAndUnlocksWithTheUserNameWhenNoPassphraseIsSet()
    {
        MainWindow window(*m_db);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IdleLock *lock = window.idleLock();
        QVERIFY(!lock->isLocked());
        lock->setIdleInterval(150);
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 3000);
        LockScreen *screen = lock->lockScreen();
        QVERIFY(screen->isVisible());
        QCOMPARE(screen->geometry(), window.rect());
        saveArtifact(&window, QStringLiteral("idlelock-locked"));

        // Behind the lock nothing takes a click or a key.
        const int row = window.navigation()->currentRow();
        QListWidget *nav = window.navigation();
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(nav->item(row == 1 ? 2 : 1)).center());
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(nav->currentRow(), row);

        unlockWith(screen, QStringLiteral("not-the-user"));
        QVERIFY(lock->isLocked());
        auto *error = screen->findChild<QLabel *>(QStringLiteral("unlockError"));
        QVERIFY(error->isVisible());
        saveArtifact(&window, QStringLiteral("idlelock-refused"));

        unlockWith(screen, AuditLog::osUser());
        QVERIFY(!lock->isLocked());
        QVERIFY(!screen->isVisible());
        // Input counts as activity again, and it locks again when left alone.
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 3000);
        unlockWith(screen, AuditLog::osUser());
        QVERIFY(!lock->isLocked());
        lock->setIdleInterval(0); // off
        QTest::qWait(400);
        QVERIFY(!lock->isLocked());
    }

    void thePassphraseSetInTheDepartmentDialogUnlocks()
    {
        {
            DepartmentDialog dialog(*m_db);
            auto *minutes = dialog.findChild<QSpinBox *>(QStringLiteral("lockMinutes"));
            QCOMPARE(minutes->value(), 15);
            minutes->setValue(5);
            dialog.findChild<QLineEdit *>(QStringLiteral("nameZh"))
                ->setText(QStringLiteral("某市公安局网络安全保卫支队"));
            auto *classification = dialog.findChild<QLineEdit *>(QStringLiteral("classification"));
            QCOMPARE(classification->text(), QStringLiteral("内部资料 注意保存"));
            classification->setText(QStringLiteral("内部资料 严禁外传"));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passphrase")),
                             QStringLiteral("great-wall-2026"));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgain")),
                             QStringLiteral("great-wall-2027"));
            dialog.accept();
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("storeError"))->isVisibleTo(&dialog));
            dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgain"))
                ->setText(QStringLiteral("great-wall-2026"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const SecuritySettings s = SecuritySettingsRepository(*m_db).settings().value();
        QCOMPARE(s.lockMinutes, 5);
        QCOMPARE(s.classification, QStringLiteral("内部资料 严禁外传"));
        QVERIFY(s.passphraseHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(Passphrase::matches(s.passphraseHash, QStringLiteral("great-wall-2026")));

        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IdleLock *lock = window.idleLock();
        lock->setIdleInterval(100);
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 3000);
        unlockWith(lock->lockScreen(), AuditLog::osUser()); // not enough once a passphrase is set
        QVERIFY(lock->isLocked());
        unlockWith(lock->lockScreen(), QStringLiteral("great-wall-2026"));
        QVERIFY(!lock->isLocked());
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
