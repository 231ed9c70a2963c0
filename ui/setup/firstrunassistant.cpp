#include "firstrunassistant.h"

#include "i18n/language.h"
#include "mainwindow.h"
#include "services/demogenerator.h"
#include "services/departmentsetup.h"
#include "services/issuingdepartment.h"
#include "settings/departmentform.h"
#include "settings/documentsettingsform.h"
#include "storage/database.h"
#include "storage/documentfontrepository.h"
#include "storage/registryrepository.h"
#include "storage/securitysettingsrepository.h"
#include "storage/storebackup.h"
#include "uisettings.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cii {
namespace {

// The seed the GUI's --demo fills a store with: the same showcase either way.
constexpr quint32 DemoSeed = 7;

QLabel *wrapped(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstRunAssistant::FirstRunAssistant(Database &db, QWidget *parent)
    : QWizard(parent), m_db(db), m_welcomePage(new QWizardPage(this)),
      m_departmentPage(new QWizardPage(this)), m_documentsPage(new QWizardPage(this)),
      m_startPage(new QWizardPage(this)), m_welcome(wrapped(m_welcomePage, "welcomeText")),
      m_languageLabel(new QLabel(m_welcomePage)), m_language(new QComboBox(m_welcomePage)),
      m_department(new DepartmentForm(DepartmentForm::Kind::Own, m_departmentPage)),
      m_documents(new DocumentSettingsForm(m_documentsPage)),
      m_documentsProblem(wrapped(m_documentsPage, "documentsProblem")),
      m_backupLabel(new QLabel(m_documentsPage)), m_backupFolder(new QLineEdit(m_documentsPage)),
      m_browse(new QPushButton(m_documentsPage)),
      m_backupNote(wrapped(m_documentsPage, "backupNote")),
      m_startIntro(wrapped(m_startPage, "startIntro")), m_demo(new QRadioButton(m_startPage)),
      m_empty(new QRadioButton(m_startPage)), m_notEmpty(wrapped(m_startPage, "notEmpty")),
      m_error(wrapped(m_startPage, "setupError"))
{
    setObjectName(QStringLiteral("firstRunAssistant"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setWindowModality(Qt::WindowModal);
    m_language->setObjectName(QStringLiteral("language"));
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_demo->setObjectName(QStringLiteral("demoData"));
    m_empty->setObjectName(QStringLiteral("startEmpty"));
    m_documentsProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_documentsProblem->hide();
    m_error->hide();

    // Welcome: each language named in itself, so it can be found whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh"));
    m_language->setCurrentIndex(m_language->findData(Language::current()));
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    auto *welcomeLayout = new QVBoxLayout(m_welcomePage);
    welcomeLayout->addWidget(m_welcome);
    welcomeLayout->addSpacing(12);
    welcomeLayout->addLayout(languageRow);
    m_sharedNote = new QLabel(m_welcomePage);
    m_sharedNote->setWordWrap(true);
    m_sharedStore = new QPushButton(m_welcomePage);
    m_sharedStore->setObjectName(QStringLiteral("openSharedStore"));
    connect(m_sharedStore, &QPushButton::clicked, this, [this] {
        emit sharedStoreRequested();
        reject();
    });
    auto *sharedRow = new QHBoxLayout;
    sharedRow->addWidget(m_sharedStore);
    sharedRow->addStretch(1);
    welcomeLayout->addSpacing(12);
    welcomeLayout->addWidget(m_sharedNote);
    welcomeLayout->addLayout(sharedRow);
    welcomeLayout->addStretch(1);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        Language::apply(code);
        UiSettings().setLanguage(Language::current());
    });

    // The own department, its seeded placeholder names left out so that they are typed.
    Department own;
    if (Result<Department> stored = IssuingDepartment::own(db))
        own = stored.value();
    for (const Department &seed : Department::defaults()) {
        if (!seed.own)
            continue;
        if (own.nameZh == seed.nameZh)
            own.nameZh.clear();
        if (own.nameEn == seed.nameEn)
            own.nameEn.clear();
    }
    m_department->setDepartment(own);
    auto *departmentLayout = new QVBoxLayout(m_departmentPage);
    departmentLayout->addWidget(m_department);
    departmentLayout->addStretch(1);

    // Documents and backups.
    const Result<SecuritySettings> security = SecuritySettingsRepository(db).settings();
    const Result<QString> family = DocumentFontRepository(db).bodyFamily();
    m_documents->setValues(security ? security->classification
                                    : SecuritySettings::defaultClassification(),
                           family ? family.value() : QString());
    m_storedBackupFolder = StoreBackup::folderOf(db);
    m_backupFolder->setText(m_storedBackupFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(m_browse);
    auto *backupForm = new QFormLayout;
    backupForm->setContentsMargins(0, 0, 0, 0);
    backupForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    backupForm->addRow(m_backupLabel, folderRow);
    auto *documentsLayout = new QVBoxLayout(m_documentsPage);
    documentsLayout->addWidget(m_documents);
    documentsLayout->addWidget(m_documentsProblem);
    documentsLayout->addSpacing(12);
    documentsLayout->addLayout(backupForm);
    documentsLayout->addWidget(m_backupNote);
    documentsLayout->addStretch(1);
    connect(m_browse, &QPushButton::clicked, this, &FirstRunAssistant::chooseFolder);
    connect(m_documents, &DocumentSettingsForm::changed, m_documentsProblem, &QLabel::hide);

    // The start: demonstration data only for a store that holds nothing yet.
    const bool empty = storeIsEmpty();
    m_empty->setChecked(true);
    m_demo->setEnabled(empty);
    m_empty->setEnabled(empty);
    m_notEmpty->setVisible(!empty);
    m_startIntro->setVisible(empty);
    auto *startLayout = new QVBoxLayout(m_startPage);
    startLayout->addWidget(m_startIntro);
    startLayout->addWidget(m_demo);
    startLayout->addWidget(m_empty);
    startLayout->addWidget(m_notEmpty);
    startLayout->addStretch(1);
    startLayout->addWidget(m_error);

    setPage(WelcomePage, m_welcomePage);
    setPage(DepartmentPage, m_departmentPage);
    setPage(DocumentsPage, m_documentsPage);
    setPage(StartPage, m_startPage);
    setStartId(WelcomePage);
    retranslateUi();
    // Wide enough for the sectors two to a row and the number preview in either language.
    setMinimumWidth(900);
}

bool FirstRunAssistant::isNeeded(Database &db)
{
    if (!db.isOpen() || db.isReadOnly())
        return false;
    const Result<Department> own = IssuingDepartment::own(db);
    if (!own || !own->missingForNumberedDocuments().contains(QStringLiteral("name-zh")))
        return false;
    return !UiSettings().firstRunDismissed(db.location());
}

FirstRunAssistant *FirstRunAssistant::offer(Database &db, MainWindow *window)
{
    if (!isNeeded(db))
        return nullptr;
    auto *assistant = new FirstRunAssistant(db, window);
    assistant->setAttribute(Qt::WA_DeleteOnClose);
    connect(assistant, &FirstRunAssistant::applied, window, &MainWindow::reloadAll);
    // After the assistant has closed.
    connect(assistant, &FirstRunAssistant::sharedStoreRequested, window,
            &MainWindow::openSharedStore, Qt::QueuedConnection);
    assistant->open();
    return assistant;
}

bool FirstRunAssistant::storeIsEmpty() const
{
    const Result<qint64> operators = RegistryRepository(m_db).countOperators();
    return operators && operators.value() == 0;
}

bool FirstRunAssistant::validateCurrentPage()
{
    // Each page says what is wrong where it is typed; Next waits until it is right.
    if (currentId() == DepartmentPage)
        return m_department->isAcceptable();
    if (currentId() == DocumentsPage) {
        const QStringList wrong = m_documents->problems();
        m_documentsProblem->setText(wrong.join(QLatin1Char('\n')));
        m_documentsProblem->setVisible(!wrong.isEmpty());
        return wrong.isEmpty();
    }
    return true;
}

void FirstRunAssistant::accept()
{
    DepartmentSetupChoices choices;
    choices.own = m_department->department();
    choices.classification = m_documents->classification();
    choices.bodyFamily = m_documents->bodyFamily();
    const QString folder = m_backupFolder->text().trimmed();
    if (folder != m_storedBackupFolder) {
        choices.setBackupFolder = true;
        // The default folder is left unnamed: it then follows the store if it moves.
        choices.backupFolder =
            folder == StoreBackup::defaultFolder(m_db.location()) ? QString() : folder;
    }
    if (Status s = DepartmentSetup::apply(m_db, choices); !s) {
        m_error->setText(tr("Nothing was saved: %1").arg(s.error().message));
        m_error->show();
        return;
    }
    if (m_demo->isChecked() && storeIsEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status demo = DemoGenerator::populateShowcase(m_db, DemoSeed);
        QApplication::restoreOverrideCursor();
        if (!demo) {
            // The settings stay saved; the store is as empty as before.
            m_error->setText(
                tr("The department settings were saved, but the demonstration data was not: %1")
                    .arg(demo.error().message));
            m_error->show();
            m_demo->setEnabled(false);
            m_empty->setChecked(true);
            emit applied();
            return;
        }
    }
    UiSettings().setFirstRunDismissed(m_db.location());
    emit applied();
    QWizard::accept();
}

void FirstRunAssistant::reject()
{
    // Nothing is written to the store; the assistant is not offered again for it.
    UiSettings().setFirstRunDismissed(m_db.location());
    QWizard::reject();
}

void FirstRunAssistant::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_backupFolder->text());
    if (!dir.isEmpty())
        m_backupFolder->setText(dir);
}

void FirstRunAssistant::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void FirstRunAssistant::retranslateUi()
{
    setWindowTitle(tr("Set up CII Workbench"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    m_welcomePage->setTitle(tr("Welcome to CII Workbench"));
    m_welcomePage->setSubTitle(tr("The workstation of a protection work department"));
    m_welcome->setText(
        tr("<p>CII Workbench supports a protection work department's duties under the Critical "
           "Information Infrastructure Security Protection Regulations (State Council Decree "
           "745): the sector's identification rules (Art. 9), identifying CII and notifying "
           "operators and the Ministry of Public Security (Art. 10), re-identification and "
           "other deadlines (Art. 11, 17, 18), and inspections coordinated with the other "
           "departments (Art. 26–28).</p>"
           "<p>It works offline on one store per department; every change is recorded in an "
           "audit log that anyone can verify.</p>"
           "<p>The next pages set up your department: its name and document numbers, how its "
           "documents are printed and where backups go. All of it can be changed later under "
           "Settings ▸ Our department.</p>"));
    m_languageLabel->setText(tr("Language:"));
    m_sharedNote->setText(tr("Does your department keep its records in a shared store on a "
                             "PostgreSQL server? Connect to it instead of setting up this "
                             "workstation's own store."));
    m_sharedStore->setText(tr("Open &shared store…"));
    m_departmentPage->setTitle(tr("Your department"));
    m_departmentPage->setSubTitle(
        tr("Every numbered document bears these: notices are issued only once the Chinese "
           "name, the document-number prefix and a contact are set."));
    m_documentsPage->setTitle(tr("Documents and backups"));
    m_documentsPage->setSubTitle(
        tr("How official documents are printed, and where the daily verified backups go."));
    m_backupLabel->setText(tr("Backup folder:"));
    m_browse->setText(tr("Browse…"));
    m_backupNote->setText(tr("A verified copy of the store is made there every day while the "
                             "program runs, and before each upgrade; the newest %n are kept.",
                             nullptr, StoreBackup::keepOf(m_db)));
    m_startPage->setTitle(tr("Start"));
    m_startPage->setSubTitle(tr("Finish saves your choices (recorded in the audit log)."));
    m_startIntro->setText(tr("The store is empty. You can look around with demonstration data "
                             "first, or start with your own operators and systems."));
    m_demo->setText(tr("Fill the store with demonstration data (60 operators, 400 systems, "
                       "rules, an identification run)"));
    m_empty->setText(tr("Start with an empty store"));
    m_notEmpty->setText(tr("The store already holds operators: it is left as it is."));
}

} // namespace cii
