#include "filterabletable.h"

#include "models/lazytablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cii {

FilterableTable::FilterableTable(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_count(new QLabel(this)),
      m_view(new QTableView(this))
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::DisplayRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            [this](const QString &text) { m_proxy->setFilterFixedString(text); });
    build(model, m_proxy);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &FilterableTable::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FilterableTable::updateCount);
}

FilterableTable::FilterableTable(LazyTableModel *model, QWidget *parent)
    : QWidget(parent), m_lazy(model), m_filter(new QLineEdit(this)), m_count(new QLabel(this)),
      m_view(new QTableView(this))
{
    // The database filters as the user types; each keystroke is one indexed query.
    connect(m_filter, &QLineEdit::textChanged, model,
            [model](const QString &text) { model->setFilterText(text); });
    build(model, model);
}

void FilterableTable::build(QAbstractItemModel *source, QAbstractItemModel *shown)
{
    m_source = source;
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_count->setObjectName(QStringLiteral("rowCount"));
    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_view->setModel(shown);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Every row the same height: the view never measures rows it does not show.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view);

    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit activatedSourceRow(toSource(index.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentSourceRowChanged(current.isValid() ? toSource(current.row()) : -1);
            });
    // A refresh keeps the selected row by its id.
    connect(shown, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_keptId = current.isValid() ? current.data(Qt::UserRole).toLongLong() : 0;
    });
    connect(shown, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (!m_keptId)
            return;
        QAbstractItemModel *model = m_view->model();
        int row = -1;
        if (m_lazy) {
            row = m_lazy->rowOfId(m_keptId);
        } else {
            const QModelIndexList found =
                model->match(model->index(0, 0), Qt::UserRole, m_keptId, 1, Qt::MatchExactly);
            row = found.isEmpty() ? -1 : found.first().row();
        }
        if (row >= 0) {
            const QModelIndex index = model->index(row, 0);
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_view->scrollTo(index);
        } else {
            emit currentSourceRowChanged(-1);
        }
    });
    retranslate();
}

int FilterableTable::toSource(int viewRow) const
{
    if (viewRow < 0)
        return -1;
    return m_proxy ? m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row() : viewRow;
}

int FilterableTable::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? toSource(current.row()) : -1;
}

void FilterableTable::selectSourceRow(int row)
{
    if (row < 0)
        return;
    const QModelIndex index =
        m_proxy ? m_proxy->mapFromSource(m_source->index(row, 0)) : m_source->index(row, 0);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

int FilterableTable::shownRowCount() const
{
    return m_view->model()->rowCount();
}

void FilterableTable::updateCount()
{
    const QLocale locale;
    const qint64 shown = shownRowCount();
    const qint64 all = m_lazy ? m_lazy->totalCount() : m_source->rowCount();
    m_count->setText(shown == all
                         ? tr("%Ln row(s)", nullptr, int(all))
                         : tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(all)));
    // Never cut by the filter box beside it, whatever the numbers.
    m_count->setMinimumWidth(m_count->sizeHint().width());
}

void FilterableTable::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F): type any part of a name, code or region"));
    updateCount();
}

} // namespace cii
