#pragma once

#include "domain/complianceduty.h"
#include "schedule/compliancechecklist.h"

#include <QAbstractTableModel>

namespace cii {

// The checklist as a table: operators of CII as rows, the duties of the catalogue as columns
// (the operator's name first). Each cell says its state in words and colour — evidenced ✓ with
// the evidence month on green, missing on amber, overdue on red with the month it was due — and
// its tooltip the article, the duty and what is on record. The page's state and duty filters
// choose the rows shown; the table's own filter box and sorting work over those.
class ComplianceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { StateRole = Qt::UserRole + 1 }; // the cell's DutyStatus::State, or -1
    using QAbstractTableModel::QAbstractTableModel;

    void setChecklist(QVector<OperatorCompliance> checklist);
    // Rows with `duty` (any duty when empty) in `state` ("gaps": missing or overdue; empty:
    // every row).
    void setFilter(const QString &state, const QString &duty);
    const QVector<OperatorCompliance> &checklist() const { return m_all; }
    const OperatorCompliance *operatorAt(int row) const;
    int rowOfOperator(qint64 operatorId) const;
    // The duty of a column (column 0 is the operator: null).
    static const ComplianceDuty *dutyOfColumn(int column);
    static int columnOfDuty(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void retranslate();

private:
    bool shown(const OperatorCompliance &oc) const;
    void refilter();

    QVector<OperatorCompliance> m_all;
    QVector<int> m_rows; // positions in m_all shown
    QString m_state;
    QString m_duty;
};

} // namespace cii
