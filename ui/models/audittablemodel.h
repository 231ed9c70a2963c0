#pragma once

#include "storage/auditlog.h"

#include <QAbstractTableModel>

namespace cii {

// The newest audit records, read-only.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, When, User, Action, Entity, Change, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QVector<AuditRecord> records);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<AuditRecord> m_records;
};

} // namespace cii
