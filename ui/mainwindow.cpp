#include "mainwindow.h"

#include "compliance/compliancepage.h"
#include "deadlines/deadlinespage.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/departmentdialog.h"
#include "dialogs/storeopener.h"
#include "enforcement/enforcementpage.h"
#include "help/helpcatalogue.h"
#include "help/helpwindow.h"
#include "i18n/language.h"
#include "identification/identificationpage.h"
#include "incidents/incidentspage.h"
#include "incidents/onwardreportbanner.h"
#include "incidents/onwardreporttray.h"
#include "inspections/inspectionspage.h"
#include "pages/auditlogpage.h"
#include "pages/dashboardpage.h"
#include "pages/operatorspage.h"
#include "pages/registrypage.h"
#include "pages/systemspage.h"
#include "reports/sectorreportdialog.h"
#include "rules/rulespage.h"
#include "settings/backupbox.h"
#include "settings/settingspage.h"
#include "storage/backgroundreader.h"
#include "storage/database.h"
#include "storage/documentfontrepository.h"
#include "storage/incidentrepository.h"
#include "storage/registryrepository.h"
#include "storage/securitysettingsrepository.h"
#include "storage/storebackup.h"
#include "storage/storewatcher.h"
#include "uisettings.h"
#include "widgets/filterabletable.h"
#include "widgets/idlelock.h"
#include "widgets/screenfit.h"
#include "widgets/writecontrols.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace cii {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_repo(std::make_unique<RegistryRepository>(db)),
      m_reader(new BackgroundReader(db.location(), this)), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_storeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cii-workbench.svg")));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    // Narrow: at 1366 px every pixel it takes is a table column's.
    m_navigation->setMinimumWidth(130);
    m_navigation->setMaximumWidth(190);

    const QStyle::StandardPixmap icons[AreaCount] = {QStyle::SP_ComputerIcon,
                                                     QStyle::SP_DirHomeIcon,
                                                     QStyle::SP_FileDialogDetailedView,
                                                     QStyle::SP_DialogApplyButton,
                                                     QStyle::SP_MessageBoxWarning,
                                                     QStyle::SP_FileDialogContentsView,
                                                     QStyle::SP_MessageBoxCritical,
                                                     QStyle::SP_DialogYesButton,
                                                     QStyle::SP_BrowserStop,
                                                     QStyle::SP_FileDialogInfoView,
                                                     QStyle::SP_FileDialogListView};
    for (int i = 0; i < AreaCount; ++i)
        new QListWidgetItem(style()->standardIcon(icons[i]), QString(), m_navigation);

    m_dashboard = new DashboardPage(*m_repo, db, m_reader, this);
    m_registry = new RegistryPage(*m_repo, this);
    m_audit = new AuditLogPage(db, this);
    m_pages = {
        m_dashboard,
        m_registry,
        m_rules = new RulesPage(db, this),
        m_identification = new IdentificationPage(db, m_reader, this),
        m_deadlines = new DeadlinesPage(db, this),
        new InspectionsPage(db, this),
        m_incidents = new IncidentsPage(db, this),
        new CompliancePage(db, this),
        m_enforcement = new EnforcementPage(db, this),
        m_audit,
        m_settings = new SettingsPage(db, this),
    };
    for (Page *p : m_pages) {
        m_stack->addWidget(p);
        connect(p, &Page::statusMessage, this,
                [this](const QString &m) { statusBar()->showMessage(m, 8000); });
        // A write on one page: the others re-read the store when they are next on screen;
        // the due list at once, because the overdue reminder reads it.
        for (Page *other : m_pages) {
            if (other != p && other != m_deadlines && other != m_dashboard)
                connect(p, &Page::storeChanged, other, &Page::reloadWhenVisible);
        }
        // The dashboard reads again only the figures the page can change.
        const DashboardFigures::Parts parts =
            p == m_registry ? DashboardFigures::Registry | DashboardFigures::Outcomes
            // A decision makes or unmakes an operator of CII: its compliance profile with it.
            : p == m_identification ? DashboardFigures::Outcomes | DashboardFigures::Oversight
            : p == m_pages.at(Inspections) ? DashboardFigures::Parts(DashboardFigures::Inspections)
                                           : DashboardFigures::Parts(DashboardFigures::All);
        if (p != m_dashboard)
            connect(p, &Page::storeChanged, m_dashboard,
                    [this, parts] { m_dashboard->figuresChanged(parts); });
        if (p != m_deadlines)
            connect(p, &Page::storeChanged, m_deadlines, &Page::reload);
        connect(p, &Page::storeChanged, this, &MainWindow::updateReminder);
    }
    connect(m_registry, &RegistryPage::indicatorValuesChanged, m_dashboard,
            [this] { m_dashboard->figuresChanged(DashboardFigures::IndicatorValues); });
    connect(m_deadlines, &DeadlinesPage::countsChanged, this, [this] {
        m_dashboard->setDeadlineSummary(m_deadlines->summary());
        updateReminder();
    });
    connect(m_deadlines, &DeadlinesPage::openEnforcementCase, this,
            [this](qint64 operatorId, const QString &evidence) {
                showArea(Enforcement);
                m_enforcement->openCase(operatorId, evidence);
            });
    connect(m_deadlines, &DeadlinesPage::openSystem, this, [this](qint64 system) {
        showArea(Identification);
        m_identification->showSystem(system);
    });

    // Reporting Measures Art. 4: while an onward report is due its countdown stays above
    // every page, read from the store when it changes and every few seconds.
    m_onwardBanner = new OnwardReportBanner(this);
    m_onwardBanner->setSource([this]() -> QVector<OnwardReportDue> {
        if (!m_db.isOpen())
            return {};
        // A store that cannot be read shows no banner; its pages say why.
        Result<QVector<OnwardReportDue>> due = IncidentRepository(m_db).onwardReportsDue();
        return due ? due.value() : QVector<OnwardReportDue>();
    });
    m_incidents->setClock([this] { return m_onwardBanner->now(); });
    m_onwardTray = new OnwardReportTray(this);
    connect(m_onwardBanner, &OnwardReportBanner::refreshed, m_onwardTray,
            &OnwardReportTray::update);
    auto openIncident = [this](qint64 id) {
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
        showArea(Incidents);
        m_incidents->showIncident(id);
    };
    connect(m_onwardBanner, &OnwardReportBanner::openIncident, this, openIncident);
    connect(m_onwardTray, &OnwardReportTray::openIncident, this, openIncident);
    for (Page *p : m_pages)
        connect(p, &Page::storeChanged, m_onwardBanner, &OnwardReportBanner::reload);
    auto *pageColumn = new QWidget(this);
    auto *pageColumnLayout = new QVBoxLayout(pageColumn);
    pageColumnLayout->setContentsMargins(0, 0, 0, 0);
    pageColumnLayout->setSpacing(0);
    pageColumnLayout->addWidget(m_onwardBanner);
    pageColumnLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(pageColumn);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The navigation at its own width; without this the splitter leaves a gap beside it.
    splitter->setSizes({m_navigation->maximumWidth(), 1200});
    // A reminder inside the window (no tray icon) while anything is overdue.
    m_reminder = new QLabel(this);
    m_reminder->setObjectName(QStringLiteral("overdueReminder"));
    m_reminder->setTextFormat(Qt::RichText);
    m_reminder->setStyleSheet(
        QStringLiteral("QLabel { background: #ffcdd2; color: #5f0000; padding: 6px 12px; }"));
    m_reminder->hide();
    connect(m_reminder, &QLabel::linkActivated, this, [this] {
        showArea(Deadlines);
        m_deadlines->statusBox()->setCurrentIndex(
            m_deadlines->statusBox()->findData(QStringLiteral("overdue")));
    });
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_reminder);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    connect(m_settings->backupBox(), &BackupBox::restoreRequested, this, &MainWindow::restoreFrom);
    // A daily verified backup while the program runs (first a few seconds after the start).
    QTimer::singleShot(5000, this, &MainWindow::backUpIfDue);
    auto *daily = new QTimer(this);
    daily->setInterval(60 * 60 * 1000);
    connect(daily, &QTimer::timeout, this, &MainWindow::backUpIfDue);
    daily->start();
    m_watcher = new StoreWatcher(m_db, this);
    connect(m_watcher, &StoreWatcher::changedElsewhere, this, &MainWindow::refreshFromElsewhere);
    m_watcher->start();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        if (m_pages.at(row) == m_audit)
            m_audit->reload();
    });
    buildMenus();
    m_idleLock = new IdleLock(this, QString(), 0);
    applySecuritySettings();
    retranslateUi();
    showReadOnly();

    UiSettings settings;
    // The user's geometry when there is one, but never more than this screen has room for
    // (it may have been saved on a larger monitor).
    if (settings.geometry().isEmpty() || !restoreGeometry(settings.geometry()))
        resize(ScreenFit::mainWindowSize(this));
    else if (!isMaximized() && !isFullScreen())
        resize(ScreenFit::bounded(this, size()));
    restoreState(settings.windowState());
    showArea(Area(qBound(0, settings.area(), AreaCount - 1)));
    updateReminder();
}

