#include "departmenttablemodel.h"

namespace cii {

void DepartmentTableModel::setDepartments(const QVector<Department> &departments)
{
    beginResetModel();
    m_departments.clear();
    for (const Department &d : departments)
        if (!d.own)
            m_departments << d;
    endResetModel();
}

int DepartmentTableModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_departments.size(); ++i)
        if (m_departments.at(i).key == key)
            return i;
    return -1;
}

void DepartmentTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DepartmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_departments.size());
}

int DepartmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepartmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_departments.size())
        return {};
    const Department &d = m_departments.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Key:
            return d.key;
        case NameZh:
            return d.nameZh;
        case NameEn:
            return d.nameEn;
        case DocPrefix:
            return d.docPrefix;
        case Contact:
            return d.contactName;
        case Phone:
            return d.contactPhone;
        default:
            return {};
        }
    }
    return {};
}

QVariant DepartmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case NameZh:
        return tr("Chinese name");
    case NameEn:
        return tr("English name");
    case DocPrefix:
        return tr("Document prefix");
    case Contact:
        return tr("Contact");
    case Phone:
        return tr("Telephone");
    default:
        return {};
    }
}

} // namespace cii
