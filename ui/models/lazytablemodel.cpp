#include "lazytablemodel.h"

namespace cii {

LazyTableModel::LazyTableModel(QObject *parent) : QAbstractTableModel(parent) {}

LazyTableModel::~LazyTableModel() = default;

void LazyTableModel::setSource(std::unique_ptr<RowSource> source)
{
    m_source = std::move(source);
}

void LazyTableModel::refresh()
{
    reread(true);
}

void LazyTableModel::reread(bool withTotal)
{
    if (!m_source)
        return;
    Result<QVector<qint64>> ids = m_source->ids();
    // Unfiltered, the ids are every row: no second count.
    Result<qint64> total = ids && m_source->showsAll() ? Result<qint64>(ids.value().size())
                           : withTotal || !m_loaded    ? m_source->total()
                                                       : Result<qint64>(m_total);
    beginResetModel();
    m_loaded = true;
    m_blocks.clear();
    m_recent.clear();
    if (ids && total) {
        m_ids = std::move(ids.value());
        m_total = total.value();
        m_lastError.clear();
    } else {
        m_ids.clear();
        m_total = 0;
        m_lastError = !ids ? ids.error().message : total.error().message;
    }
    endResetModel();
    emit refreshed(m_lastError);
}

void LazyTableModel::setFilterText(const QString &text)
{
    if (!m_source || text.trimmed() == m_source->filterText())
        return;
    m_source->setFilterText(text);
    if (m_loaded)
        reread(false);
}

QString LazyTableModel::filterText() const
{
    return m_source ? m_source->filterText() : QString();
}

void LazyTableModel::setNarrowing(SqlCondition condition)
{
    if (!m_source)
        return;
    m_source->setNarrowing(std::move(condition));
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_source)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_source->sortColumn() == column && m_source->sortDescending() == descending)
        return;
    m_source->setSort(column, descending);
    if (!m_loaded)
        return; // the view sorting itself as it is set up: the first refresh reads in this order
    // Persistent indexes (the view's selection) follow their ids to the new rows.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> keptIds;
    keptIds.reserve(before.size());
    for (const QModelIndex &i : before)
        keptIds << idAt(i.row());
    Result<QVector<qint64>> ids = m_source->ids();
    m_blocks.clear();
    m_recent.clear();
    if (ids) {
        m_ids = std::move(ids.value());
        m_lastError.clear();
    } else {
        m_ids.clear();
        m_lastError = ids.error().message;
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfId(keptIds.at(i));
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit refreshed(m_lastError);
}

const QVariantList *LazyTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size() || !m_source)
        return nullptr;
    const int block = row / BlockSize;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        const int first = block * BlockSize;
        Result<QVector<QVariantList>> rows =
            fetch(m_ids.mid(first, qMin(BlockSize, int(m_ids.size()) - first)));
        if (!rows)
            return nullptr;
        completeBlock(rows.value());
        if (m_blocks.size() >= MaxBlocks) {
            m_blocks.remove(m_recent.takeFirst());
        }
        it = m_blocks.insert(block, std::move(rows.value()));
        m_recent.append(block);
    } else if (m_recent.constLast() != block) {
        m_recent.removeOne(block);
        m_recent.append(block);
    }
    const int offset = row - block * BlockSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

Result<QVector<QVariantList>> LazyTableModel::fetch(const QVector<qint64> &ids) const
{
    return m_source->rows(ids);
}

void LazyTableModel::dropCachedRow(int row)
{
    const int block = row / BlockSize;
    m_blocks.remove(block);
    m_recent.removeOne(block);
}

QVariantList LazyTableModel::rowValues(int row) const
{
    const QVariantList *values = rowAt(row);
    return values ? *values : QVariantList();
}

void LazyTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int LazyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant LazyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::UserRole)
        return idAt(index.row());
    const QVariantList *values = rowAt(index.row());
    if (!values || values->isEmpty())
        return {};
    return display(*values, index.column(), role);
}

} // namespace cii
