#include "rowsource.h"

#include "storage/sqlread.h"

#include <QHash>

namespace cii {

std::function<SqlCondition(const QString &)>
RowSourceSpec::substringFilter(const SqlDialect &dialect, QStringList expressions)
{
    QStringList parts;
    for (const QString &e : expressions)
        parts << dialect.containsLower(e);
    return [parts](const QString &text) {
        SqlCondition c;
        for (int i = 0; i < parts.size(); ++i)
            c.binds << text.toLower();
        c.sql = QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
        return c;
    };
}

RowSource::RowSource(const Database &db, RowSourceSpec spec) : m_db(db), m_spec(std::move(spec))
{
    while (m_spec.sortKeys.size() < m_spec.columns.size())
        m_spec.sortKeys << QString();
}

void RowSource::setFilterText(const QString &text)
{
    m_filterText = text.trimmed();
}

void RowSource::setSort(int column, bool descending)
{
    m_sortColumn = column >= 0 && column < columnCount() ? column : -1;
    m_descending = descending;
}

QString RowSource::where(QVariantList *binds, bool withFilter) const
{
    QStringList conditions;
    auto add = [&](const SqlCondition &c) {
        if (c.isEmpty())
            return;
        conditions << QLatin1Char('(') + c.sql + QLatin1Char(')');
        *binds += c.binds;
    };
    add(m_spec.fixed);
    if (withFilter) {
        add(m_narrowing);
        if (!m_filterText.isEmpty() && m_spec.filter)
            add(m_spec.filter(m_filterText));
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString RowSource::keyFrom() const
{
    if (m_spec.keyFrom.isEmpty() || m_spec.sortNeedsJoins.contains(m_sortColumn))
        return m_spec.from;
    return m_spec.keyFrom;
}

Result<QVector<qint64>> RowSource::ids() const
{
    QVariantList binds;
    QString order = m_spec.id;
    const QLatin1String direction(m_descending ? " DESC" : "");
    if (m_sortColumn >= 0) {
        const QString key = m_spec.sortKeys.at(m_sortColumn).isEmpty()
                                ? m_spec.columns.at(m_sortColumn)
                                : m_spec.sortKeys.at(m_sortColumn);
        // NULLs (an undecided case, an empty date) first ascending, as SQLite sorts them.
        const SqlDialect &d = m_db.dialect();
        order = (m_descending ? d.descendingNullsLast(key) : d.ascendingNullsFirst(key)) +
                QStringLiteral(", ") + m_spec.id;
    }
    order += direction;
    const QString sqlText = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                                .arg(m_spec.id, keyFrom(), where(&binds, true), order);
    QVector<qint64> out;
    if (Status s = sql::select(m_db, sqlText, binds,
                               [&](const QSqlQuery &q) { out << q.value(0).toLongLong(); });
        !s)
        return s.error();
    return out;
}

Result<qint64> RowSource::total() const
{
    QVariantList binds;
    const QString sqlText =
        QStringLiteral("SELECT COUNT(*) FROM %1%2")
            .arg(m_spec.keyFrom.isEmpty() ? m_spec.from : m_spec.keyFrom, where(&binds, false));
    qint64 n = 0;
    if (Status s = sql::select(m_db, sqlText, binds,
                               [&](const QSqlQuery &q) { n = q.value(0).toLongLong(); });
        !s)
        return s.error();
    return n;
}

Result<QVector<QVariantList>> RowSource::rows(const QVector<qint64> &ids) const
{
    QVector<QVariantList> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    QVariantList binds;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        binds << id;
    }
    const QString sqlText = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 IN (%4)")
                                .arg(m_spec.id, m_spec.columns.join(QLatin1String(", ")),
                                     m_spec.from, marks.join(QLatin1Char(',')));
    QHash<qint64, QVariantList> byId;
    byId.reserve(ids.size());
    const int n = columnCount();
    if (Status s = sql::select(m_db, sqlText, binds,
                               [&](const QSqlQuery &q) {
                                   QVariantList row;
                                   row.reserve(n);
                                   for (int i = 1; i <= n; ++i)
                                       row << q.value(i);
                                   byId.insert(q.value(0).toLongLong(), row);
                               });
        !s)
        return s.error();
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << byId.value(id);
    return out;
}

} // namespace cii
