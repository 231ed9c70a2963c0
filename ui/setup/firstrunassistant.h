#pragma once

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cii {

class Database;
class DepartmentForm;
class DocumentSettingsForm;
class MainWindow;

// The assistant a new store opens with while its own department is still the seeded
// placeholder: what the tool is and its language; the own department (DepartmentForm); how
// documents print and where backups go (DocumentSettingsForm, the store's backup folder); and
// an offer of demonstration data for an empty store. Finish writes it all in one audited
// transaction (DepartmentSetup); Cancel writes nothing. Either way it is not offered again for
// that store (UiSettings); Settings ▸ Departments changes the same later.
class FirstRunAssistant : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePage, DepartmentPage, DocumentsPage, StartPage };

    explicit FirstRunAssistant(Database &db, QWidget *parent = nullptr);

    // True for a writable store whose own department has no name of its own yet and whose
    // assistant the user has not closed before.
    static bool isNeeded(Database &db);
    // Opens the assistant over `window` when isNeeded(); the window re-reads the store after
    // Finish. Returns the assistant shown (it deletes itself on close), or nullptr.
    static FirstRunAssistant *offer(Database &db, MainWindow *window);

    QComboBox *languageBox() const { return m_language; }
    DepartmentForm *departmentForm() const { return m_department; }
    DocumentSettingsForm *documentsForm() const { return m_documents; }
    QLineEdit *backupFolderEdit() const { return m_backupFolder; }
    QRadioButton *demoButton() const { return m_demo; }
    QRadioButton *emptyButton() const { return m_empty; }
    QLabel *errorLabel() const { return m_error; }
    // On the welcome page: the department works on a shared store already; the assistant
    // closes (as Cancel) and the window's connection dialog opens.
    QPushButton *sharedStoreButton() const { return m_sharedStore; }

    bool validateCurrentPage() override;
    void accept() override;
    void reject() override;

signals:
    // Finish wrote the choices (and the demonstration data, if asked for).
    void applied();
    // The user chose to connect to the department's shared store instead.
    void sharedStoreRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFolder();
    bool storeIsEmpty() const;

    Database &m_db;
    QWizardPage *m_welcomePage;
    QWizardPage *m_departmentPage;
    QWizardPage *m_documentsPage;
    QWizardPage *m_startPage;
    QLabel *m_welcome;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_sharedNote;
    QPushButton *m_sharedStore;
    DepartmentForm *m_department;
    DocumentSettingsForm *m_documents;
    QLabel *m_documentsProblem;
    QLabel *m_backupLabel;
    QLineEdit *m_backupFolder;
    QPushButton *m_browse;
    QLabel *m_backupNote;
    QString m_storedBackupFolder;
    QLabel *m_startIntro;
    QRadioButton *m_demo;
    QRadioButton *m_empty;
    QLabel *m_notEmpty;
    QLabel *m_error;
};

} // namespace cii
