#include "otherdepartmentspanel.h"

#include "settings/departmenttablemodel.h"
#include "settings/otherdepartmentdialog.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "widgets/writecontrols.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cii {

OtherDepartmentsPanel::OtherDepartmentsPanel(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_intro(new QLabel(this)), m_model(new DepartmentTableModel(this)),
      m_view(new QTableView(this)), m_add(new QPushButton(this)), m_edit(new QPushButton(this))
{
    m_add->setObjectName(QStringLiteral("addDepartment"));
    m_edit->setObjectName(QStringLiteral("editDepartment"));
    m_view->setObjectName(QStringLiteral("otherDepartments"));
    m_intro->setWordWrap(true);
    WriteControls::mark({m_add, m_edit});

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(DepartmentTableModel::Key, 130);
    m_view->setColumnWidth(DepartmentTableModel::NameZh, 200);
    m_view->setColumnWidth(DepartmentTableModel::NameEn, 260);
    m_view->setColumnWidth(DepartmentTableModel::DocPrefix, 130);
    m_view->setColumnWidth(DepartmentTableModel::Contact, 120);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &OtherDepartmentsPanel::addDepartment);
    connect(m_edit, &QPushButton::clicked, this, &OtherDepartmentsPanel::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (!m_db.isReadOnly())
            editSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OtherDepartmentsPanel::updateState);
    retranslateUi();
    updateState();
}

void OtherDepartmentsPanel::reload()
{
    const QString selected = m_view->currentIndex().isValid()
                                 ? m_model->department(m_view->currentIndex().row()).key
                                 : QString();
    if (Result<QVector<Department>> all = RegistryRepository(m_db).departments())
        m_model->setDepartments(all.value());
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->selectRow(row);
    updateState();
}

void OtherDepartmentsPanel::retranslateUi()
{
    m_intro->setText(tr("The other bodies that inspect CII operators (Art. 28): they lead or "
                        "join inspections, and conflicts are judged across all of them. Add "
                        "one here; double-click a row to edit it."));
    m_add->setText(tr("Add department…"));
    m_edit->setText(tr("Edit…"));
    m_model->retranslate();
}

void OtherDepartmentsPanel::updateState()
{
    m_edit->setEnabled(m_view->selectionModel()->hasSelection());
}

bool OtherDepartmentsPanel::addDepartment()
{
    OtherDepartmentDialog dialog(m_db, Department(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    if (const int row = m_model->rowOf(dialog.department().key); row >= 0)
        m_view->selectRow(row);
    emit statusMessage(tr("Department %1 added.").arg(dialog.department().displayName()));
    emit departmentsChanged();
    return true;
}

bool OtherDepartmentsPanel::editSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    OtherDepartmentDialog dialog(m_db, m_model->department(current.row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    emit statusMessage(tr("Department %1 saved.").arg(dialog.department().displayName()));
    emit departmentsChanged();
    return true;
}

} // namespace cii
