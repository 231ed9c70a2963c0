#pragma once

#include "result.h"
#include "storage/database.h"
#include "storage/storeerror.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <QVector>

#include <optional>

// Read helpers shared by the repositories in core/storage (and only by them).
namespace cii::sql {

// The time of a write as stored: UTC, ISO 8601.
inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// A stored date column (TEXT YYYY-MM-DD or NULL).
inline QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// Runs a read-only query and hands each row to `row` (which may read more: on PostgreSQL
// the rows are then fetched whole first, see SqlDialect::streamsBesideOtherStatements).
template <typename F>
Status select(const Database &db, const QString &sql, const QVariantList &binds, F row)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(db.dialect().streamsBesideOtherStatements());
    if (!q.prepare(sql))
        return StoreError::from(q.lastError(), db.location());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return StoreError::from(q.lastError(), db.location());
    while (q.next())
        row(q);
    // next() is false at the end of the rows and also when a step failed: a damaged page is
    // an error, never a short list.
    if (q.lastError().isValid())
        return StoreError::from(q.lastError(), db.location());
    return {};
}

// All rows of a query, each mapped by `from`.
template <typename T>
Result<QVector<T>> selectList(const Database &db, const QString &sql, const QVariantList &binds,
                              T (*from)(const QSqlQuery &))
{
    QVector<T> out;
    if (Status s = select(db, sql, binds, [&](const QSqlQuery &q) { out.push_back(from(q)); }); !s)
        return s.error();
    return out;
}

// The one row of a query, or an input error saying what was not found.
template <typename T>
Result<T> selectOne(const Database &db, const QString &sql, qint64 id, T (*from)(const QSqlQuery &),
                    const QString &notFound)
{
    std::optional<T> found;
    if (Status s = select(db, sql, {id}, [&](const QSqlQuery &q) { found = from(q); }); !s)
        return s.error();
    if (!found)
        return Error::input(notFound);
    return *found;
}

} // namespace cii::sql
