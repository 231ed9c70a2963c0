#pragma once

#include "result.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QThread;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace cii {

class AuditLogPage;
class BackgroundReader;
class Database;
class DashboardPage;
class DeadlinesPage;
class EnforcementPage;
class HelpWindow;
class IdentificationPage;
class IdleLock;
class IncidentsPage;
class OnwardReportBanner;
class OnwardReportTray;
class Page;
class RegistryPage;
class RegistryRepository;
class RulesPage;
class SettingsPage;
class StoreWatcher;

// The main window: a navigation list of the product's areas beside the current page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Area {
        Dashboard,
        Registry,
        Rules,
        Identification,
        Deadlines,
        Inspections,
        Incidents,
        Compliance,
        Enforcement,
        Audit,
        Settings,
        AreaCount
    };

    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area);
    // Replaces the open store with a verified backup, keeping the current one as a copy
    // (its path in `kept`), and reopens it; restoreFrom() says so in dialogs.
    Status restoreStore(const QString &file, QString *kept);
    void restoreFrom(const QString &file);
    DashboardPage *dashboardPage() const { return m_dashboard; }
    RegistryPage *registryPage() const { return m_registry; }
    // The page showing an area.
    Page *page(Area area) const { return m_pages.value(area); }
    // Some page, or the dashboard's charts, is still being read in the background.
    bool isLoading() const;
    RulesPage *rulesPage() const { return m_rules; }
    SettingsPage *settingsPage() const { return m_settings; }
    IdentificationPage *identificationPage() const { return m_identification; }
    DeadlinesPage *deadlinesPage() const { return m_deadlines; }
    IncidentsPage *incidentsPage() const { return m_incidents; }
    // The countdown above every page while an onward report to the CAC and the MPS is due.
    OnwardReportBanner *onwardReportBanner() const { return m_onwardBanner; }
    OnwardReportTray *onwardReportTray() const { return m_onwardTray; }
    // The in-window reminder shown while something is overdue.
    QLabel *reminder() const { return m_reminder; }
    QListWidget *navigation() const { return m_navigation; }
    IdleLock *idleLock() const { return m_idleLock; }
    // Polls the store for what other workstations (or processes) wrote; the window then
    // reloads the page on screen, the others when next shown.
    StoreWatcher *storeWatcher() const { return m_watcher; }
    // The user guide's window, made when it is first opened (null before).
    HelpWindow *helpWindow() const { return m_helpWindow; }
    // The guide's page (and anchor, after '#') for the area on screen.
    QString helpPageForCurrentArea() const;

public slots:
    void switchLanguage(const QString &code);
    void openStore();
    // File ▸ Open shared store…: the connection dialog, then switchToStore().
    void openSharedStore();
    // Switches the window to the store at `location` (a file, or a shared store's address),
    // checked on the side first so that a refused one leaves the current store open; asks for
    // a password where the server wants one (StoreOpener). Says why in a dialog when not.
    bool switchToStore(const QString &location);
    void reloadAll();
    // Help → User guide (F1): the guide at the page of the current area.
    void showHelp();
    // Help → About: version, licence, the regulations and standards followed, the store.
    void about();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void focusFilter();
    void showHelpPage(const QString &page);
    void updateReminder();
    // The daily automatic backup, in a worker with its own connection.
    void backUpIfDue();
    void showReadOnly();
    // The title and the status bar's store label: the file, or the shared store's user@host/db.
    void showStore();
    // The department's idle lock and passphrase, read from the store.
    void applySecuritySettings();
    // Other clients wrote to the store: what is shown is read again.
    void refreshFromElsewhere();

    Database &m_db;
    std::unique_ptr<RegistryRepository> m_repo;
    BackgroundReader *m_reader;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    DashboardPage *m_dashboard;
    RegistryPage *m_registry;
    RulesPage *m_rules;
    SettingsPage *m_settings;
    QLabel *m_readOnlyLabel = nullptr;
    QThread *m_backupWorker = nullptr;
    IdentificationPage *m_identification;
    DeadlinesPage *m_deadlines;
    EnforcementPage *m_enforcement;
    AuditLogPage *m_audit;
    IncidentsPage *m_incidents;
    OnwardReportBanner *m_onwardBanner = nullptr;
    OnwardReportTray *m_onwardTray = nullptr;
    QLabel *m_reminder = nullptr;
    QVector<Page *> m_pages;
    QLabel *m_storeLabel;
    IdleLock *m_idleLock = nullptr;
    StoreWatcher *m_watcher = nullptr;

    QMenu *m_fileMenu;
    QMenu *m_editMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_openAction;
    QAction *m_openSharedAction = nullptr;
    QAction *m_importOperatorsAction;
    QAction *m_importSystemsAction;
    QAction *m_exportOperatorsAction;
    QAction *m_exportSystemsAction;
    QAction *m_sectorReportAction = nullptr;
    QAction *m_quitAction;
    QAction *m_departmentAction = nullptr;
    QAction *m_findAction;
    QAction *m_guideAction = nullptr;
    QAction *m_whatsThisAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    HelpWindow *m_helpWindow = nullptr;
    QAction *m_aboutAction;
    QAction *m_aboutQtAction;
    QActionGroup *m_languages;
};

} // namespace cii
