#include "filingdocumentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cii {

FilingDocumentDialog::FilingDocumentDialog(const QString &departmentZh, const QString &departmentEn,
                                           QWidget *parent)
    : QDialog(parent), m_format(new QComboBox(this)), m_language(new QComboBox(this)),
      m_departmentZh(new QLineEdit(departmentZh, this)),
      m_departmentEn(new QLineEdit(departmentEn, this))
{
    setWindowTitle(tr("Filing document"));
    m_format->addItem(tr("PDF"), int(DocumentFile::Format::Pdf));
    m_format->addItem(tr("ODT (LibreOffice / WPS / Word)"), int(DocumentFile::Format::Odt));
    m_language->addItem(QStringLiteral("中文"), int(DocLanguage::Zh));
    m_language->addItem(QStringLiteral("English"), int(DocLanguage::En));
    m_language->addItem(tr("Chinese and English"), int(DocLanguage::Bilingual));
    auto *form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Issuing department (Chinese)"), m_departmentZh);
    form->addRow(tr("Issuing department (English)"), m_departmentEn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

DocumentFile::Format FilingDocumentDialog::format() const
{
    return DocumentFile::Format(m_format->currentData().toInt());
}

DocLanguage FilingDocumentDialog::language() const
{
    return DocLanguage(DocLanguage::Value(m_language->currentData().toInt()));
}

QString FilingDocumentDialog::departmentZh() const
{
    return m_departmentZh->text().trimmed();
}

QString FilingDocumentDialog::departmentEn() const
{
    return m_departmentEn->text().trimmed();
}

} // namespace cii
