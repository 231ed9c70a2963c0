#pragma once

#include "storage/rowsource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

namespace cii {

// A table model over a RowSource: it holds the ids of the rows (the filter and the sort are
// the database's) and fetches the rows themselves a block at a time, keeping at most
// a bounded number of blocks. Subclasses say how a stored value is shown.
class LazyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int BlockSize = 200;
    static constexpr int MaxBlocks = 40; // at most 8,000 rows in memory

    explicit LazyTableModel(QObject *parent = nullptr);
    ~LazyTableModel() override;

    // Re-reads the ids and the total (after a write); the blocks are dropped.
    void refresh();
    void setFilterText(const QString &text);
    QString filterText() const;
    // Takes effect at the next refresh().
    void setNarrowing(SqlCondition condition);
    // Refreshed at least once.
    bool isLoaded() const { return m_loaded; }
    // Rows before the filter text and the narrowing.
    qint64 totalCount() const { return m_total; }
    // The ids of every row, in order (e.g. "the systems the filter shows").
    const QVector<qint64> &ids() const { return m_ids; }
    qint64 idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0; }
    int rowOfId(qint64 id) const { return id ? int(m_ids.indexOf(id)) : -1; }
    // The stored values of a row (fetched if needed); empty for a row out of range.
    QVariantList rowValues(int row) const;
    // Blocks in memory now (for tests of the bound).
    int cachedBlocks() const { return int(m_blocks.size()); }
    QString lastError() const { return m_lastError; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // The rows were re-read; `error` is empty when that worked.
    void refreshed(const QString &error);

protected:
    // Subclasses build the source (in their constructor), give columnCount() (the source's
    // first columns, in order; it may hold more values after them) and say how values are
    // shown.
    void setSource(std::unique_ptr<RowSource> source);
    RowSource *source() const { return m_source.get(); }
    // Forgets the cached block holding `row`, so its values are read again.
    void dropCachedRow(int row);
    virtual QVariant display(const QVariantList &values, int column, int role) const = 0;
    // The values of the rows with these ids, in that order (an empty list for a row gone);
    // by default the source's columns.
    virtual Result<QVector<QVariantList>> fetch(const QVector<qint64> &ids) const;
    // Called with each block as it is read, before it is cached: a subclass may fill in
    // values SQL does not give (computed for the block's rows at once, and dropped with it).
    virtual void completeBlock(QVector<QVariantList> &rows) const { Q_UNUSED(rows) }

private:
    const QVariantList *rowAt(int row) const;
    // Re-reads the ids only (a change of filter or narrowing), the total being unchanged.
    void reread(bool withTotal);

    std::unique_ptr<RowSource> m_source;
    QVector<qint64> m_ids;
    qint64 m_total = 0;
    // Until the first refresh a sort or a filter is only remembered: a page built with its
    // window reads nothing before it is first shown.
    bool m_loaded = false;
    QString m_lastError;
    mutable QHash<int, QVector<QVariantList>> m_blocks;
    mutable QList<int> m_recent; // block numbers, most recently used last
};

} // namespace cii
