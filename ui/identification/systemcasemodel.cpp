#include "systemcasemodel.h"

#include "domain/sector.h"
#include "domain/systeminfo.h"
#include "i18n/language.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace cii {

void SystemCaseModel::setRows(QVector<SystemCaseRow> rows)
{
    beginResetModel();
    m_all = std::move(rows);
    rebuild();
    endResetModel();
}

void SystemCaseModel::setShow(Show show)
{
    beginResetModel();
    m_show = show;
    rebuild();
    endResetModel();
}

bool SystemCaseModel::shown(const SystemCaseRow &r) const
{
    switch (m_show) {
    case All:
        return true;
    case Cii:
        return r.latest.id && r.latest.currentOutcome() == Outcome::Cii;
    case NotCii:
        return r.latest.id && r.latest.currentOutcome() == Outcome::NotCii;
    case Insufficient:
        return r.latest.id && r.latest.currentOutcome() == Outcome::Insufficient;
    case AwaitingDecision:
        return r.latest.id && !r.latest.isDecided();
    case ChangedSinceDecision:
        return r.changedSinceDecision();
    case MlpsBelowThree:
        return r.needsMlpsFollowUp();
    }
    return true;
}

void SystemCaseModel::rebuild()
{
    m_visible.clear();
    m_visible.reserve(m_all.size());
    for (int i = 0; i < m_all.size(); ++i) {
        if (shown(m_all.at(i)))
            m_visible << i;
    }
}

int SystemCaseModel::rowOfSystem(qint64 systemId) const
{
    for (int i = 0; i < m_visible.size(); ++i) {
        if (m_all.at(m_visible.at(i)).systemId == systemId)
            return i;
    }
    return -1;
}

void SystemCaseModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_visible.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SystemCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int SystemCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SystemCaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const SystemCaseRow &r = row(index.row());
    const IdentificationCase &c = r.latest;
    if (role == Qt::UserRole)
        return r.systemId;
    if (role == Qt::BackgroundRole && c.id && !c.isDecided() && c.outcome == Outcome::Insufficient)
        return QBrush(QColor(255, 236, 179)); // amber: data missing
    if (role == Qt::ForegroundRole && index.column() == Changed && r.changedSinceDecision())
        return QBrush(QColor(176, 0, 32));
    if (role == Qt::FontRole && index.column() == Engine && c.id && !c.isDecided()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && index.column() == Decision && r.needsMlpsFollowUp())
        return QBrush(QColor(176, 0, 32));
    if (role == Qt::ToolTipRole && index.column() == Decision && r.needsMlpsFollowUp())
        return tr("Identified as CII but protected at MLPS level %1: CII is expected to be "
                  "protected at level 3 or above. Follow this up with the operator.")
            .arg(r.mlpsLevel);
    if (role == Qt::ToolTipRole && c.isOverride())
        return tr("Overridden: %1").arg(c.overrideReason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case System:
        return r.systemName;
    case Operator:
        return Language::pick(r.operatorNameZh, r.operatorNameEn);
    case Sector: {
        const cii::Sector *s = cii::Sector::find(r.sector);
        return s ? s->displayName() : r.sector;
    }
    case Category:
        return SystemInfo::categoryName(r.category);
    case Engine:
        return c.id ? IdentificationCase::outcomeName(c.outcome) : tr("Not identified");
    case Decision:
        if (r.decisionInForce.isEmpty())
            return QString();
        if (r.needsMlpsFollowUp())
            //: The decision in force, then a warning that its MLPS level is below 3.
            return tr("%1 — MLPS %2 < 3")
                .arg(IdentificationCase::outcomeName(r.decisionInForce))
                .arg(r.mlpsLevel);
        return IdentificationCase::outcomeName(r.decisionInForce);
    case Status:
        return c.id ? IdentificationCase::statusName(c.status) : QString();
    case Changed:
        return r.changedSinceDecision() ? tr("Changed") : QString();
    case Identified:
        return c.id ? QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat)
                    : QString();
    }
    return {};
}

QVariant SystemCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case System:
        return tr("System");
    case Operator:
        return tr("Operator");
    case Sector:
        return tr("Sector");
    case Category:
        return tr("Category");
    case Engine:
        return tr("Engine result");
    case Decision:
        return tr("Decision in force");
    case Status:
        return tr("Case status");
    case Changed:
        return tr("Since decision");
    case Identified:
        return tr("Identified");
    }
    return {};
}

} // namespace cii
