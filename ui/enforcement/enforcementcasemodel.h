#pragma once

#include "domain/enforcementcase.h"
#include "schedule/holidaycalendar.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cii {

// The enforcement cases of the store (a department has tens, not thousands): operator,
// article, current step and the next date the case waits for, overdue ones in red.
class EnforcementCaseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Operator, Article, Step, NextDue, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setCases(const QVector<EnforcementCase> &cases, const HolidayCalendar &calendar,
                  const QDate &today);
    const EnforcementCase &caseAt(int row) const { return m_cases.at(row); }
    int rowOf(qint64 caseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<EnforcementCase> m_cases;
    QVector<QDate> m_nextDue;
    QDate m_today;
};

} // namespace cii
