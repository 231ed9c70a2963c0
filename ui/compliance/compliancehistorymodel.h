#pragma once

#include "domain/compliancefact.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cii {

// Every record of one operator's compliance evidence, newest first: none is ever changed or
// deleted, the newest of each duty is the one in force.
class ComplianceHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Recorded, Duty, Value, Date, By, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setFacts(QVector<ComplianceFact> facts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<ComplianceFact> m_facts;
};

} // namespace cii
