#include "noticedialog.h"

#include "dialogs/departmentdialog.h"
#include "i18n/language.h"
#include "services/issuingdepartment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cii {

NoticeDialog::NoticeDialog(Database &db, QVector<qint64> caseIds, QWidget *parent)
    : QDialog(parent), m_db(db), m_caseIds(std::move(caseIds)), m_to(new QComboBox(this)),
      m_language(new QComboBox(this)), m_format(new QComboBox(this)), m_folder(new QLineEdit(this)),
      m_preview(new QTextBrowser(this)), m_summary(new QLabel(this)),
      m_reissue(new QCheckBox(this)), m_reason(new QLineEdit(this)),
      m_departmentWarning(new QLabel(this)), m_departmentButton(new QPushButton(this)),
      m_issue(nullptr)
{
    setWindowTitle(tr("Issue notices"));
    m_to->setObjectName(QStringLiteral("noticeTo"));
    m_to->addItem(tr("Operators (one notice each)"), QStringLiteral("operator"));
    m_to->addItem(tr("Ministry of Public Security (one notification)"), QStringLiteral("mps"));
    m_language->setObjectName(QStringLiteral("noticeLanguage"));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Chinese and English"), QStringLiteral("bilingual"));
    m_language->setCurrentIndex(Language::isChinese() ? 0 : 1);
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
    auto *form = new QFormLayout;
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Format:"), m_format);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder:"), folderRow);
    m_reissue->setObjectName(QStringLiteral("noticeReissue"));
    m_reissue->setText(tr("Reissue under a new number (replaces the notice already issued)"));
    m_reason->setObjectName(QStringLiteral("noticeReason"));
    m_reason->setPlaceholderText(tr("Reason for the reissue (printed and recorded)"));
    form->addRow(QString(), m_reissue);
    form->addRow(tr("Reason:"), m_reason);
    m_departmentWarning->setObjectName(QStringLiteral("departmentWarning"));
    m_departmentWarning->setWordWrap(true);
    m_departmentWarning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_departmentButton->setObjectName(QStringLiteral("editDepartment"));
    m_departmentButton->setText(tr("Department settings…"));
    auto *departmentRow = new QHBoxLayout;
    departmentRow->addWidget(m_departmentWarning, 1);
    departmentRow->addWidget(m_departmentButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(departmentRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_issue = buttons->button(QDialogButtonBox::Ok);
    m_issue->setText(tr("Issue and save"));
    layout->addWidget(buttons);
    connect(m_departmentButton, &QPushButton::clicked, this, &NoticeDialog::editDepartment);
    connect(m_reissue, &QCheckBox::toggled, this, &NoticeDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &NoticeDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoticeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_to, &QComboBox::currentIndexChanged, this, &NoticeDialog::updatePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &NoticeDialog::updatePreview);
    updatePreview();
    resize(760, 820);
}

NoticeRequest NoticeDialog::request() const
{
    NoticeRequest r;
    r.caseIds = m_caseIds;
    r.to = m_to->currentData().toString();
    DocumentFile::formatFromKey(m_format->currentData().toString(), &r.format);
    DocLanguage::fromKey(m_language->currentData().toString(), &r.language);
    r.outDir = m_folder->text();
    r.date = QDate::currentDate();
    r.reissue = m_reissue->isChecked();
    r.reason = r.reissue ? m_reason->text().trimmed() : QString();
    return r;
}

void NoticeDialog::editDepartment()
{
    DepartmentDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        updatePreview();
}

void NoticeDialog::updateState()
{
    m_reason->setEnabled(m_reissue->isChecked());
    if (m_issue)
        m_issue->setEnabled(m_departmentComplete &&
                            (!m_reissue->isChecked() || !m_reason->text().trimmed().isEmpty()));
}

void NoticeDialog::updatePreview()
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
    updateState();
    const NoticeRequest r = request();
    Result<QVector<NoticeContent>> contents = NoticeIssuer::preview(m_db, r);
    if (!contents) {
        m_summary->setText(contents.error().message);
        m_preview->clear();
        return;
    }
    m_summary->setText(tr("%n notice(s) will be numbered and saved; the preview shows the first.",
                          nullptr, int(contents.value().size())));
    if (!contents.value().isEmpty())
        m_preview->setHtml(IdentificationNotice::html(contents.value().first(), r.language));
}

void NoticeDialog::accept()
{
    Result<QVector<IssuedNotice>> issued = NoticeIssuer::issue(m_db, request());
    if (!issued) {
        QMessageBox::warning(this, tr("Issue notices"), issued.error().message);
        return;
    }
    m_issued = issued.value();
    QDialog::accept();
}

} // namespace cii
