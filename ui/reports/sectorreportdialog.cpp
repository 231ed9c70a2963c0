#include "sectorreportdialog.h"

#include "dialogs/departmentdialog.h"
#include "domain/sector.h"
#include "i18n/language.h"
#include "services/sectorreport.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace cii {

SectorReportDialog::SectorReportDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_sector(new QComboBox(this)), m_year(new QSpinBox(this)),
      m_language(new QComboBox(this)), m_format(new QComboBox(this)), m_folder(new QLineEdit(this)),
      m_preview(new QTextBrowser(this)), m_departmentWarning(new QLabel(this)),
      m_departmentButton(new QPushButton(this))
{
    setWindowTitle(tr("Sector report"));
    m_sector->setObjectName(QStringLiteral("reportSector"));
    for (const Sector &s : Sector::all())
        m_sector->addItem(s.displayName(), s.key);
    m_year->setObjectName(QStringLiteral("reportYear"));
    const int thisYear = QDate::currentDate().year();
    m_year->setRange(SectorReport::firstYear, thisYear);
    m_year->setValue(thisYear);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Chinese and English"), QStringLiteral("bilingual"));
    m_language->setCurrentIndex(Language::isChinese() ? 0 : 1);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    m_format->addItem(QStringLiteral("ODT"), QStringLiteral("odt"));
    m_folder->setObjectName(QStringLiteral("reportFolder"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(QStringLiteral("CII reports")));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for the report"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Sector:"), m_sector);
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Format:"), m_format);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder:"), folderRow);
    m_departmentWarning->setObjectName(QStringLiteral("departmentWarning"));
    m_departmentWarning->setWordWrap(true);
    m_departmentWarning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_departmentButton->setObjectName(QStringLiteral("editDepartment"));
    m_departmentButton->setText(tr("Department settings…"));
    auto *departmentRow = new QHBoxLayout;
    departmentRow->addWidget(m_departmentWarning, 1);
    departmentRow->addWidget(m_departmentButton);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setMinimumHeight(240);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(departmentRow);
    layout->addWidget(m_preview, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_write = buttons->button(QDialogButtonBox::Ok);
    m_write->setText(tr("Write report"));
    layout->addWidget(buttons);
    connect(m_departmentButton, &QPushButton::clicked, this, &SectorReportDialog::editDepartment);
    connect(buttons, &QDialogButtonBox::accepted, this, &SectorReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sector, &QComboBox::currentIndexChanged, this, &SectorReportDialog::updatePreview);
    connect(m_year, &QSpinBox::valueChanged, this, &SectorReportDialog::updatePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SectorReportDialog::updatePreview);
    updatePreview();
    // Fits a 1366×768 screen with the window frame and a panel.
    resize(780, 660);
}

void SectorReportDialog::editDepartment()
{
    DepartmentDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        updatePreview();
}

void SectorReportDialog::updatePreview()
{
    DocLanguage language;
    DocLanguage::fromKey(m_language->currentData().toString(), &language);
    Result<SectorReportContent> content = SectorReport::compose(
        m_db, m_sector->currentData().toString(), m_year->value(), QDate::currentDate());
    m_departmentWarning->setVisible(!content);
    m_departmentButton->setVisible(!content);
    m_write->setEnabled(bool(content));
    if (!content) {
        m_departmentWarning->setText(content.error().message);
        m_preview->clear();
        return;
    }
    QHash<QString, QImage> images;
    const QString html = SectorReportDocument::html(content.value(), language, &images);
    QTextDocument *document = m_preview->document();
    for (auto it = images.constBegin(); it != images.constEnd(); ++it)
        document->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    m_preview->setHtml(html);
}

void SectorReportDialog::accept()
{
    SectorReportRequest r;
    r.sector = m_sector->currentData().toString();
    r.year = m_year->value();
    r.date = QDate::currentDate();
    DocumentFile::formatFromKey(m_format->currentData().toString(), &r.format);
    DocLanguage::fromKey(m_language->currentData().toString(), &r.language);
    r.outDir = m_folder->text();
    Result<QString> written = SectorReport::write(m_db, r);
    if (!written) {
        QMessageBox::warning(this, tr("Sector report"), written.error().message);
        return;
    }
    m_written = written.value();
    QDialog::accept();
}

} // namespace cii
