#pragma once

#include "storage/caserepository.h"

#include <QAbstractTableModel>

namespace cii {

// Systems with their newest identification case and the decision in force, for the
// identification page. A "show" filter narrows the rows (all, one outcome, awaiting decision,
// changed since the decision).
class SystemCaseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        System,
        Operator,
        Sector,
        Category,
        Engine,
        Decision,
        Status,
        Changed,
        Identified,
        ColumnCount
    };
    enum Show {
        All,
        Cii,
        NotCii,
        Insufficient,
        AwaitingDecision,
        ChangedSinceDecision,
        MlpsBelowThree
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QVector<SystemCaseRow> rows);
    void setShow(Show show);
    const SystemCaseRow &row(int r) const { return m_all.at(m_visible.at(r)); }
    int rowOfSystem(qint64 systemId) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool shown(const SystemCaseRow &r) const;
    void rebuild();

    QVector<SystemCaseRow> m_all;
    QVector<int> m_visible;
    Show m_show = All;
};

} // namespace cii
