#pragma once

#include "models/lazytablemodel.h"

namespace cii {

class Database;

// Operators as a table, read from the store on demand (ListSources::operators).
class OperatorTableModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Uscc, NameZh, NameEn, Sector, Region, Contact, ColumnCount };

    explicit OperatorTableModel(const Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant display(const QVariantList &values, int column, int role) const override;
};

} // namespace cii
