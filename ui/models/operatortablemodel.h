#pragma once

#include "domain/operatorinfo.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cii {

// Operators as a table; the data comes from RegistryRepository.
class OperatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Uscc, NameZh, NameEn, Sector, Region, Contact, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOperators(QVector<OperatorInfo> operators);
    const OperatorInfo &operatorAt(int row) const { return m_operators.at(row); }
    int rowOf(qint64 id) const;
    // Labels and sector names follow the language; call after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<OperatorInfo> m_operators;
};

} // namespace cii
