#include "deadlinemodel.h"

#include "domain/legalbasis.h"
#include "domain/sector.h"
#include "i18n/language.h"
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
    if (role == Qt::BackgroundRole && index.column() == LastDay && i.calendarMissing)
        return QBrush(QColor(255, 213, 128));
    if (role == Qt::ToolTipRole && index.column() == LastDay)
        return lastDayToolTip(i);
    if (role == Qt::ToolTipRole && index.column() == Basis)
        return basisToolTip(i);
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
        if (index.column() == LastDay)
            return i.lastDay;
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
        return i.due.toString(Qt::ISODate);
    case LastDay:
        if (i.lastDay == i.due)
            return i.calendarMissing ? tr("%1 (no calendar)").arg(i.lastDay.toString(Qt::ISODate))
                                     : i.lastDay.toString(Qt::ISODate);
        return tr("%1 after %2")
            .arg(i.lastDay.toString(Qt::ISODate), Language::pick(i.lastDayRestZh, i.lastDayRestEn));
    case Basis:
        return basisName(i);
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

QString DeadlineModel::basisName(const DeadlineItem &i)
{
    const QString article = LegalBasis::citation(i.basis, Language::isChinese())
                                .remove(QStringLiteral("《关键信息基础设施安全保护条例》"));
    //: A deadline the department set itself, not one the law fixes.
    return i.statutory ? article : tr("%1 (target)").arg(article);
}

QString DeadlineModel::basisToolTip(const DeadlineItem &i)
{
    QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                      .arg(LegalBasis::citation(i.basis, Language::isChinese()).toHtmlEscaped(),
                           LegalBasis::text(i.basis, Language::isChinese()).toHtmlEscaped());
    if (i.kind == QLatin1String("reidentification"))
        tip += QStringLiteral("<p>%1</p>")
                   .arg(tr("Read as: the three months cover the re-identification decision and "
                           "both notifications, to the operator and to the MPS. The item is done "
                           "when the later notification is recorded."));
    else if (!i.statutory)
        tip += QStringLiteral("<p>%1</p>")
                   .arg(tr("The law fixes no date here: this is the department's own target, "
                           "not a legal deadline."));
    return tip;
}

QString DeadlineModel::lastDayToolTip(const DeadlineItem &i)
{
    QString tip = QStringLiteral("<p>%1</p>").arg(DeadlineEngine::periodText(i).toHtmlEscaped());
    if (i.lastDay != i.due)
        tip +=
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(LegalBasis::citation(QStringLiteral("Civil Code Art. 203"),
                                          Language::isChinese())
                         .toHtmlEscaped(),
                     LegalBasis::text(QStringLiteral("Civil Code Art. 203"), Language::isChinese())
                         .toHtmlEscaped());
    if (i.calendarMissing)
        tip +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("The holiday calendar has no arrangement for %1, so only weekends are "
                        "taken as rest days. Import that year's arrangement on the Settings page "
                        "when the State Council publishes it.")
                         .arg(i.due.year()));
    return tip;
}

QVariant DeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case LastDay:
        return tr("Last day");
    case Basis:
        return tr("Basis");
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
