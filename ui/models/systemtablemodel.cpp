#include "systemtablemodel.h"

namespace cii {

void SystemTableModel::setSystems(QVector<SystemInfo> systems, QHash<qint64, QString> operatorNames,
                                  QHash<qint64, int> indicatorCounts)
{
    beginResetModel();
    m_systems = std::move(systems);
    m_operatorNames = std::move(operatorNames);
    m_indicatorCounts = std::move(indicatorCounts);
    endResetModel();
}

int SystemTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_systems.size(); ++i) {
        if (m_systems.at(i).id == id)
            return i;
    }
    return -1;
}

void SystemTableModel::setIndicatorCount(qint64 systemId, int count)
{
    m_indicatorCounts.insert(systemId, count);
    const int row = rowOf(systemId);
    if (row >= 0)
        emit dataChanged(index(row, Indicators), index(row, Indicators));
}

void SystemTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_systems.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SystemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_systems.size());
}

int SystemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SystemTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_systems.size())
        return {};
    const SystemInfo &s = m_systems.at(index.row());
    if (role == Qt::UserRole)
        return s.id;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Id || index.column() == Mlps || index.column() == Indicators))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return s.description;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return s.id;
    case Operator:
        return m_operatorNames.value(s.operatorId);
    case Name:
        return s.name;
    case Category:
        return SystemInfo::categoryName(s.category);
    case Mlps:
        return s.mlpsLevel;
    case Status:
        return SystemInfo::statusName(s.status);
    case Indicators:
        return m_indicatorCounts.value(s.id);
    }
    return {};
}

QVariant SystemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Operator:
        return tr("Operator");
    case Name:
        return tr("System");
    case Category:
        return tr("Category");
    case Mlps:
        return tr("MLPS level");
    case Status:
        return tr("Status");
    case Indicators:
        return tr("Indicators reported");
    }
    return {};
}

} // namespace cii
