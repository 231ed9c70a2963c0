#pragma once

#include "schedule/compliancechecklist.h"

#include <QAbstractTableModel>

namespace cii {

// One operator's duties as the checklist judged them: article, duty, state, evidence date,
// due date, the record in force.
class ComplianceProfileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Article, Duty, State, Date, Due, Value, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setProfile(const OperatorCompliance &profile);
    void clear();
    const DutyStatus *dutyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<DutyStatus> m_duties;
};

} // namespace cii
