#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cii {

// A table with an instant filter over every column and sorting by header click.
class FilterableTable : public QWidget
{
    Q_OBJECT

public:
    explicit FilterableTable(QAbstractItemModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    // The source row of the current selection, or -1.
    int currentSourceRow() const;
    void selectSourceRow(int row);
    void retranslate();

signals:
    void activatedSourceRow(int row);
    void currentSourceRowChanged(int row);

private:
    QLineEdit *m_filter;
    QTableView *m_view;
    QSortFilterProxyModel *m_proxy;
};

} // namespace cii
