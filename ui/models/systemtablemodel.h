#pragma once

#include "models/lazytablemodel.h"

namespace cii {

class Database;

// Systems as a table with their operator's name and how many indicators are reported, read
// from the store on demand (ListSources::systems).
class SystemTableModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Operator, Name, Category, Mlps, Status, Indicators, ColumnCount };

    explicit SystemTableModel(const Database &db, QObject *parent = nullptr);

    // The name shown for a row (e.g. in the indicator pane's title).
    QString nameAt(int row) const;
    // A row's values changed in the store (an indicator saved): re-read the rows on screen.
    void rowChanged(qint64 systemId);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant display(const QVariantList &values, int column, int role) const override;
};

} // namespace cii
