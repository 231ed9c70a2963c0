#include "deadlinemodel.h"

#include "domain/sector.h"
#include "schedule/deadlineengine.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cii {

void DeadlineModel::setItems(QVector<DeadlineItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void DeadlineModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeadlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DeadlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const DeadlineItem &i = m_items.at(index.row());
    if (role == Qt::BackgroundRole) {
        if (i.status == QLatin1String("overdue"))
            return QBrush(QColor(255, 205, 210));
        if (i.status == QLatin1String("due-soon"))
            return QBrush(QColor(255, 236, 179));
        return {};
    }
    if (role == Qt::ForegroundRole && i.done.isValid())
        return QBrush(i.status == QLatin1String("done-late") ? QColor(150, 60, 60)
                                                             : QColor(120, 120, 120));
    if (role == Qt::ToolTipRole)
        return i.done.isValid()
                   ? tr("Done on %1").arg(QLocale().toString(i.done, QLocale::ShortFormat))
                   : i.subject;
    if (role == SortRole) {
        if (index.column() == Due)
            return i.due;
        if (index.column() == Days)
            return i.days;
        if (index.column() == Status)
            return int(DeadlineEngine::statuses().indexOf(i.status));
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Due:
        return QLocale().toString(i.due, QLocale::ShortFormat);
    case Status:
        return DeadlineEngine::statusName(i.status);
    case Days:
        if (i.done.isValid())
            return i.days > 0 ? tr("%n day(s) late", nullptr, i.days) : tr("on time");
        return i.days < 0 ? tr("%n day(s) overdue", nullptr, -i.days)
                          : tr("%n day(s) left", nullptr, i.days);
    case Kind:
        return DeadlineEngine::kindName(i.kind);
    case Subject:
        return i.subject;
    case Sector: {
        const cii::Sector *s = cii::Sector::find(i.sector);
        return s ? s->displayName() : i.sector;
    }
    }
    return {};
}

QVariant DeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Days:
        return tr("Days");
    case Kind:
        return tr("Kind");
    case Subject:
        return tr("Subject");
    case Sector:
        return tr("Sector");
    }
    return {};
}

} // namespace cii