void MainWindow::updateReminder()
{
    const int overdue = m_deadlines->overdueCount();
    m_reminder->setVisible(overdue > 0);
    m_reminder->setText(tr("%n deadline(s) overdue.", nullptr, overdue) +
                        QStringLiteral(" <a href=\"#overdue\">%1</a>").arg(tr("Show them")));
}

MainWindow::~MainWindow()
{
    if (m_backupWorker)
        m_backupWorker->wait();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openStore);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openSharedAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSharedStore);
    m_openSharedAction->setObjectName(QStringLiteral("openSharedStore"));
    m_fileMenu->addSeparator();
    m_importOperatorsAction = m_fileMenu->addAction(QString(), this, [this] {
        showArea(Registry);
        m_registry->operatorsPage()->importCsv();
    });
    m_importSystemsAction = m_fileMenu->addAction(QString(), this, [this] {
        showArea(Registry);
        m_registry->systemsPage()->importCsv();
    });
    m_exportOperatorsAction =
        m_fileMenu->addAction(QString(), m_registry->operatorsPage(), &OperatorsPage::exportCsv);
    m_exportSystemsAction =
        m_fileMenu->addAction(QString(), m_registry->systemsPage(), &SystemsPage::exportCsv);
    m_fileMenu->addSeparator();
    // The annual report on one sector for the leadership (SectorReport).
    m_sectorReportAction = m_fileMenu->addAction(QString(), this, [this] {
        SectorReportDialog dialog(m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Report written: %1").arg(dialog.writtenFile()), 10000);
    });
    m_sectorReportAction->setObjectName(QStringLiteral("sectorReport"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_findAction = m_editMenu->addAction(QString(), this, &MainWindow::focusFilter);
    m_findAction->setShortcut(QKeySequence::Find);
    m_editMenu->addSeparator();
    m_departmentAction = m_editMenu->addAction(QString(), this, [this] {
        if (DepartmentDialog(m_db, this).exec() == QDialog::Accepted)
            m_settings->reloadWhenVisible();
        applySecuritySettings();
    });
    m_departmentAction->setObjectName(QStringLiteral("departmentSettings"));

    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current one is.
    for (const auto &[code, name] :
         {std::pair{QStringLiteral("en"), QStringLiteral("English")},
          std::pair{QStringLiteral("zh"), QStringLiteral("中文（简体）")}}) {
        QAction *a = m_languageMenu->addAction(name);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(Language::current() == code);
        m_languages->addAction(a);
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *a) { switchLanguage(a->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showHelp);
    m_guideAction->setObjectName(QStringLiteral("userGuide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_whatsThisAction = QWhatsThis::createAction(this);
    m_whatsThisAction->setObjectName(QStringLiteral("whatsThis"));
    m_helpMenu->addAction(m_whatsThisAction);
    m_shortcutsAction = m_helpMenu->addAction(
        QString(), this, [this] { showHelpPage(QStringLiteral("shortcuts")); });
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcuts"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setObjectName(QStringLiteral("about"));
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("CII Workbench"));
    if (m_readOnlyLabel)
        showReadOnly();
    const QString names[AreaCount] = {tr("Dashboard"),      tr("Registry"),   tr("Rules"),
                                      tr("Identification"), tr("Deadlines"),  tr("Inspections"),
                                      tr("Incidents"),      tr("Compliance"), tr("Enforcement"),
                                      tr("Audit log"),      tr("Settings")};
    for (int i = 0; i < AreaCount; ++i)
        m_navigation->item(i)->setText(names[i]);
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open store…"));
    m_openSharedAction->setText(tr("Open s&hared store…"));
    m_importOperatorsAction->setText(tr("Import &operators from CSV…"));
    m_importSystemsAction->setText(tr("Import &systems from CSV…"));
    m_exportOperatorsAction->setText(tr("&Export operators to CSV…"));
    m_exportSystemsAction->setText(tr("E&xport systems to CSV…"));
    m_sectorReportAction->setText(tr("Sector &report…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find"));
    m_departmentAction->setText(tr("&Department settings…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    // QWhatsThis::createAction's text is Qt's own; in the application's words here.
    m_whatsThisAction->setText(tr("&What's This?"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About CII Workbench"));
    m_aboutQtAction->setText(tr("About &Qt"));
    showStore();
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == Language::current());
    if (m_reminder)
        updateReminder();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::switchLanguage(const QString &code)
{
    Language::apply(code);
    UiSettings().setLanguage(Language::current());
}

bool MainWindow::isLoading() const
{
    if (m_dashboard->chartsLoading())
        return true;
    for (int a = 0; a < AreaCount; ++a)
        if (page(Area(a))->isLoading())
            return true;
    return false;
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(area);
}

void MainWindow::focusFilter()
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_registry)
        page = m_registry->tabs()->currentWidget();
    if (auto *table = page->findChild<FilterableTable *>()) {
        table->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        table->filterEdit()->selectAll();
    }
}

void MainWindow::showStore()
{
    const QString description = StoreOpener::describe(m_db.location(), m_db.user());
    if (m_db.isShared()) {
        //: %1 names a shared PostgreSQL store: user@host/database.
        m_storeLabel->setText(tr("Shared store: %1").arg(description));
        setWindowTitle(QStringLiteral("%1 — %2").arg(description, tr("CII Workbench")));
    } else {
        m_storeLabel->setText(tr("Store: %1").arg(m_db.location()));
        setWindowTitle(tr("CII Workbench"));
    }
    m_storeLabel->setToolTip(m_db.location());
}

void MainWindow::showReadOnly()
{
    const bool readOnly = m_db.isReadOnly();
    //: The store can be read but not changed; %1 says why.
    const QString why = tr("Read-only: %1").arg(m_db.readOnlyReason());
    WriteControls::apply(this, readOnly);
    // The window's own writing actions are greyed out, and say why where the menu shows it.
    for (QAction *a : {m_importOperatorsAction, m_importSystemsAction, m_departmentAction}) {
        if (!a)
            continue;
        a->setEnabled(!readOnly);
        a->setStatusTip(readOnly ? why : QString());
    }
    m_readOnlyLabel->setVisible(readOnly);
    m_readOnlyLabel->setText(why);
    m_readOnlyLabel->setToolTip(tr("Nothing can be changed in this store; reading, printing and "
                                   "exporting work."));
}

Status MainWindow::restoreStore(const QString &file, QString *kept)
{
    const QString location = m_db.location();
    m_db.close();
    Result<QString> done = StoreBackup::restore(location, file);
    // Reopen whatever is there now: the restored store, or the old one if nothing was done.
    const Status reopened = m_db.open(location);
    reloadAll();
    if (!done)
        return done.error();
    *kept = done.value();
    return reopened;
}

void MainWindow::restoreFrom(const QString &file)
{
    QString kept;
    if (Status s = restoreStore(file, &kept); !s) {
        QMessageBox::warning(this, tr("Not restored"), s.error().message);
        return;
    }
    QMessageBox::information(this, tr("Restored"),
                             kept.isEmpty() ? tr("The store was restored from %1.").arg(file)
                                            : tr("The store was restored from %1. The store it "
                                                 "replaced is kept as %2.")
                                                  .arg(file, kept));
}

void MainWindow::backUpIfDue()
{
    if (m_backupWorker || !m_db.isOpen() || m_db.isReadOnly())
        return;
    // A shared store is backed up once, on its server (`backup`, or the server's own), not by
    // every workstation that has it open: its default backup folder would be a folder named
    // after its address.
    if (m_db.isShared())
        return;
    const QString location = m_db.location();
    const QString folder = StoreBackup::folderOf(m_db);
    const int keep = StoreBackup::keepOf(m_db);
    const QString newest = StoreBackup::newest(location, folder);
    if (!newest.isEmpty() &&
        QFileInfo(newest).lastModified().secsTo(QDateTime::currentDateTime()) < 24 * 60 * 60)
        return;
    // Its own connection in its own thread: a big store's copy never blocks the window.
    auto result = std::make_shared<QString>();
    m_backupWorker = QThread::create([location, folder, keep, result] {
        Database db;
        if (Status s = db.open(location); !s) {
            *result = s.error().message;
            return;
        }
        Result<QString> file = StoreBackup::rotate(db, folder, QStringLiteral("daily"), keep);
        *result = file ? QString() : file.error().message;
    });
    connect(m_backupWorker, &QThread::finished, this, [this, result] {
        m_backupWorker->deleteLater();
        m_backupWorker = nullptr;
        statusBar()->showMessage(result->isEmpty() ? tr("Daily backup made.")
                                                   : tr("The daily backup failed: %1").arg(*result),
                                 8000);
        m_settings->backupBox()->reload();
    });
    m_backupWorker->start();
}

void MainWindow::reloadAll()
{
    m_reader->reopen(m_db.location());
    m_dashboard->figuresChanged(DashboardFigures::All);
    showReadOnly();
    for (Page *p : m_pages)
        p->reloadWhenVisible();
    m_deadlines->reload();
    m_onwardBanner->reload();
    updateReminder();
    applySecuritySettings();
    // Another store, or the same one restored: its documents print in its own body font.
    DocumentFontRepository(m_db).apply();
    retranslateUi();
    if (m_watcher)
        m_watcher->start(); // what is there now counts as seen
}

void MainWindow::refreshFromElsewhere()
{
    m_dashboard->figuresChanged(DashboardFigures::All);
    for (Page *p : m_pages)
        p->reloadWhenVisible();
    m_onwardBanner->reload();
    updateReminder();
    statusBar()->showMessage(tr("Updated: another workstation changed the store"), 8000);
}

void MainWindow::applySecuritySettings()
{
    const Result<SecuritySettings> s = SecuritySettingsRepository(m_db).settings();
    // A store that cannot be read keeps the defaults (locking after 15 minutes).
    const SecuritySettings settings = s ? s.value() : SecuritySettings();
    m_idleLock->setPassphraseHash(settings.passphraseHash);
    m_idleLock->setIdleInterval(settings.lockMinutes * 60 * 1000);
}

void MainWindow::openStore()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open store"), m_db.isShared() ? QString() : m_db.location(),
        tr("CII Workbench stores (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    switchToStore(path);
}

void MainWindow::openSharedStore()
{
    ConnectionDialog dialog(this);
    if (m_db.isShared())
        dialog.setLocation(m_db.location());
    if (dialog.exec() == QDialog::Accepted)
        switchToStore(dialog.location());
}

bool MainWindow::switchToStore(const QString &location)
{
    // Check it on the side first, so a refused store leaves the current one open.
    {
        Database probe;
        if (const Status s =
                StoreOpener::open(probe, location, Database::OpenMode::MustExist, this);
            !s) {
            QMessageBox::warning(this, tr("Cannot open the store"), s.error().message);
            return false;
        }
    }
    const QString previous = m_db.location();
    if (const Status s = m_db.open(location); !s) {
        QMessageBox::critical(this, tr("Cannot open the store"), s.error().message);
        // The store open before, again, where it still opens.
        if (!previous.isEmpty() && m_db.open(previous))
            reloadAll();
        return false;
    }
    UiSettings settings;
    settings.setStore(location);
    if (m_db.isShared())
        settings.addRecentSharedStore(location);
    reloadAll();
    statusBar()->showMessage(tr("Opened %1").arg(StoreOpener::describe(location, m_db.user())),
                             8000);
    return true;
}

QString MainWindow::helpPageForCurrentArea() const
{
    switch (Area(m_navigation->currentRow())) {
    case Registry:
        return m_registry->tabs()->currentIndex() == 1 ? QStringLiteral("registry#systems")
                                                       : QStringLiteral("registry#operators");
    case Rules:
        return QStringLiteral("rules");
    case Identification:
        return QStringLiteral("identification");
    case Deadlines:
        return QStringLiteral("deadlines");
    case Inspections:
        return QStringLiteral("inspections");
    case Incidents:
        return QStringLiteral("incidents");
    case Compliance:
        return QStringLiteral("compliance");
    case Enforcement:
        return QStringLiteral("enforcement");
    case Audit:
        return QStringLiteral("audit-security");
    case Settings:
        // The page opens on the holiday calendar; its backups have their own section.
        return QStringLiteral("deadlines#calendar");
    case Dashboard:
    case AreaCount:
        break;
    }
    return QStringLiteral("getting-started");
}

void MainWindow::showHelp()
{
    showHelpPage(helpPageForCurrentArea());
}

void MainWindow::showHelpPage(const QString &page)
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(this);
    const QString id = page.section(QLatin1Char('#'), 0, 0);
    const QString anchor = page.section(QLatin1Char('#'), 1);
    m_helpWindow->showPage(id, anchor);
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

void MainWindow::about()
{
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About CII Workbench"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<h3>CII Workbench %1</h3><p>A workstation for protection work departments under the "
           "Critical Information Infrastructure Security Protection Regulations: identification "
           "rules, identification and notices, deadlines and inspections.</p>")
            .arg(QStringLiteral(CII_VERSION)));
    //: %1 is the store's file path.
    box.setInformativeText(
        tr("<p>Licence: GNU General Public License, version 3 or later "
           "(GPL-3.0-or-later).</p>"
           "<p>Follows:</p><ul>"
           "<li>the Critical Information Infrastructure Security Protection Regulations (State "
           "Council Decree 745, 2021);</li>"
           "<li>GB/T 9704-2012, the layout of official documents;</li>"
           "<li>the thresholds of the 2016 national CII determination guide (the rules "
           "template);</li>"
           "<li>the National Cybersecurity Incident Reporting Measures (2025);</li>"
           "<li>the Civil Code's rules on periods (Art. 200–204);</li>"
           "<li>the State Council's notices of the statutory holiday arrangements.</li></ul>"
           "<p>Works offline: the program makes no network connections, except to the "
           "department's own PostgreSQL server when a shared store is open. Every change is "
           "recorded in a hash-chained audit log.</p>"
           "<p>Store: %1</p>")
            .arg(m_db.location().toHtmlEscaped()));
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    UiSettings settings;
    settings.setGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setArea(m_navigation->currentRow());
    if (m_backupWorker)
        m_backupWorker->wait(); // a backup half-written is removed, but finish it instead
    event->accept();
}

} // namespace cii
