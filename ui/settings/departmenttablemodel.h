#pragma once

#include "domain/department.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cii {

// The departments other than the store's own (public security, state security, secrecy,
// cryptography, CAC and any added), one row each, for the Settings page.
class DepartmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, NameZh, NameEn, DocPrefix, Contact, Phone, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setDepartments(const QVector<Department> &departments);
    const Department &department(int row) const { return m_departments.at(row); }
    int rowOf(const QString &key) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Department> m_departments;
};

} // namespace cii
