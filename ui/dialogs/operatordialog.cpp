#include "operatordialog.h"

#include "dialogs/editconflictsettlement.h"
#include "domain/sector.h"
#include "storage/registryrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cii {

OperatorDialog::OperatorDialog(RegistryRepository &repo, const OperatorInfo &op, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_original(op), m_uscc(new QLineEdit(this)),
      m_nameZh(new QLineEdit(this)), m_nameEn(new QLineEdit(this)), m_sector(new QComboBox(this)),
      m_region(new QLineEdit(this)), m_contactName(new QLineEdit(this)),
      m_contactPhone(new QLineEdit(this)), m_contactEmail(new QLineEdit(this)),
      m_storeError(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(op.id ? tr("Edit operator") : tr("Add operator"));
    m_uscc->setObjectName(QStringLiteral("uscc"));
    m_nameZh->setObjectName(QStringLiteral("nameZh"));
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_sector->setObjectName(QStringLiteral("sector"));
    m_region->setObjectName(QStringLiteral("region"));
    m_uscc->setMaxLength(18);
    m_uscc->setPlaceholderText(tr("18 characters, e.g. 91350100M000100Y43"));
    // Upper-case as the user types: lower-case codes are the commonest slip.
    connect(m_uscc, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int pos = m_uscc->cursorPosition();
        m_uscc->setText(text.toUpper().remove(QLatin1Char(' ')));
        m_uscc->setCursorPosition(qMin(pos, int(m_uscc->text().size())));
    });
    for (const Sector &s : Sector::all())
        m_sector->addItem(s.displayName(), s.key);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(form, QStringLiteral("uscc"), tr("Unified social credit code"), m_uscc);
    addField(form, QStringLiteral("name_zh"), tr("Chinese name"), m_nameZh);
    addField(form, QStringLiteral("name_en"), tr("English name"), m_nameEn);
    addField(form, QStringLiteral("sector"), tr("Sector"), m_sector);
    addField(form, QStringLiteral("region"), tr("Region"), m_region);
    addField(form, QStringLiteral("contact_name"), tr("Contact person"), m_contactName);
    addField(form, QStringLiteral("contact_phone"), tr("Contact phone"), m_contactPhone);
    addField(form, QStringLiteral("contact_email"), tr("Contact e-mail"), m_contactEmail);

    m_storeError->setWordWrap(true);
    m_storeError->setObjectName(QStringLiteral("storeError"));
    m_storeError->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_storeError->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_storeError);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OperatorDialog::reject);

    showOperator(op);
    for (QLineEdit *e :
         {m_uscc, m_nameZh, m_nameEn, m_region, m_contactName, m_contactPhone, m_contactEmail})
        connect(e, &QLineEdit::textChanged, this, &OperatorDialog::validate);
    connect(m_sector, &QComboBox::currentIndexChanged, this, &OperatorDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

QLabel *OperatorDialog::addField(QFormLayout *form, const QString &field, const QString &label,
                                 QWidget *editor)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *error = new QLabel(box);
    error->setObjectName(field + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    error->hide();
    v->addWidget(editor);
    v->addWidget(error);
    form->addRow(label, box);
    m_fieldErrors.insert(field, error);
    return error;
}

void OperatorDialog::showOperator(const OperatorInfo &op)
{
    m_uscc->setText(op.uscc);
    m_nameZh->setText(op.nameZh);
    m_nameEn->setText(op.nameEn);
    m_sector->setCurrentIndex(qMax(0, m_sector->findData(op.sector)));
    m_region->setText(op.region);
    m_contactName->setText(op.contactName);
    m_contactPhone->setText(op.contactPhone);
    m_contactEmail->setText(op.contactEmail);
}

OperatorInfo OperatorDialog::operatorInfo() const
{
    OperatorInfo o = m_original;
    o.uscc = m_uscc->text().trimmed();
    o.nameZh = m_nameZh->text().trimmed();
    o.nameEn = m_nameEn->text().trimmed();
    o.sector = m_sector->currentData().toString();
    o.region = m_region->text().trimmed();
    o.contactName = m_contactName->text().trimmed();
    o.contactPhone = m_contactPhone->text().trimmed();
    o.contactEmail = m_contactEmail->text().trimmed();
    return o;
}

void OperatorDialog::validate()
{
    const QVector<FieldError> errors = operatorInfo().validate();
    for (auto it = m_fieldErrors.begin(); it != m_fieldErrors.end(); ++it) {
        QString reason;
        for (const FieldError &e : errors) {
            if (e.field == it.key())
                reason = e.reason;
        }
        // Say nothing about an empty field until the user has typed in the form.
        const bool untouched = it.key() == QLatin1String("uscc") && m_uscc->text().isEmpty();
        it.value()->setText(reason);
        it.value()->setVisible(!reason.isEmpty() && !untouched);
    }
    m_storeError->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

void OperatorDialog::accept()
{
    const OperatorInfo o = operatorInfo();
    if (o.id == 0) {
        const Result<qint64> id = m_repo.addOperator(o);
        if (!id) {
            m_storeError->setText(id.error().message);
            m_storeError->show();
            return;
        }
        m_savedId = id.value();
    } else {
        if (const Status s = m_repo.updateOperator(o); !s) {
            if (s.error().isConflict()) {
                resolve(o, *s.error().conflict);
                return;
            }
            m_storeError->setText(s.error().message);
            m_storeError->show();
            return;
        }
        m_savedId = o.id;
    }
    QDialog::accept();
}

void OperatorDialog::resolve(const OperatorInfo &mine, const EditConflict &conflict)
{
    auto sectorName = [this](const QString &key) {
        const int i = m_sector->findData(key);
        return i < 0 ? key : m_sector->itemText(i);
    };
    using Settlement = EditConflictSettlement<OperatorInfo>;
    const Settlement settled = settleEditConflict<OperatorInfo>(
        this, m_conflictDialog, mine, conflict, [&] { return m_repo.operatorById(mine.id); },
        [&](const OperatorInfo &m, const OperatorInfo &theirs) {
            return QVector<EditConflictDialog::Field>{
                {tr("Unified social credit code"), m.uscc, theirs.uscc},
                {tr("Chinese name"), m.nameZh, theirs.nameZh},
                {tr("English name"), m.nameEn, theirs.nameEn},
                {tr("Sector"), sectorName(m.sector), sectorName(theirs.sector)},
                {tr("Region"), m.region, theirs.region},
                {tr("Contact person"), m.contactName, theirs.contactName},
                {tr("Contact phone"), m.contactPhone, theirs.contactPhone},
                {tr("Contact e-mail"), m.contactEmail, theirs.contactEmail},
            };
        },
        [this](const OperatorInfo &again) { return m_repo.updateOperator(again); });
    switch (settled.next) {
    case Settlement::Next::Saved:
    case Settlement::Next::KeptTheirs: // the page shows the stored record
        m_savedId = mine.id;
        QDialog::accept();
        return;
    case Settlement::Next::Failed:
        if (settled.theirs.id != 0)
            m_original.rowVersion = settled.theirs.rowVersion;
        m_storeError->setText(settled.error);
        m_storeError->show();
        return;
    case Settlement::Next::Overwrite:
    case Settlement::Next::EditAgain:
        break;
    }
    m_original = settled.theirs;
    showOperator(settled.theirs);
    m_storeError->setText(tr("The stored values are shown; make your change again and save."));
    m_storeError->show();
}

} // namespace cii
