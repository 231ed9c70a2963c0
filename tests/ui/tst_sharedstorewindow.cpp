// The shared store in the window (issue 15, items 1 and 5): the connection dialog (the address
// from its fields, Test connection, recent stores), the password asked for and tried up to
// three times, the window switched to a shared store and naming it, and a reader's role shown
// read-only: every writing action disabled or hidden with the reason, exports still work.
#include "dialogs/connectiondialog.h"
#include "dialogs/storeopener.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "pages/operatorspage.h"
#include "pages/registrypage.h"
#include "postgres/testpostgres.h"
#include "services/demogenerator.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "storage/storeaddress.h"
#include "storage/writetransaction.h"
#include "testartifacts.h"
#include "uisettings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

#include "laptopscreentest.h"

using namespace cii;

class TestSharedStoreWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;  // the store, as its owner
    QString m_name; // its database
    QString m_reader = QStringLiteral("t_auditor_%1").arg(QCoreApplication::applicationPid());

    static void shoot(QWidget *w, const QString &name)
    {
        saveArtifact(w, name);
        const QString dir = qEnvironmentVariable("CII_SHOTS");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    static QAction *fileAction(MainWindow &w, const QString &text)
    {
        for (QAction *a : w.menuBar()->actions()[0]->menu()->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    }
    // Answers the next file dialog (the export's Save As) with its suggested name in the folder
    // `path`, once it is up; any other modal window (the export's warning) is recorded in
    // `seen` and closed, so that a refused export fails the test rather than hanging it.
    static void answerFileDialog(const QString &path, QStringList *seen, int tries = 50)
    {
        QTimer::singleShot(100, [path, seen, tries] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                dialog->setDirectory(path);
                QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
                return;
            }
            if (modal) {
                *seen << modal->metaObject()->className() +
                             (qobject_cast<QMessageBox *>(modal)
                                  ? QStringLiteral(": ") +
                                        qobject_cast<QMessageBox *>(modal)->text()
                                  : QString());
                modal->close();
            }
            if (tries > 0)
                answerFileDialog(path, seen, tries - 1);
        });
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_POSTGRES();
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toLocal8Bit());
        m_url = TestPostgres::freshDatabase(QStringLiteral("window"));
        m_name = StoreAddress::parse(m_url)->database();
        Database owner;
        const Status made = owner.open(m_url, Database::OpenMode::CreateIfMissing);
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
        RegistryRepository registry(owner);
        const Status demo = DemoGenerator::populate(registry, 7, 30, 200);
        QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
        TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_reader));
        QVERIFY(TestPostgres::admin(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_reader)));
        QVERIFY(TestPostgres::admin(
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(m_reader),
            m_name));
    }

    void cleanupTestCase()
    {
        StoreOpener::setPrompt({});
        if (m_name.isEmpty())
            return;
        TestPostgres::admin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
        TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_reader));
    }

    void theDialogMakesTheAddressFromItsFieldsWithoutThePassword()
    {
        Language::apply(QStringLiteral("en"));
        ConnectionDialog d;
        QVERIFY(!d.userEdit()->text().isEmpty()); // the OS login by default
        QCOMPARE(d.portBox()->value(), 5432);
        d.hostEdit()->setText(QStringLiteral("db.example.org"));
        d.portBox()->setValue(6000);
        d.databaseEdit()->setText(QStringLiteral("cii"));
        d.userEdit()->setText(QStringLiteral("zhang"));
        d.passwordEdit()->setText(QStringLiteral("secret"));
        QCOMPARE(d.location(), QStringLiteral("postgresql://zhang@db.example.org:6000/cii"));
        // A socket folder; the default port is left out.
        d.hostEdit()->setText(TestPostgres::socketDir());
        d.portBox()->setValue(5432);
        const Result<StoreAddress> a = StoreAddress::parse(d.location());
        QVERIFY(a.ok());
        QCOMPARE(a->host(), TestPostgres::socketDir());
        QCOMPARE(a->port(), 0);
        QVERIFY(!d.location().contains(QLatin1String("secret")));
        // Without a database there is nothing to connect to.
        d.databaseEdit()->clear();
        QVERIFY(!d.testButton()->isEnabled());
        QVERIFY(d.passwordEdit()->echoMode() == QLineEdit::Password);
    }

    void testConnectionSaysWhoConnectedTheSchemaAndWhetherItMayWrite()
    {
        ConnectionDialog d;
        d.setLocation(m_url);
        QVERIFY(d.testConnection());
        QString said = d.resultLabel()->text();
        QVERIFY2(said.contains(QLatin1String("cii_admin")) &&
                     said.contains(QString::number(Database::latestSchemaVersion())) &&
                     said.contains(QLatin1String("read and write")),
                 qPrintable(said));
        d.setLocation(TestPostgres::url(m_name, m_reader));
        QVERIFY(d.testConnection());
        said = d.resultLabel()->text();
        QVERIFY2(said.contains(m_reader) && said.contains(QLatin1String("read-only")),
                 qPrintable(said));
        d.setLocation(TestPostgres::url(QStringLiteral("t_no_such_database"), m_reader));
        QVERIFY(!d.testConnection());
        QVERIFY2(d.resultLabel()->text().startsWith(QLatin1String("Not connected")),
                 qPrintable(d.resultLabel()->text()));
    }

    void aPasswordIsAskedForAndTriedUpToThreeTimesThenForgotten()
    {
        TestPostgres::admin(QStringLiteral("DROP OWNED BY cii_password"), m_name);
        TestPostgres::admin(QStringLiteral("DROP ROLE IF EXISTS cii_password"));
        QVERIFY(TestPostgres::admin(
            QStringLiteral("CREATE ROLE cii_password LOGIN PASSWORD 'correct horse'")));
        QVERIFY(TestPostgres::admin(
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO cii_password"), m_name));
        const QString asUser = TestPostgres::url(m_name, QStringLiteral("cii_password"));
        QStringList answers;
        QVector<int> attempts;
        StoreOpener::setPrompt([&](QWidget *, const QString &location, const QString &user,
                                   int attempt, QString *password) {
            if (answers.isEmpty() || location != asUser || user != QLatin1String("cii_password"))
                return false;
            attempts << attempt;
            *password = answers.takeFirst();
            return true;
        });
        Database db;
        answers = {QStringLiteral("wrong"), QStringLiteral("also wrong"), QStringLiteral("no")};
        Status s = StoreOpener::open(db, asUser, Database::OpenMode::MustExist, nullptr);
        QVERIFY(!s);
        QCOMPARE(attempts, QVector<int>({1, 2, 3}));
        QVERIFY(StoreAddress::rememberedPassword(asUser).isEmpty()); // the refused one forgotten
        attempts.clear();
        answers = {QStringLiteral("wrong"), QStringLiteral("correct horse")};
        s = StoreOpener::open(db, asUser, Database::OpenMode::MustExist, nullptr);
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(attempts, QVector<int>({1, 2}));
        QCOMPARE(db.user(), QStringLiteral("cii_password"));
        // Kept in memory for this run: the next open asks nothing.
        db.close();
        attempts.clear();
        QVERIFY(StoreOpener::open(db, asUser, Database::OpenMode::MustExist, nullptr));
        QVERIFY(attempts.isEmpty());
        db.close();
        // Cancelled: not opened, and no more questions.
        StoreAddress::rememberPassword(asUser, QString());
        answers.clear();
        QVERIFY(!StoreOpener::open(db, asUser, Database::OpenMode::MustExist, nullptr));
        StoreOpener::setPrompt({});
        TestPostgres::admin(QStringLiteral("DROP OWNED BY cii_password"), m_name);
        TestPostgres::admin(QStringLiteral("DROP ROLE cii_password"));
    }

    void openingASharedStoreSwitchesTheWindowNamesItAndRemembersIt()
    {
        Language::apply(QStringLiteral("en"));
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("local.sqlite")),
                        Database::OpenMode::CreateIfMissing));
        MainWindow w(db);
        w.show();
        QVERIFY(fileAction(w, QStringLiteral("Open s&hared store…")));
        QVERIFY(w.switchToStore(m_url));
        QVERIFY(db.isShared());
        bool named = false;
        for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
            named =
                named || l->text() == QLatin1String("Shared store: cii_admin@localhost/") + m_name;
        QVERIFY(named);
        QVERIFY2(w.windowTitle().contains(QLatin1String("cii_admin@localhost/") + m_name),
                 qPrintable(w.windowTitle()));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->isVisible());
        QCOMPARE(UiSettings().store(), m_url);
        QCOMPARE(UiSettings().recentSharedStores().value(0), m_url);
        // The dialog offers it next time, filled in.
        ConnectionDialog d;
        QVERIFY(d.recentBox()->findData(m_url) > 0);
        QCOMPARE(d.databaseEdit()->text(), m_name);
        // A store that cannot be opened leaves the window on the one it had.
        StoreOpener::setPrompt(
            [](QWidget *, const QString &, const QString &, int, QString *) { return false; });
        QTimer::singleShot(300, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!w.switchToStore(TestPostgres::url(QStringLiteral("t_no_such_database"))));
        QCOMPARE(db.location(), m_url);
        StoreOpener::setPrompt({});
    }

    void aReaderSeesTheWindowReadOnlyWithEveryWriteDisabledAndCanStillExport_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh");
    }
    void aReaderSeesTheWindowReadOnlyWithEveryWriteDisabledAndCanStillExport()
    {
        QFETCH(QString, language);
        Language::apply(language);
        Database db;
        const Status s = db.open(TestPostgres::url(m_name, m_reader));
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().message));
        QVERIFY(db.isReadOnly());
        MainWindow w(db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *label = w.findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(db.readOnlyReason()), qPrintable(label->text()));
        QVERIFY(db.readOnlyReason().contains(m_reader));
        QVERIFY2(w.windowTitle().contains(m_reader + QLatin1String("@localhost/") + m_name),
                 qPrintable(w.windowTitle()));
        // The window's own writing actions are greyed out; the pages' writing buttons hidden.
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("departmentSettings"))->isEnabled());
        int writers = 0;
        for (QWidget *c : w.findChildren<QWidget *>()) {
            if (!c->property("cii-writes").toBool())
                continue;
            ++writers;
            QVERIFY2(c->isHidden(), qPrintable(c->objectName()));
        }
        QVERIFY(writers > 10);
        // What is not a button refuses, with the reason.
        const Status refused = db.write([](WriteTransaction &) { return Status(); });
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(db.readOnlyReason()));
        // Browsing and exporting work.
        w.showArea(MainWindow::Registry);
        shoot(&w, QStringLiteral("read-only-window-") + language);
        const QString folder = m_dir.filePath(QStringLiteral("export-") + language);
        QVERIFY(QDir().mkpath(folder));
        QStringList seen;
        answerFileDialog(folder, &seen);
        w.registryPage()->operatorsPage()->exportCsv();
        const QStringList written = QDir(folder).entryList({QStringLiteral("operators-*.csv")});
        QVERIFY2(written.size() == 1, qPrintable(seen.join(QLatin1Char('\n'))));
        QFile csv(QDir(folder).filePath(written.first()));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().count('\n') > 10);
    }

    void theConnectionDialogIsShot_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh");
    }
    void theConnectionDialogIsShot()
    {
        QFETCH(QString, language);
        Language::apply(language);
        ConnectionDialog d;
        d.setLocation(TestPostgres::url(m_name, m_reader));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.testConnection());
        QVERIFY(d.width() <= 1366 && d.height() <= 740);
        shoot(&d, QStringLiteral("connection-dialog-") + language);
    }
};

CII_LAPTOP_SCREEN_TEST_MAIN(TestSharedStoreWindow)

#include "tst_sharedstorewindow.moc"
