#include "departmentdialog.h"

#include "services/issuingdepartment.h"
#include "services/passphrase.h"
#include "storage/registryrepository.h"
#include "storage/securitysettingsrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cii {

DepartmentDialog::DepartmentDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_nameZh(new QLineEdit(this)), m_nameEn(new QLineEdit(this)),
      m_docPrefix(new QLineEdit(this)), m_contactName(new QLineEdit(this)),
      m_contactPhone(new QLineEdit(this)), m_classification(new QLineEdit(this)),
      m_lockMinutes(new QSpinBox(this)), m_passphrase(new QLineEdit(this)),
      m_passphraseAgain(new QLineEdit(this)), m_missing(new QLabel(this)),
      m_storeError(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Department settings"));
    m_nameZh->setObjectName(QStringLiteral("nameZh"));
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_docPrefix->setObjectName(QStringLiteral("docPrefix"));
    m_contactName->setObjectName(QStringLiteral("contactName"));
    m_contactPhone->setObjectName(QStringLiteral("contactPhone"));
    m_missing->setObjectName(QStringLiteral("missing"));
    m_storeError->setObjectName(QStringLiteral("storeError"));
    m_docPrefix->setPlaceholderText(tr("e.g. 某网安, as in 某网安〔2026〕12号"));
    if (Result<Department> own = IssuingDepartment::own(db))
        m_original = own.value();
    m_nameZh->setText(m_original.nameZh);
    m_nameEn->setText(m_original.nameEn);
    m_docPrefix->setText(m_original.docPrefix);
    m_contactName->setText(m_original.contactName);
    m_contactPhone->setText(m_original.contactPhone);
    m_classification->setObjectName(QStringLiteral("classification"));
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphraseAgain->setObjectName(QStringLiteral("passphraseAgain"));
    if (Result<SecuritySettings> s = SecuritySettingsRepository(db).settings())
        m_security = s.value();
    m_classification->setText(m_security.classification);
    m_classification->setMaxLength(SecuritySettings::ClassificationLength);
    m_lockMinutes->setRange(0, SecuritySettings::MaxLockMinutes);
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(m_security.lockMinutes);
    for (QLineEdit *e : {m_passphrase, m_passphraseAgain})
        e->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(m_security.passphraseHash.isEmpty()
                                         ? tr("none set: unlocking asks for the user name")
                                         : tr("set; type a new one to change it"));

    auto *intro = new QLabel(tr("Every numbered document (identification notices, inspection "
                                "notices, filing letters) bears these; none is issued until "
                                "they are complete."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Chinese name"), m_nameZh);
    form->addRow(tr("English name"), m_nameEn);
    form->addRow(tr("Document-number prefix"), m_docPrefix);
    form->addRow(tr("Contact person"), m_contactName);
    form->addRow(tr("Contact telephone"), m_contactPhone);
    form->addRow(tr("Classification marking"), m_classification);
    form->addRow(tr("Lock after idle"), m_lockMinutes);
    form->addRow(tr("Unlock passphrase"), m_passphrase);
    form->addRow(tr("Repeat passphrase"), m_passphraseAgain);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_storeError->setWordWrap(true);
    m_storeError->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_storeError->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_missing);
    layout->addWidget(m_storeError);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DepartmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DepartmentDialog::reject);
    for (QLineEdit *e : {m_nameZh, m_nameEn, m_docPrefix, m_contactName, m_contactPhone})
        connect(e, &QLineEdit::textChanged, this, &DepartmentDialog::updateMissing);
    updateMissing();
    resize(520, sizeHint().height());
}

Department DepartmentDialog::department() const
{
    Department d = m_original;
    d.nameZh = m_nameZh->text().trimmed();
    d.nameEn = m_nameEn->text().trimmed();
    d.docPrefix = m_docPrefix->text().trimmed();
    d.contactName = m_contactName->text().trimmed();
    d.contactPhone = m_contactPhone->text().trimmed();
    return d;
}

void DepartmentDialog::updateMissing()
{
    const QStringList missing = department().missingForNumberedDocuments();
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Numbered documents still need %1.")
                                               .arg(IssuingDepartment::missingItems(missing)));
    m_missing->setVisible(!missing.isEmpty());
    m_storeError->hide();
    // The Chinese name is required to save at all; the rest may be filled in later.
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_nameZh->text().trimmed().isEmpty());
}

void DepartmentDialog::accept()
{
    const auto refuse = [this](const QString &message) {
        m_storeError->setText(message);
        m_storeError->show();
    };
    if (m_passphrase->text() != m_passphraseAgain->text())
        return refuse(tr("The two passphrases differ."));
    QString newHash;
    if (!m_passphrase->text().isEmpty()) {
        Result<QString> hash = Passphrase::hash(m_passphrase->text());
        if (!hash)
            return refuse(hash.error().message);
        newHash = hash.value();
    }
    if (Status s = RegistryRepository(m_db).updateDepartment(department()); !s)
        return refuse(s.error().message);
    SecuritySettingsRepository security(m_db);
    if (m_classification->text().trimmed() != m_security.classification) {
        if (Status s = security.setClassification(m_classification->text()); !s)
            return refuse(s.error().message);
    }
    if (m_lockMinutes->value() != m_security.lockMinutes) {
        if (Status s = security.setLockMinutes(m_lockMinutes->value()); !s)
            return refuse(s.error().message);
    }
    if (!newHash.isEmpty()) {
        if (Status s = security.setPassphraseHash(newHash); !s)
            return refuse(s.error().message);
    }
    QDialog::accept();
}

} // namespace cii
