#include "compliancehistorymodel.h"

#include "domain/chinatime.h"
#include "domain/complianceduty.h"

namespace cii {

void ComplianceHistoryModel::setFacts(QVector<ComplianceFact> facts)
{
    beginResetModel();
    m_facts = std::move(facts);
    endResetModel();
}

int ComplianceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int ComplianceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_facts.size())
        return {};
    const ComplianceFact &f = m_facts.at(index.row());
    const ComplianceDuty *duty = ComplianceDuty::find(f.duty);
    if (role == Qt::ToolTipRole && index.column() == Duty && duty)
        return QStringLiteral("%1 %2").arg(duty->articleName(), duty->name());
    if (role == Qt::ToolTipRole && index.column() == Value)
        return duty ? duty->shownValue(f.value) : f.value;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Recorded:
        return ChinaTime::display(f.recordedAt);
    case Duty:
        return duty ? duty->shortName() : f.duty; // the article and full name as tooltip
    case Value:
        return duty ? duty->shownValue(f.value) : f.value;
    case Date:
        return f.evidenceDate.toString(Qt::ISODate);
    case By:
        return f.recordedBy;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComplianceHistoryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Recorded:
        return tr("Recorded");
    case Duty:
        return tr("Duty");
    case Value:
        return tr("Value");
    case Date:
        return tr("Evidence date");
    case By:
        return tr("By");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cii
