#include "holidaycalendar.h"

#include "io/csvtable.h"

#include <QFile>

#include <algorithm>

namespace cii {

HolidayCalendar::HolidayCalendar(const QVector<CalendarDay> &days) : m_days(days)
{
    for (int i = 0; i < m_days.size(); ++i) {
        m_index.insert(m_days.at(i).date, i);
        m_years.insert(m_days.at(i).sourceYear);
    }
}

QList<int> HolidayCalendar::years() const
{
    QList<int> out = m_years.values();
    std::sort(out.begin(), out.end());
    return out;
}

bool HolidayCalendar::isRestDay(const QDate &date) const
{
    const auto it = m_index.constFind(date);
    if (it != m_index.constEnd())
        return m_days.at(*it).kind == QLatin1String("holiday");
    return date.dayOfWeek() >= Qt::Saturday;
}

LastDay HolidayCalendar::lastDay(const QDate &nominal) const
{
    LastDay out;
    out.date = nominal;
    if (!nominal.isValid())
        return out;
    out.calendarMissing = !covers(nominal.year());
    if (!isRestDay(nominal))
        return out;
    const auto it = m_index.constFind(nominal);
    if (it != m_index.constEnd()) {
        out.restNameZh = m_days.at(*it).nameZh;
        out.restNameEn = m_days.at(*it).nameEn;
    } else {
        out.restNameZh = QStringLiteral("周末");
        out.restNameEn = QStringLiteral("the weekend");
    }
    // A holiday block ends within days; the bound only guards against a malformed calendar.
    for (int i = 0; i < 366 && isRestDay(out.date); ++i) {
        out.date = out.date.addDays(1);
        if (!covers(out.date.year()))
            out.calendarMissing = true;
    }
    return out;
}

Result<QVector<CalendarDay>> HolidayCalendar::shipped()
{
    QFile f(QStringLiteral(":/calendar/cn-holidays.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(tr("the shipped holiday calendar is missing from the program"));
    return parseCsv(f.readAll());
}

Result<QVector<CalendarDay>> HolidayCalendar::parseCsv(const QByteArray &bytes)
{
    Result<QString> text = Csv::decode(bytes, Csv::Encoding::Auto);
    if (!text)
        return text.error();
    Result<CsvTable> table = Csv::parse(text.value());
    if (!table)
        return table.error();
    const CsvTable &t = table.value();
    const QStringList required = {QStringLiteral("date"), QStringLiteral("kind"),
                                  QStringLiteral("name_zh"), QStringLiteral("name_en")};
    QStringList problems;
    QHash<QString, int> column;
    for (int i = 0; i < t.header.size(); ++i)
        column.insert(t.header.at(i).trimmed(), i);
    for (const QString &name : required)
        if (!column.contains(name))
            problems << Csv::rowError(1, name, tr("the column is missing"));
    if (!problems.isEmpty())
        return Error::input(tr("the calendar file's header is not date,kind,name_zh,name_en"
                               "[,source_year]"),
                            problems);
    const int sourceColumn = column.value(QStringLiteral("source_year"), -1);

    QVector<CalendarDay> days;
    QHash<QDate, int> seenOnRow;
    for (int r = 0; r < t.rows.size(); ++r) {
        const QStringList &row = t.rows.at(r);
        const int n = t.rowNumbers.at(r);
        auto cell = [&](const QString &name) { return row.value(column.value(name)).trimmed(); };
        CalendarDay d;
        d.date = QDate::fromString(cell(QStringLiteral("date")), Qt::ISODate);
        d.kind = cell(QStringLiteral("kind"));
        d.nameZh = cell(QStringLiteral("name_zh"));
        d.nameEn = cell(QStringLiteral("name_en"));
        const int before = problems.size();
        if (!d.date.isValid())
            problems << Csv::rowError(
                n, QStringLiteral("date"),
                tr("\"%1\" is not a date (YYYY-MM-DD)").arg(cell(QStringLiteral("date"))));
        if (d.kind != QLatin1String("holiday") && d.kind != QLatin1String("workday"))
            problems << Csv::rowError(n, QStringLiteral("kind"),
                                      tr("\"%1\" is neither holiday nor workday").arg(d.kind));
        if (d.nameZh.isEmpty())
            problems << Csv::rowError(n, QStringLiteral("name_zh"), tr("the name is empty"));
        if (d.nameEn.isEmpty())
            d.nameEn = d.nameZh;
        d.sourceYear = d.date.year();
        if (sourceColumn >= 0 && !row.value(sourceColumn).trimmed().isEmpty()) {
            bool ok = false;
            d.sourceYear = row.value(sourceColumn).trimmed().toInt(&ok);
            if (!ok || d.sourceYear < 1949 || d.sourceYear > 9999)
                problems << Csv::rowError(
                    n, QStringLiteral("source_year"),
                    tr("\"%1\" is not a year").arg(row.value(sourceColumn).trimmed()));
        }
        if (problems.size() != before)
            continue;
        // A make-up working day is a weekend day by definition; a weekday "workday" is a typo.
        if (d.kind == QLatin1String("workday") && d.date.dayOfWeek() < Qt::Saturday)
            problems << Csv::rowError(n, QStringLiteral("kind"),
                                      tr("%1 is a weekday: only a Saturday or Sunday can be a "
                                         "make-up working day")
                                          .arg(d.date.toString(Qt::ISODate)));
        else if (seenOnRow.contains(d.date))
            problems << Csv::rowError(n, QStringLiteral("date"),
                                      tr("%1 is already listed on row %2")
                                          .arg(d.date.toString(Qt::ISODate))
                                          .arg(seenOnRow.value(d.date)));
        else {
            seenOnRow.insert(d.date, n);
            days << d;
        }
    }
    if (!problems.isEmpty())
        return Error::input(tr("the calendar file has %n bad row(s); nothing was imported", "",
                               int(problems.size())),
                            problems);
    if (days.isEmpty())
        return Error::input(tr("the calendar file has no days"));
    std::sort(days.begin(), days.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    return days;
}

} // namespace cii
