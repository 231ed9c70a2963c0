#include "calendarrepository.h"

#include "storage/database.h"
#include "storage/sqlread.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace cii {

Result<HolidayCalendar> CalendarRepository::calendar() const
{
    Result<QVector<CalendarDay>> all = days();
    if (!all)
        return all.error();
    return HolidayCalendar(all.value());
}

Result<QVector<CalendarDay>> CalendarRepository::days(int year) const
{
    QVector<CalendarDay> out;
    if (Status s = forEachDay(year, [&](const CalendarDay &d) { out << d; }); !s)
        return s.error();
    return out;
}

Status CalendarRepository::forEachDay(int year,
                                      const std::function<void(const CalendarDay &)> &each) const
{
    QString sql =
        QStringLiteral("SELECT date, kind, name_zh, name_en, source_year FROM calendar_days");
    QVariantList binds;
    if (year != 0) {
        // A year's own days and those its notice arranged in a neighbouring year.
        sql += QStringLiteral(" WHERE source_year = ? OR date LIKE ?");
        binds << year << QStringLiteral("%1-%").arg(year);
    }
    sql += QStringLiteral(" ORDER BY date");
    return sql::select(m_db, sql, binds, [&](const QSqlQuery &q) {
        each(CalendarDay{sql::dateOf(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toInt()});
    });
}

Result<QList<int>> CalendarRepository::import(const QVector<CalendarDay> &days)
{
    QSet<int> yearSet;
    for (const CalendarDay &d : days)
        yearSet.insert(d.sourceYear);
    QList<int> years = yearSet.values();
    std::sort(years.begin(), years.end());
    Status written = m_db.write([&](WriteTransaction &tx) -> Status {
        QJsonObject before;
        for (int year : years) {
            Result<QSqlQuery *> count = tx.exec(
                QStringLiteral("SELECT COUNT(*) FROM calendar_days WHERE source_year = ?"), {year});
            if (!count)
                return count.error();
            count.value()->next();
            before.insert(QString::number(year), count.value()->value(0).toInt());
            count.value()->finish();
            if (auto r = tx.exec(QStringLiteral("DELETE FROM calendar_days WHERE source_year = ?"),
                                 {year});
                !r)
                return r.error();
        }
        for (const CalendarDay &d : days) {
            // A date arranged by another year's notice is replaced by the newer notice.
            if (auto r = tx.exec(
                    QStringLiteral("INSERT INTO calendar_days (date, kind, name_zh, name_en, "
                                   "source_year) VALUES (?, ?, ?, ?, ?) ON CONFLICT (date) DO "
                                   "UPDATE SET kind = excluded.kind, name_zh = excluded.name_zh, "
                                   "name_en = excluded.name_en, "
                                   "source_year = excluded.source_year"),
                    {d.date.toString(Qt::ISODate), d.kind, d.nameZh, d.nameEn, d.sourceYear});
                !r)
                return r.error();
        }
        QJsonArray yearsJson;
        QStringList yearsText;
        for (int y : years) {
            yearsJson.append(y);
            yearsText << QString::number(y);
        }
        return tx.audit(QStringLiteral("import"), QStringLiteral("calendar"),
                        yearsText.join(QLatin1Char(',')),
                        QJsonObject{{QStringLiteral("days_by_year"), before}},
                        QJsonObject{{QStringLiteral("years"), yearsJson},
                                    {QStringLiteral("days"), int(days.size())}});
    });
    if (!written)
        return written.error();
    return years;
}

} // namespace cii
