#include "documentissuedialog.h"

#include "dialogs/departmentdialog.h"
#include "i18n/language.h"
#include "screenfit.h"
#include "services/issuingdepartment.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cii {

DocumentIssueDialog::DocumentIssueDialog(Database &db, const QString &title, QWidget *parent)
    : QDialog(parent), m_db(db), m_form(new QFormLayout), m_language(new QComboBox(this)),
      m_format(new QComboBox(this)), m_folder(new QLineEdit(this)),
      m_preview(new QTextBrowser(this)), m_summary(new QLabel(this)),
      m_departmentWarning(new QLabel(this)), m_departmentButton(new QPushButton(this))
{
    setWindowTitle(title);
    m_language->setObjectName(QStringLiteral("noticeLanguage"));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Chinese and English"), QStringLiteral("bilingual"));
    m_language->setCurrentIndex(Language::isChinese() ? 0 : 1);
    m_format->setObjectName(QStringLiteral("noticeFormat"));
    m_format->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    m_format->addItem(QStringLiteral("ODT"), QStringLiteral("odt"));
    m_folder->setObjectName(QStringLiteral("noticeFolder"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(QStringLiteral("CII notices")));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for the notices"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    m_form->addRow(tr("Language:"), m_language);
    m_form->addRow(tr("Format:"), m_format);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_form->addRow(tr("Folder:"), folderRow);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_departmentWarning->setObjectName(QStringLiteral("departmentWarning"));
    m_departmentWarning->setWordWrap(true);
    m_departmentWarning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_departmentButton->setObjectName(QStringLiteral("editDepartment"));
    m_departmentButton->setText(tr("Department settings…"));
    m_summary->setObjectName(QStringLiteral("issueSummary"));
    m_summary->setWordWrap(true);

    // Two columns: the choices beside the preview, so the dialog fits a 768 px screen and
    // the preview keeps the height of a page.
    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("issueChoices"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(m_form);
    leftLayout->addWidget(m_departmentWarning);
    leftLayout->addWidget(m_departmentButton, 0, Qt::AlignLeft);
    leftLayout->addWidget(m_summary);
    leftLayout->addStretch(1);
    left->setMinimumWidth(300);
    left->setMaximumWidth(420);
    m_preview->setObjectName(QStringLiteral("issuePreview"));
    m_preview->setMinimumSize(360, 240);
    auto *columns = new QHBoxLayout;
    columns->addWidget(left);
    columns->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_issue = buttons->button(QDialogButtonBox::Ok);
    m_issue->setText(tr("Issue and save"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    connect(m_departmentButton, &QPushButton::clicked, this, &DocumentIssueDialog::editDepartment);
    connect(buttons, &QDialogButtonBox::accepted, this, &DocumentIssueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &DocumentIssueDialog::refresh);
    resize(ScreenFit::bounded(this, QSize(1040, 660)));
}

DocumentFile::Format DocumentIssueDialog::format() const
{
    DocumentFile::Format f = DocumentFile::Format::Pdf;
    DocumentFile::formatFromKey(m_format->currentData().toString(), &f);
    return f;
}

DocLanguage DocumentIssueDialog::language() const
{
    DocLanguage l;
    DocLanguage::fromKey(m_language->currentData().toString(), &l);
    return l;
}

QString DocumentIssueDialog::folder() const
{
    return m_folder->text();
}

void DocumentIssueDialog::editDepartment()
{
    DepartmentDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void DocumentIssueDialog::updateState()
{
    if (m_issue)
        m_issue->setEnabled(m_departmentComplete && m_previewOk && readyToIssue());
}

void DocumentIssueDialog::refresh()
{
    QStringList missing;
    if (Result<Department> own = IssuingDepartment::own(m_db))
        missing = own.value().missingForNumberedDocuments();
    m_departmentComplete = missing.isEmpty();
    m_departmentWarning->setText(
        missing.isEmpty() ? QString()
                          : tr("No notice can be numbered until the department's settings "
                               "have %1.")
                                .arg(IssuingDepartment::missingItems(missing)));
    m_departmentWarning->setVisible(!missing.isEmpty());
    m_departmentButton->setVisible(!missing.isEmpty());
    const Result<Preview> preview = makePreview();
    m_previewOk = preview.ok();
    if (!preview) {
        m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_summary->setText(preview.error().message);
        m_preview->clear();
    } else {
        m_summary->setStyleSheet(QString());
        m_summary->setText(preview->summary);
        m_preview->setHtml(preview->html);
    }
    updateState();
}

void DocumentIssueDialog::accept()
{
    if (const Status s = issueDocuments(); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace cii
