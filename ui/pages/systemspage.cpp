#include "systemspage.h"

#include "csvexporter.h"
#include "dialogs/importdialog.h"
#include "dialogs/systemdialog.h"
#include "domain/systeminfo.h"
#include "models/indicatorvaluemodel.h"
#include "models/systemtablemodel.h"
#include "storage/registryrepository.h"
#include "widgets/columnwidths.h"
#include "widgets/filterabletable.h"
#include "widgets/writecontrols.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cii {

SystemsPage::SystemsPage(RegistryRepository &repo, QWidget *parent)
    : Page(parent), m_repo(repo), m_model(new SystemTableModel(repo.database(), this)),
      m_table(new FilterableTable(m_model, this)),
      m_indicators(new IndicatorValueModel(repo, this)), m_indicatorView(new QTableView(this)),
      m_indicatorTitle(new QLabel(this)), m_indicatorHint(new QLabel(this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_import(new QPushButton(this)), m_export(new QPushButton(this))
{
    WriteControls::mark({m_add, m_edit, m_delete, m_import});
    m_add->setObjectName(QStringLiteral("addSystem"));
    m_edit->setObjectName(QStringLiteral("editSystem"));
    m_delete->setObjectName(QStringLiteral("deleteSystem"));
    m_import->setObjectName(QStringLiteral("importSystems"));
    m_export->setObjectName(QStringLiteral("exportSystems"));
    m_indicatorView->setObjectName(QStringLiteral("indicatorValues"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addSpacing(16);
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    bar->addStretch(1);

    m_indicatorView->setModel(m_indicators);
    m_indicatorView->verticalHeader()->hide();
    m_indicatorView->verticalHeader()->setDefaultSectionSize(
        m_indicatorView->fontMetrics().height() + 8);
    m_indicatorView->setAlternatingRowColors(true);
    m_indicatorView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);
    m_indicatorView->horizontalHeader()->setStretchLastSection(true);
    m_indicatorView->horizontalHeader()->resizeSection(IndicatorValueModel::Name, 420);
    m_indicatorView->horizontalHeader()->resizeSection(IndicatorValueModel::Value, 160);
    QFont bold = m_indicatorTitle->font();
    bold.setBold(true);
    m_indicatorTitle->setFont(bold);
    m_indicatorHint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_indicatorTitle);
    titleRow->addStretch(1);
    titleRow->addWidget(m_indicatorHint);
    lowerLayout->addLayout(titleRow);
    lowerLayout->addWidget(m_indicatorView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("systemsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    ColumnWidths::elideMiddle(m_table->view());

    connect(m_add, &QPushButton::clicked, this, &SystemsPage::addSystem);
    connect(m_edit, &QPushButton::clicked, this, &SystemsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &SystemsPage::deleteCurrent);
    connect(m_import, &QPushButton::clicked, this, &SystemsPage::importCsv);
    connect(m_export, &QPushButton::clicked, this, &SystemsPage::exportCsv);
    connect(m_table, &FilterableTable::activatedSourceRow, this, &SystemsPage::editCurrent);
    connect(m_table, &FilterableTable::currentSourceRowChanged, this, &SystemsPage::showSystem);
    connect(m_indicators, &IndicatorValueModel::valueSaved, this, [this](qint64 systemId) {
        m_model->rowChanged(systemId);
        emit indicatorValuesChanged();
        emit statusMessage(tr("Indicator value saved."));
    });
    connect(m_indicators, &IndicatorValueModel::editRejected, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Value not saved"), message);
    });
    retranslateUi();
}

void SystemsPage::reload()
{
    // The table keeps the selected system by its id.
    m_model->refresh();
    if (!m_model->lastError().isEmpty())
        emit statusMessage(tr("The store could not be read."));
    showSystem(m_table->currentSourceRow());
}

void SystemsPage::retranslateUi()
{
    m_add->setText(tr("&Add system…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_import->setText(tr("&Import CSV…"));
    m_export->setText(tr("E&xport CSV…"));
    m_add->setToolTip(tr("Register a network facility or information system of an operator"));
    m_edit->setToolTip(tr("Edit the selected system (or double-click its row)"));
    m_delete->setToolTip(tr("Delete the selected system; the audit log keeps a record of it"));
    m_import->setToolTip(tr("Import systems and their indicator values from a CSV file: every row "
                            "is checked first, and all are written or none"));
    m_import->setWhatsThis(tr("Each system names its operator by its code (operator_uscc) and has "
                              "one column per indicator plus KEY_reported_on. Every problem is "
                              "listed as “row N, column NAME: reason”."));
    m_export->setToolTip(tr("Export the systems and their indicator values to a CSV file"));
    m_table->filterEdit()->setToolTip(tr("Shows only the systems whose name, or whose operator’s "
                                         "code, names or region, contain what you type"));
    m_table->filterEdit()->setWhatsThis(tr("The filter box (Ctrl+F) narrows the list as you type; "
                                           "the count beside it says how many rows are shown."));
    m_indicatorView->setWhatsThis(
        tr("The indicator values the identification rules read. Double-click a value or its "
           "reported date to change it; clear a value to remove it. A missing value makes the "
           "criteria that read it unknown."));
    m_indicatorHint->setText(tr("Double-click a value or date to change it; clear a value to "
                                "remove it."));
    m_model->retranslate();
    m_indicators->retranslate();
    m_table->retranslate();
    // Known values as wide as their words in this language; names elide in the middle.
    QTableView *view = m_table->view();
    QStringList categories, statuses;
    for (const QString &c : SystemInfo::categories())
        categories << SystemInfo::categoryName(c);
    for (const QString &s : SystemInfo::statuses())
        statuses << SystemInfo::statusName(s);
    ColumnWidths::fitValues(view, SystemTableModel::Id, {QStringLiteral("100000")});
    ColumnWidths::setNameWidth(view, SystemTableModel::Operator, 200);
    ColumnWidths::setNameWidth(view, SystemTableModel::Name, 240);
    ColumnWidths::fitValues(view, SystemTableModel::Category, categories);
    ColumnWidths::fitValues(view, SystemTableModel::Status, statuses);
    showSystem(m_table->currentSourceRow());
}

void SystemsPage::showSystem(int sourceRow)
{
    if (sourceRow < 0) {
        m_indicators->setSystem(0);
        m_indicatorTitle->setText(tr("Select a system to see its indicator values."));
    } else {
        const qint64 id = m_model->idAt(sourceRow);
        if (m_indicators->systemId() != id)
            m_indicators->setSystem(id);
        m_indicatorTitle->setText(tr("Indicator values of %1").arg(m_model->nameAt(sourceRow)));
    }
    updateButtons();
}

void SystemsPage::updateButtons()
{
    const bool has = m_table->currentSourceRow() >= 0;
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
}

void SystemsPage::addSystem()
{
    Result<QVector<OperatorInfo>> ops = m_repo.operators();
    if (!ops || ops.value().isEmpty()) {
        QMessageBox::information(this, tr("Add system"),
                                 tr("Add the operator first: every system belongs to one."));
        return;
    }
    SystemDialog dialog(m_repo, SystemInfo(), ops.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_table->selectSourceRow(m_model->rowOfId(dialog.savedId()));
    emit storeChanged();
}

void SystemsPage::editCurrent()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    Result<SystemInfo> system = m_repo.systemById(m_model->idAt(row));
    Result<QVector<OperatorInfo>> ops = m_repo.operators();
    if (!system || !ops) {
        QMessageBox::warning(this, tr("Edit system"),
                             !system ? system.error().message : ops.error().message);
        return;
    }
    SystemDialog dialog(m_repo, system.value(), ops.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit storeChanged();
}

void SystemsPage::deleteCurrent()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    Result<SystemInfo> found = m_repo.systemById(m_model->idAt(row));
    if (!found) {
        QMessageBox::warning(this, tr("Cannot delete"), found.error().message);
        return;
    }
    const SystemInfo s = found.value();
    if (QMessageBox::question(this, tr("Delete system"),
                              tr("Delete %1 and its indicator values? The audit log keeps a "
                                 "record of them.")
                                  .arg(s.name)) != QMessageBox::Yes)
        return;
    if (const Status st = m_repo.deleteSystem(s.id); !st) {
        QMessageBox::warning(this, tr("Cannot delete"), st.error().message);
        return;
    }
    reload();
    emit storeChanged();
}

void SystemsPage::importCsv()
{
    ImportDialog dialog(m_repo, ImportPreview::Kind::Systems, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit storeChanged();
    emit statusMessage(tr("Imported %n row(s).", nullptr, dialog.importedCount()));
}

void SystemsPage::exportCsv()
{
    const QString path = CsvExporter::exportRegistry(this, m_repo, ImportPreview::Kind::Systems);
    if (!path.isEmpty())
        emit statusMessage(tr("Exported to %1").arg(path));
}

} // namespace cii
