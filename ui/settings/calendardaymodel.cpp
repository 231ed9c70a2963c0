#include "calendardaymodel.h"

#include "i18n/displaynames.h"
#include "i18n/language.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cii {

void CalendarDayModel::setDays(QVector<CalendarDay> days)
{
    beginResetModel();
    m_days = std::move(days);
    endResetModel();
}

void CalendarDayModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_days.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CalendarDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int CalendarDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarDayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size())
        return {};
    const CalendarDay &d = m_days.at(index.row());
    const bool holiday = d.kind == QLatin1String("holiday");
    if (role == Qt::ForegroundRole && index.column() == Kind)
        return QBrush(holiday ? QColor(176, 0, 32) : QColor(27, 94, 32));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return DisplayNames::date(d.date);
    case Weekday:
        return QLocale().dayName(d.date.dayOfWeek(), QLocale::ShortFormat);
    case Kind:
        return holiday ? tr("Holiday") : tr("Make-up working day");
    case Name:
        return Language::pick(d.nameZh, d.nameEn);
    }
    return {};
}

QVariant CalendarDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Weekday:
        return tr("Weekday");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    }
    return {};
}

} // namespace cii
