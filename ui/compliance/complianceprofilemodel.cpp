#include "complianceprofilemodel.h"

#include "domain/complianceduty.h"

#include <QBrush>
#include <QColor>

namespace cii {

void ComplianceProfileModel::setProfile(const OperatorCompliance &profile)
{
    beginResetModel();
    m_duties = profile.duties;
    endResetModel();
}

void ComplianceProfileModel::clear()
{
    beginResetModel();
    m_duties.clear();
    endResetModel();
}

const DutyStatus *ComplianceProfileModel::dutyAt(int row) const
{
    return row >= 0 && row < m_duties.size() ? &m_duties.at(row) : nullptr;
}

int ComplianceProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_duties.size());
}

int ComplianceProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceProfileModel::data(const QModelIndex &index, int role) const
{
    const DutyStatus *s = dutyAt(index.row());
    if (!s)
        return {};
    const ComplianceDuty *duty = ComplianceDuty::find(s->duty);
    if (role == Qt::ForegroundRole && index.column() == State)
        return QBrush(s->state == DutyStatus::Evidenced ? QColor(0x1b, 0x6e, 0x2a)
                      : s->state == DutyStatus::Overdue ? QColor(0xa3, 0x12, 0x12)
                                                        : QColor(0x7a, 0x5a, 0x00));
    if (role == Qt::ToolTipRole && index.column() == Duty)
        return duty->name();
    if (role == Qt::ToolTipRole && index.column() == Value && s->factId)
        return duty->shownValue(s->value);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Article:
        return duty->articleName();
    case Duty:
        return duty->name();
    case State:
        return (s->state == DutyStatus::Evidenced ? QStringLiteral("✓ ")
                : s->state == DutyStatus::Overdue ? QStringLiteral("✗ ")
                                                  : QString()) +
               DutyStatus::stateName(s->state);
    case Date:
        return s->date.toString(Qt::ISODate);
    case Due:
        if (!s->due.isValid())
            return QString();
        return s->target ? tr("%1 (target)").arg(s->due.toString(Qt::ISODate))
                         : s->due.toString(Qt::ISODate);
    case Value:
        if (s->factId)
            return duty->shownValue(s->value);
        return duty->isRecorded() ? QString() : tr("from the deadline records");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComplianceProfileModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Article:
        return tr("Article");
    case Duty:
        return tr("Duty");
    case State:
        return tr("State");
    case Date:
        return tr("Evidence date");
    case Due:
        return tr("Due");
    case Value:
        return tr("On record");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cii
