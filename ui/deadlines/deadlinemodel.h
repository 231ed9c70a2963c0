#pragma once

#include "schedule/deadlineitem.h"

#include <QAbstractTableModel>

namespace cii {

// The due list, coloured by urgency: overdue red, due soon amber, done grey. Each item shows
// its nominal date and its legal last day (amber where the holiday calendar lacks the year),
// and its basis, with the article's text on hover.
class DeadlineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, LastDay, Status, Days, Kind, Basis, Subject, Sector, ColumnCount };
    // Sorts dates as dates and days as numbers.
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(QVector<DeadlineItem> items);
    const DeadlineItem &item(int row) const { return m_items.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Art. 11", or "Art. 10 (target)" for a department's own date.
    static QString basisName(const DeadlineItem &item);

private:
    static QString basisToolTip(const DeadlineItem &item);
    static QString lastDayToolTip(const DeadlineItem &item);

    QVector<DeadlineItem> m_items;
};

} // namespace cii
