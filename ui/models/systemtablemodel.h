#pragma once

#include "domain/systeminfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace cii {

// Systems as a table, with their operator's name and how many indicators are reported.
class SystemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Operator, Name, Category, Mlps, Status, Indicators, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setSystems(QVector<SystemInfo> systems, QHash<qint64, QString> operatorNames,
                    QHash<qint64, int> indicatorCounts);
    const SystemInfo &systemAt(int row) const { return m_systems.at(row); }
    int rowOf(qint64 id) const;
    void setIndicatorCount(qint64 systemId, int count);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<SystemInfo> m_systems;
    QHash<qint64, QString> m_operatorNames;
    QHash<qint64, int> m_indicatorCounts;
};

} // namespace cii
