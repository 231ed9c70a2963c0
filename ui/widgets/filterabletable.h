#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cii {

class LazyTableModel;

// A table with an instant filter and sorting by header click, and the count of rows shown
// ("12 of 100,000 shown"). Over a LazyTableModel the filter and the sort are the database's
// and the view shows the model itself; over any other model a proxy filters every column.
// The selection follows its row's id (Qt::UserRole) across refreshes.
class FilterableTable : public QWidget
{
    Q_OBJECT

public:
    explicit FilterableTable(QAbstractItemModel *model, QWidget *parent = nullptr);
    explicit FilterableTable(LazyTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The proxy over a small model; null over a LazyTableModel.
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    // The source row of the current selection, or -1.
    int currentSourceRow() const;
    void selectSourceRow(int row);
    int shownRowCount() const;
    void retranslate();

signals:
    void activatedSourceRow(int row);
    void currentSourceRowChanged(int row);

private:
    void build(QAbstractItemModel *source, QAbstractItemModel *shown);
    int toSource(int viewRow) const;
    void updateCount();

    QAbstractItemModel *m_source = nullptr;
    LazyTableModel *m_lazy = nullptr;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy = nullptr;
    qint64 m_keptId = 0;
};

} // namespace cii
