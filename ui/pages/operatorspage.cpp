#include "operatorspage.h"

#include "csvexporter.h"
#include "dialogs/importdialog.h"
#include "dialogs/operatordialog.h"
#include "domain/sector.h"
#include "models/operatortablemodel.h"
#include "storage/listsources.h"
#include "storage/registryrepository.h"
#include "widgets/filterabletable.h"
#include "widgets/writecontrols.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cii {

OperatorsPage::OperatorsPage(RegistryRepository &repo, QWidget *parent)
    : Page(parent), m_repo(repo), m_model(new OperatorTableModel(repo.database(), this)),
      m_table(new FilterableTable(m_model, this)), m_sector(new QComboBox(this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_import(new QPushButton(this)), m_export(new QPushButton(this))
{
    WriteControls::mark({m_add, m_edit, m_delete, m_import});
    m_add->setObjectName(QStringLiteral("addOperator"));
    m_edit->setObjectName(QStringLiteral("editOperator"));
    m_delete->setObjectName(QStringLiteral("deleteOperator"));
    m_sector->setObjectName(QStringLiteral("sectorFilter"));
    m_import->setObjectName(QStringLiteral("importOperators"));
    m_export->setObjectName(QStringLiteral("exportOperators"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addSpacing(16);
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    bar->addStretch(1);
    bar->addWidget(m_sector);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    QHeaderView *header = m_table->view()->horizontalHeader();
    header->resizeSection(OperatorTableModel::Id, 56);
    header->resizeSection(OperatorTableModel::Uscc, 170);
    header->resizeSection(OperatorTableModel::NameZh, 230);
    header->resizeSection(OperatorTableModel::NameEn, 280);

    header->resizeSection(OperatorTableModel::Sector, 160);

    connect(m_add, &QPushButton::clicked, this, &OperatorsPage::addOperator);
    connect(m_edit, &QPushButton::clicked, this, &OperatorsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &OperatorsPage::deleteCurrent);
    connect(m_import, &QPushButton::clicked, this, &OperatorsPage::importCsv);
    connect(m_export, &QPushButton::clicked, this, &OperatorsPage::exportCsv);
    connect(m_table, &FilterableTable::activatedSourceRow, this, &OperatorsPage::editCurrent);
    connect(m_table, &FilterableTable::currentSourceRowChanged, this,
            &OperatorsPage::updateButtons);
    connect(m_sector, &QComboBox::currentIndexChanged, this, &OperatorsPage::reload);
    retranslateUi();
}

void OperatorsPage::reload()
{
    // The table keeps the selected operator by its id.
    m_model->setNarrowing(ListSources::operatorsOfSector(m_sector->currentData().toString()));
    m_model->refresh();
    if (!m_model->lastError().isEmpty())
        emit statusMessage(m_model->lastError());
    updateButtons();
}

void OperatorsPage::retranslateUi()
{
    m_add->setText(tr("&Add operator…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_import->setText(tr("&Import CSV…"));
    m_export->setText(tr("E&xport CSV…"));
    m_add->setToolTip(
        tr("Register an operator: its unified social credit code is checked as you type"));
    m_edit->setToolTip(tr("Edit the selected operator (or double-click its row)"));
    m_delete->setToolTip(tr("Delete the selected operator; the audit log keeps a record of it"));
    m_import->setToolTip(tr("Import operators from a CSV file: every row is checked first, and all "
                            "are written or none"));
    m_import->setWhatsThis(
        tr("Reads UTF-8, UTF-8 with BOM or GBK. Every problem is listed as “row N, column NAME: "
           "reason”; Import is enabled only when every row is good."));
    m_export->setToolTip(tr("Export the operators to a CSV file (readable by you only, with the "
                            "classification marking)"));
    m_sector->setToolTip(tr("Show only the operators of one sector"));
    m_table->filterEdit()->setToolTip(tr(
        "Shows only the rows that contain what you type: code, names, region, contact or sector"));
    m_table->filterEdit()->setWhatsThis(tr("The filter box (Ctrl+F) narrows the list as you type; "
                                           "the count beside it says how many rows are shown."));
    const QString current = m_sector->currentData().toString();
    const QSignalBlocker block(m_sector);
    m_sector->clear();
    m_sector->addItem(tr("All sectors"), QString());
    for (const Sector &s : Sector::all())
        m_sector->addItem(s.displayName(), s.key);
    m_sector->setCurrentIndex(qMax(0, m_sector->findData(current)));
    m_model->retranslate();
    m_table->retranslate();
}

void OperatorsPage::updateButtons()
{
    const bool has = m_table->currentSourceRow() >= 0;
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
}

void OperatorsPage::addOperator()
{
    OperatorInfo blank;
    blank.sector = m_sector->currentData().toString();
    OperatorDialog dialog(m_repo, blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_table->selectSourceRow(m_model->rowOfId(dialog.savedId()));
    emit storeChanged();
    emit statusMessage(tr("Operator added."));
}

void OperatorsPage::editCurrent()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    Result<OperatorInfo> op = m_repo.operatorById(m_model->idAt(row));
    if (!op) {
        QMessageBox::warning(this, tr("Edit operator"), op.error().message);
        return;
    }
    OperatorDialog dialog(m_repo, op.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit storeChanged();
    emit statusMessage(tr("Operator saved."));
}

void OperatorsPage::deleteCurrent()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    Result<OperatorInfo> found = m_repo.operatorById(m_model->idAt(row));
    if (!found) {
        QMessageBox::warning(this, tr("Cannot delete"), found.error().message);
        return;
    }
    const OperatorInfo op = found.value();
    if (QMessageBox::question(this, tr("Delete operator"),
                              tr("Delete %1 (%2)? The audit log keeps a record of it.")
                                  .arg(op.displayName(), op.uscc)) != QMessageBox::Yes)
        return;
    if (const Status s = m_repo.deleteOperator(op.id); !s) {
        QMessageBox::warning(this, tr("Cannot delete"), s.error().message);
        return;
    }
    reload();
    emit storeChanged();
}

void OperatorsPage::importCsv()
{
    ImportDialog dialog(m_repo, ImportPreview::Kind::Operators, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit storeChanged();
    emit statusMessage(tr("Imported %n row(s).", nullptr, dialog.importedCount()));
}

void OperatorsPage::exportCsv()
{
    const QString path = CsvExporter::exportRegistry(this, m_repo, ImportPreview::Kind::Operators);
    if (!path.isEmpty())
        emit statusMessage(tr("Exported to %1").arg(path));
}

} // namespace cii
