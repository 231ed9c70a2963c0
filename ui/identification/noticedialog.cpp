#include "noticedialog.h"

#include "i18n/language.h"

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
      m_preview(new QTextBrowser(this)), m_summary(new QLabel(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Issue and save"));
    layout->addWidget(buttons);
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
    return r;
}

void NoticeDialog::updatePreview()
{
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
