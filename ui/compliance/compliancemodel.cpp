#include "compliancemodel.h"

#include "domain/complianceduty.h"

#include <QBrush>
#include <QColor>

namespace cii {
namespace {

// The colours of the checklist: readable on white in both themes the app is shown in.
const QColor EvidencedText(0x1b, 0x6e, 0x2a);
const QColor EvidencedBack(0xe4, 0xf4, 0xe6);
const QColor MissingText(0x7a, 0x5a, 0x00);
const QColor MissingBack(0xfd, 0xf3, 0xd6);
const QColor OverdueText(0xa3, 0x12, 0x12);
const QColor OverdueBack(0xfb, 0xdd, 0xdd);

} // namespace

void ComplianceModel::setChecklist(QVector<OperatorCompliance> checklist)
{
    beginResetModel();
    m_all = std::move(checklist);
    refilter();
    endResetModel();
}

void ComplianceModel::setFilter(const QString &state, const QString &duty)
{
    beginResetModel();
    m_state = state;
    m_duty = duty;
    refilter();
    endResetModel();
}

bool ComplianceModel::shown(const OperatorCompliance &oc) const
{
    if (m_state.isEmpty())
        return true;
    for (const DutyStatus &s : oc.duties) {
        if (!m_duty.isEmpty() && s.duty != m_duty)
            continue;
        if (m_state == QLatin1String("gaps") ? s.state != DutyStatus::Evidenced
                                             : s.stateKey() == m_state)
            return true;
    }
    return false;
}

void ComplianceModel::refilter()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (shown(m_all.at(i)))
            m_rows << i;
}

const OperatorCompliance *ComplianceModel::operatorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_all.at(m_rows.at(row)) : nullptr;
}

int ComplianceModel::rowOfOperator(qint64 operatorId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_all.at(m_rows.at(r)).operatorId == operatorId)
            return r;
    return -1;
}

const ComplianceDuty *ComplianceModel::dutyOfColumn(int column)
{
    const QVector<ComplianceDuty> &all = ComplianceDuty::all();
    return column >= 1 && column <= all.size() ? &all.at(column - 1) : nullptr;
}

int ComplianceModel::columnOfDuty(const QString &key)
{
    const QVector<ComplianceDuty> &all = ComplianceDuty::all();
    for (int i = 0; i < all.size(); ++i)
        if (all.at(i).key == key)
            return i + 1;
    return -1;
}

int ComplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ComplianceDuty::all().size()) + 1;
}

QVariant ComplianceModel::data(const QModelIndex &index, int role) const
{
    const OperatorCompliance *oc = operatorAt(index.row());
    if (!oc)
        return {};
    if (role == Qt::UserRole)
        return oc->operatorId; // FilterableTable keeps the selection on it
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return oc->name;
        if (role == Qt::ToolTipRole)
            return tr("%1\nUnified social credit code: %2\n%3 evidenced, %4 missing, %5 overdue")
                .arg(oc->name, oc->uscc)
                .arg(oc->count(DutyStatus::Evidenced))
                .arg(oc->count(DutyStatus::Missing))
                .arg(oc->count(DutyStatus::Overdue));
        if (role == StateRole)
            return -1;
        return {};
    }
    const ComplianceDuty *duty = dutyOfColumn(index.column());
    const DutyStatus *s = duty ? oc->duty(duty->key) : nullptr;
    if (!s) {
        // Art. 21 binds once a merger, separation or dissolution happens.
        if (role == Qt::ToolTipRole && duty)
            return tr("%1 %2: no merger, separation or dissolution is on record")
                .arg(duty->articleName(), duty->name());
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x9e, 0x9e, 0x9e));
        if (role == Qt::DisplayRole)
            return tr("n/a", "compliance duty that has not arisen");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == StateRole)
            return -1;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (s->state) {
        // The month (ISO 8601 YYYY-MM) keeps thirteen duties on a 1366-pixel screen; the day
        // is in the tooltip and the profile.
        case DutyStatus::Evidenced:
            return QStringLiteral("✓ %1").arg(s->date.toString(QStringLiteral("yyyy-MM")));
        case DutyStatus::Overdue:
            return QStringLiteral("✗ %1").arg(s->due.toString(QStringLiteral("yyyy-MM")));
        case DutyStatus::Missing:
            break;
        }
        return tr("missing");
    case Qt::ForegroundRole:
        return QBrush(s->state == DutyStatus::Evidenced ? EvidencedText
                      : s->state == DutyStatus::Overdue ? OverdueText
                                                        : MissingText);
    case Qt::BackgroundRole:
        return QBrush(s->state == DutyStatus::Evidenced ? EvidencedBack
                      : s->state == DutyStatus::Overdue ? OverdueBack
                                                        : MissingBack);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case StateRole:
        return int(s->state);
    case Qt::ToolTipRole: {
        QStringList lines{QStringLiteral("%1 %2").arg(duty->articleName(), duty->name()),
                          DutyStatus::stateName(s->state)};
        if (s->factId)
            lines << tr("On record: %1 (evidence of %2)")
                         .arg(duty->shownValue(s->value), s->date.toString(Qt::ISODate));
        else if (s->date.isValid())
            lines << tr("Evidence of %1").arg(s->date.toString(Qt::ISODate));
        if (s->due.isValid())
            lines << (s->target ? tr("Due %1 (the department's target)")
                                : tr("Due %1 (legal last day)"))
                         .arg(s->due.toString(Qt::ISODate));
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    return {};
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const ComplianceDuty *duty = dutyOfColumn(section);
    // A word a line (第十五条 / 第（三）项): thirteen duties fit side by side at 1366 pixels.
    if (role == Qt::DisplayRole)
        return duty ? QStringLiteral("%1\n%2").arg(
                          duty->articleName().replace(QStringLiteral("条第"),
                                                      QStringLiteral("条\n第")),
                          duty->shortName().replace(QLatin1Char(' '), QLatin1Char('\n')))
                    : tr("Operator");
    if (role == Qt::ToolTipRole && duty)
        return QStringLiteral("%1 %2").arg(duty->articleName(), duty->name());
    return {};
}

void ComplianceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace cii
