#include "deadlinemodel.h"

#include "domain/chinatime.h"
#include "domain/legalbasis.h"
#include "domain/sector.h"
#include "i18n/displaynames.h"
#include "i18n/language.h"
#include "schedule/deadlineengine.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace cii {

void DeadlineModel::setRows(std::shared_ptr<const DeadlineList> list, QVector<int> rows)
{
    beginResetModel();
    m_list = std::move(list);
    m_rows = std::move(rows);
    sortRows();
    endResetModel();
}

DeadlineItem DeadlineModel::item(int row) const
{
    return m_list->item(m_rows.at(row));
}

void DeadlineModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeadlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int at = m_rows.at(index.row());
    const DeadlineList::Row &r = m_list->row(at);
    const cii::LastDay &last = m_list->lastDayOf(at);
    const bool done = r.done.isValid();
    if (role == Qt::BackgroundRole && index.column() == LastDay && last.calendarMissing)
        return QBrush(QColor(255, 213, 128));
    if (role == Qt::ToolTipRole && index.column() == LastDay)
        return lastDayToolTip(m_list->item(at));
    if (role == Qt::ToolTipRole && index.column() == Basis)
        return basisToolTip(m_list->item(at));
    if (role == Qt::BackgroundRole) {
        if (r.status == DeadlineList::Overdue)
            return QBrush(QColor(255, 205, 210));
        if (r.status == DeadlineList::DueSoon)
            return QBrush(QColor(255, 236, 179));
        return {};
    }
    if (role == Qt::ForegroundRole && done)
        return QBrush(r.status == DeadlineList::DoneLate ? QColor(150, 60, 60)
                                                         : QColor(120, 120, 120));
    if (role == Qt::ToolTipRole)
        return done ? tr("Done on %1").arg(DisplayNames::date(r.done)) : m_list->subject(at);
    if (role == SortRole)
        return sortKey(at, index.column());
    if (role == Qt::UserRole) {
        // The row's identity for the table to keep it selected across a reload: its kind and
        // subject, and for an assessment (one a year per system) its year.
        return (qint64(r.kind + 1) << 58) | (r.subjectId << 14) | (r.due.year() & 0x3fff);
    }
    if (role != Qt::DisplayRole)
        return {};
    return displayText(at, index.column());
}

QVariant DeadlineModel::sortKey(int at, int column) const
{
    const DeadlineList::Row &r = m_list->row(at);
    switch (column) {
    case Due:
        return r.due;
    case LastDay:
        return m_list->lastDayOf(at).date;
    case Days:
        return r.days;
    case Status:
        return int(r.status);
    }
    return displayText(at, column);
}

QString DeadlineModel::displayText(int at, int column) const
{
    const DeadlineList::Row &r = m_list->row(at);
    // An incident's report is due to the minute (2025 reporting measures): its time is shown.
    const QDateTime dueAt = m_list->timed(at) ? m_list->dueAt(at) : QDateTime();
    switch (column) {
    case Due:
        return dueAt.isValid() ? ChinaTime::display(dueAt) : DisplayNames::date(r.due);
    case LastDay: {
        if (dueAt.isValid())
            return ChinaTime::display(dueAt);
        const cii::LastDay &last = m_list->lastDayOf(at);
        if (last.date == r.due)
            return last.calendarMissing ? tr("%1 (no calendar)").arg(DisplayNames::date(last.date))
                                        : DisplayNames::date(last.date);
        return tr("%1 after %2")
            .arg(DisplayNames::date(last.date), Language::pick(last.restNameZh, last.restNameEn));
    }
    case Basis: {
        DeadlineItem i;
        i.basis = m_list->basis(at);
        i.statutory = r.statutory;
        return basisName(i);
    }
    case Status:
        return DeadlineEngine::statusName(m_list->statusKey(at));
    case Days:
        if (dueAt.isValid()) {
            const int minutes = int(m_list->minutes(at));
            if (m_list->doneAt(at).isValid())
                return minutes > 0 ? tr("%n min late", nullptr, minutes) : tr("on time");
            if (minutes < 0)
                return tr("%n min overdue", nullptr, -minutes);
            if (minutes < 24 * 60)
                return tr("%n min left", nullptr, minutes);
        }
        if (r.done.isValid())
            return r.days > 0 ? tr("%n day(s) late", nullptr, r.days) : tr("on time");
        return r.days < 0 ? tr("%n day(s) overdue", nullptr, -r.days)
                          : tr("%n day(s) left", nullptr, r.days);
    case Kind:
        return DeadlineEngine::kindName(m_list->kindKey(at));
    case Subject:
        return m_list->subject(at);
    case Sector: {
        const QString key = m_list->sector(at);
        const cii::Sector *s = cii::Sector::find(key);
        return s ? s->displayName() : key;
    }
    }
    return {};
}

void DeadlineModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> shownBefore;
    for (const QModelIndex &i : before)
        shownBefore << m_rows.at(i.row());
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    // Where each list row went, for the selection and current index.
    QHash<int, int> rowOf;
    for (int i = 0; i < m_rows.size(); ++i)
        rowOf.insert(m_rows.at(i), i);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOf.value(shownBefore.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DeadlineModel::sortRows()
{
    // As QSortFilterProxyModel sorts: a stable sort of the list's order, ties kept in it.
    std::sort(m_rows.begin(), m_rows.end());
    if (!m_list || (m_sortColumn == Due && m_sortOrder == Qt::AscendingOrder))
        return; // the list's own order
    const DeadlineList &l = *m_list;
    const bool up = m_sortOrder == Qt::AscendingOrder;
    auto by = [&](auto key) {
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](int a, int b) { return up ? key(a) < key(b) : key(b) < key(a); });
    };
    switch (m_sortColumn) {
    case Due:
        by([&](int i) { return l.row(i).due; });
        return;
    case LastDay:
        by([&](int i) { return l.lastDayOf(i).date; });
        return;
    case Days:
        by([&](int i) { return l.row(i).days; });
        return;
    case Status:
        by([&](int i) { return int(l.row(i).status); });
        return;
    }
    // Text columns: each row's text once, not once per comparison.
    QVector<QString> text(l.size());
    for (int i : std::as_const(m_rows))
        text[i] = displayText(i, m_sortColumn);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        return up ? text.at(a) < text.at(b) : text.at(b) < text.at(a);
    });
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
