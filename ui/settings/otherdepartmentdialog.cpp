#include "otherdepartmentdialog.h"

#include "settings/departmentform.h"
#include "storage/registryrepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cii {

OtherDepartmentDialog::OtherDepartmentDialog(Database &db, const Department &department,
                                             QWidget *parent)
    : QDialog(parent), m_db(db), m_adding(department.key.isEmpty()),
      m_form(new DepartmentForm(DepartmentForm::Kind::Other, this)), m_storeError(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_adding ? tr("Add a department") : tr("Edit a department"));
    m_storeError->setObjectName(QStringLiteral("storeError"));
    m_storeError->setWordWrap(true);
    m_storeError->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_storeError->hide();
    QStringList taken;
    if (Result<QVector<Department>> all = RegistryRepository(db).departments())
        for (const Department &d : all.value())
            taken << d.key;
    m_form->setTakenKeys(taken);
    m_form->setDepartment(department, m_adding);
    auto *intro = new QLabel(tr("A department that inspects CII operators besides this one. Its "
                                "key names it in files and on the command line and cannot "
                                "change once added."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_storeError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OtherDepartmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OtherDepartmentDialog::reject);
    connect(m_form, &DepartmentForm::changed, this, &OtherDepartmentDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

QPushButton *OtherDepartmentDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

Department OtherDepartmentDialog::department() const
{
    return m_form->department();
}

void OtherDepartmentDialog::updateState()
{
    m_storeError->hide();
    saveButton()->setEnabled(m_form->isAcceptable());
}

void OtherDepartmentDialog::accept()
{
    RegistryRepository registry(m_db);
    const Status saved =
        m_adding ? registry.addDepartment(department()) : registry.updateDepartment(department());
    if (!saved) {
        m_storeError->setText(saved.error().message);
        m_storeError->show();
        return;
    }
    QDialog::accept();
}

} // namespace cii
