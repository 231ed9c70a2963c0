#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <functional>

namespace cii {

class Database;
class SqlDialect;

// A condition and the values bound to its placeholders, in order.
struct SqlCondition
{
    QString sql;
    QVariantList binds;
    bool isEmpty() const { return sql.isEmpty(); }
};

// What a listable table is made of, in SQL; written by the repositories (core/storage) only.
struct RowSourceSpec
{
    QString from; // tables and joins
    // The table the ids are read from when neither the sort nor the conditions need
    // `from`'s joins (sorting 100,000 ids through a join costs ten times more); empty = from.
    QString keyFrom;
    QVector<int> sortNeedsJoins; // the columns whose sort key reads a joined table
    QString id;                  // an expression unique per row (the entity's id)
    QStringList columns;         // the select expression of each column, in the model's order
    QStringList sortKeys;        // per column the ORDER BY expression; empty = the column itself
    SqlCondition fixed;          // always applies (e.g. "not retired")
    // The condition for a filter text the user typed (never empty text).
    std::function<SqlCondition(const QString &text)> filter;

    // A filter matching `text` anywhere in any of `expressions` (case-insensitive for Latin
    // letters), for tables small enough to scan.
    static std::function<SqlCondition(const QString &)> substringFilter(const SqlDialect &dialect,
                                                                        QStringList expressions);
};

// A table read from the store on demand: the ids of its rows for the current filter and
// sort (one integer per row, so a view of 100,000 rows holds 800 KB of keys, never the rows),
// and the rows of any slice of those ids. Sorting and filtering are done by the database with
// the indexes the repositories provide.
class RowSource
{
public:
    RowSource(const Database &db, RowSourceSpec spec);

    int columnCount() const { return int(m_spec.columns.size()); }
    // The user's filter text (trimmed; empty shows every row).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // A further condition chosen on the page (e.g. "awaiting decision"); empty for none.
    void setNarrowing(SqlCondition condition) { m_narrowing = std::move(condition); }
    void setSort(int column, bool descending);
    int sortColumn() const { return m_sortColumn; }
    bool sortDescending() const { return m_descending; }

    // Neither a filter text nor a narrowing applies: ids() are all the rows (total()).
    bool showsAll() const { return m_filterText.isEmpty() && m_narrowing.isEmpty(); }
    // The rows' ids, filtered, narrowed and sorted (ties by id).
    Result<QVector<qint64>> ids() const;
    // How many rows there are before the filter text and the narrowing (the conditions
    // written for keyFrom, when there is one, must not need the joins).
    Result<qint64> total() const;
    // The rows with these ids, in the same order; a row deleted meanwhile is an empty list.
    Result<QVector<QVariantList>> rows(const QVector<qint64> &ids) const;

private:
    QString where(QVariantList *binds, bool withFilter) const;
    QString keyFrom() const;

    const Database &m_db;
    RowSourceSpec m_spec;
    QString m_filterText;
    SqlCondition m_narrowing;
    int m_sortColumn = -1;
    bool m_descending = false;
};

} // namespace cii
