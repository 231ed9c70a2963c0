#include "operatortablemodel.h"

#include "domain/sector.h"

#include <QRegularExpression>

namespace cii {

void OperatorTableModel::setOperators(QVector<OperatorInfo> operators)
{
    beginResetModel();
    m_operators = std::move(operators);
    endResetModel();
}

int OperatorTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_operators.size(); ++i) {
        if (m_operators.at(i).id == id)
            return i;
    }
    return -1;
}

void OperatorTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_operators.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OperatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_operators.size())
        return {};
    const OperatorInfo &o = m_operators.at(index.row());
    if (role == Qt::UserRole)
        return o.id;
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return role == Qt::DisplayRole ? QVariant(o.id) : QVariant();
    case Uscc:
        return o.uscc;
    case NameZh:
        return o.nameZh;
    case NameEn:
        return o.nameEn;
    case Sector: {
        const cii::Sector *s = cii::Sector::find(o.sector);
        return s ? s->displayName() : o.sector;
    }
    case Region:
        return o.region;
    case Contact:
        return QStringList{o.contactName, o.contactPhone, o.contactEmail}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(" · "));
    }
    return {};
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Uscc:
        return tr("Unified social credit code");
    case NameZh:
        return tr("Chinese name");
    case NameEn:
        return tr("English name");
    case Sector:
        return tr("Sector");
    case Region:
        return tr("Region");
    case Contact:
        return tr("Contact");
    }
    return {};
}

} // namespace cii
