#include "departmentdialog.h"

#include "dialogs/editconflictsettlement.h"
#include "domain/sector.h"
#include "services/issuingdepartment.h"
#include "services/passphrase.h"
#include "settings/departmentform.h"
#include "settings/documentsettingsform.h"
#include "storage/database.h"
#include "storage/documentfontrepository.h"
#include "storage/registryrepository.h"
#include "storage/securitysettingsrepository.h"
#include "storage/writetransaction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cii {

DepartmentDialog::DepartmentDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_form(new DepartmentForm(DepartmentForm::Kind::Own, this)),
      m_documents(new DocumentSettingsForm(this)), m_lockMinutes(new QSpinBox(this)),
      m_passphrase(new QLineEdit(this)), m_passphraseAgain(new QLineEdit(this)),
      m_storeError(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Department settings"));
    m_storeError->setObjectName(QStringLiteral("storeError"));
    if (Result<Department> own = IssuingDepartment::own(db))
        m_form->setDepartment(own.value());
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphraseAgain->setObjectName(QStringLiteral("passphraseAgain"));
    if (Result<SecuritySettings> s = SecuritySettingsRepository(db).settings())
        m_security = s.value();
    if (Result<QString> f = DocumentFontRepository(db).bodyFamily())
        m_bodyFamily = f.value();
    m_documents->setValues(m_security.classification, m_bodyFamily);
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
    auto *lock = new QFormLayout;
    lock->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    lock->addRow(tr("Lock after idle"), m_lockMinutes);
    lock->addRow(tr("Unlock passphrase"), m_passphrase);
    lock->addRow(tr("Repeat passphrase"), m_passphraseAgain);
    m_storeError->setWordWrap(true);
    m_storeError->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_storeError->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_documents);
    layout->addLayout(lock);
    layout->addWidget(m_storeError);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DepartmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DepartmentDialog::reject);
    connect(m_form, &DepartmentForm::changed, this, &DepartmentDialog::updateState);
    connect(m_documents, &DocumentSettingsForm::changed, this, &DepartmentDialog::updateState);
    updateState();
    resize(560, sizeHint().height());
}

Department DepartmentDialog::department() const
{
    return m_form->department();
}

void DepartmentDialog::updateState()
{
    m_storeError->hide();
    // The Chinese name is required to save at all; the rest may be filled in later.
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(m_form->isAcceptable() && m_documents->problems().isEmpty());
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
    // All of it or nothing: one transaction, each change with its audit record.
    Status saved = m_db.write([&](WriteTransaction &tx) -> Status {
        if (Status s = RegistryRepository(m_db).updateDepartment(tx, department()); !s)
            return s;
        SecuritySettingsRepository security(m_db);
        if (m_documents->classification() != m_security.classification) {
            if (Status s = security.setClassification(tx, m_documents->classification()); !s)
                return s;
        }
        if (m_documents->bodyFamily() != m_bodyFamily) {
            if (Status s =
                    DocumentFontRepository(m_db).setBodyFamily(tx, m_documents->bodyFamily());
                !s)
                return s;
        }
        if (m_lockMinutes->value() != m_security.lockMinutes) {
            if (Status s = security.setLockMinutes(tx, m_lockMinutes->value()); !s)
                return s;
        }
        if (!newHash.isEmpty()) {
            if (Status s = security.setPassphraseHash(tx, newHash); !s)
                return s;
        }
        return {};
    });
    if (!saved && saved.error().isConflict())
        return resolve(department(), *saved.error().conflict);
    if (!saved)
        return refuse(saved.error().message);
    DocumentFontRepository(m_db).apply();
    QDialog::accept();
}

void DepartmentDialog::resolve(const Department &mine, const EditConflict &conflict)
{
    auto sectors = [](const Department &d) {
        QStringList names;
        for (const QString &key : d.sectors)
            if (const Sector *s = Sector::find(key))
                names << s->displayName();
        return names.join(QStringLiteral(", "));
    };
    using Settlement = EditConflictSettlement<Department>;
    // No save here: "overwrite with mine" saves the whole dialog again, its other settings too.
    const Settlement settled = settleEditConflict<Department>(
        this, m_conflictDialog, mine, conflict, [this] { return IssuingDepartment::own(m_db); },
        [&](const Department &m, const Department &theirs) {
            return QVector<EditConflictDialog::Field>{
                {tr("Chinese name"), m.nameZh, theirs.nameZh},
                {tr("English name"), m.nameEn, theirs.nameEn},
                {tr("Sectors"), sectors(m), sectors(theirs)},
                {tr("Document-number prefix"), m.docPrefix, theirs.docPrefix},
                {tr("Contact person"), m.contactName, theirs.contactName},
                {tr("Contact phone"), m.contactPhone, theirs.contactPhone},
            };
        });
    switch (settled.next) {
    case Settlement::Next::KeptTheirs:
        QDialog::reject(); // nothing of this dialog was saved
        return;
    case Settlement::Next::Overwrite:
    case Settlement::Next::Saved: {
        Department again = mine;
        again.rowVersion = settled.theirs.rowVersion;
        m_form->setDepartment(again);
        accept(); // the whole dialog again, over the stored version
        return;
    }
    case Settlement::Next::Failed:
        m_storeError->setText(settled.error);
        m_storeError->show();
        return;
    case Settlement::Next::EditAgain:
        break;
    }
    m_form->setDepartment(settled.theirs);
    m_storeError->setText(tr("The stored values are shown; make your change again and save."));
    m_storeError->show();
}

} // namespace cii
