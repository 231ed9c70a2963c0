#pragma once

#include "schedule/deadlinelist.h"

#include <QAbstractTableModel>

#include <memory>

namespace cii {

// The due list, coloured by urgency: overdue red, due soon amber, done grey. Each item shows
// its nominal date and its legal last day (amber where the holiday calendar lacks the year),
// and its basis, with the article's text on hover.
//
// At 80,000 items the model holds no item objects: it shares the engine's compact
// DeadlineList (a few megabytes, computed off the GUI thread) and keeps only the positions of
// the rows shown, in their order; each cell's text is made when the view asks for it, which
// is for the few dozen rows on screen. Sorting is done here on the rows' own keys (dates and
// numbers compare without making text), so the view's proxy need not sort.
class DeadlineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Due, LastDay, Status, Days, Kind, Basis, Subject, Sector, ColumnCount };
    // Sorts dates as dates and days as numbers.
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // Shows `rows` (positions in `list`), sorted by the model's current sort column.
    void setRows(std::shared_ptr<const DeadlineList> list, QVector<int> rows);
    // The item shown in `row`, its texts made now.
    DeadlineItem item(int row) const;
    // The position in the list of the item shown in `row`.
    int listRow(int row) const { return m_rows.at(row); }
    const DeadlineList *list() const { return m_list.get(); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // "Art. 11", or "Art. 10 (target)" for a department's own date.
    static QString basisName(const DeadlineItem &item);

private:
    QString displayText(int listRow, int column) const;
    QVariant sortKey(int listRow, int column) const;
    void sortRows();
    static QString basisToolTip(const DeadlineItem &item);
    static QString lastDayToolTip(const DeadlineItem &item);

    std::shared_ptr<const DeadlineList> m_list;
    QVector<int> m_rows;
    int m_sortColumn = Due;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cii
