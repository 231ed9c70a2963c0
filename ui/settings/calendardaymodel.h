#pragma once

#include "schedule/holidaycalendar.h"

#include <QAbstractTableModel>

namespace cii {

// The days of a year's holiday arrangement: date, weekday, holiday or make-up working day,
// name in the current language.
class CalendarDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Weekday, Kind, Name, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setDays(QVector<CalendarDay> days);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<CalendarDay> m_days;
};

} // namespace cii
