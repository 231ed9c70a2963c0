#include "enforcementcasemodel.h"

#include "domain/enforcementarticle.h"
#include "i18n/language.h"
#include "schedule/enforcementprocedure.h"

#include <QBrush>
#include <QColor>

namespace cii {

void EnforcementCaseModel::setCases(const QVector<EnforcementCase> &cases,
                                    const HolidayCalendar &calendar, const QDate &today)
{
    beginResetModel();
    m_cases = cases;
    m_today = today;
    m_nextDue.clear();
    for (const EnforcementCase &c : m_cases)
        m_nextDue << EnforcementProcedure::nextDue(c, calendar);
    endResetModel();
}

int EnforcementCaseModel::rowOf(qint64 caseId) const
{
    for (int i = 0; i < m_cases.size(); ++i)
        if (m_cases.at(i).id == caseId)
            return i;
    return -1;
}

int EnforcementCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int EnforcementCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnforcementCaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const EnforcementCase &c = m_cases.at(index.row());
    const QDate due = m_nextDue.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == NextDue && due.isValid() && due < m_today)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return c.id;
    case Operator:
        return c.operatorName;
    case Article: {
        const EnforcementArticle *a = EnforcementArticle::find(c.article);
        return a ? a->citation(Language::isChinese()) : c.article;
    }
    case Step:
        return EnforcementStep::kindName(c.step());
    case NextDue:
        return due.isValid() ? due.toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QVariant EnforcementCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Case");
    case Operator:
        return tr("Operator");
    case Article:
        return tr("Article");
    case Step:
        return tr("Step");
    case NextDue:
        return tr("Next due");
    default:
        return {};
    }
}

} // namespace cii
