#include "inspectionmodel.h"

#include "domain/department.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cii {

void InspectionModel::setData(QVector<Inspection> inspections,
                              const QVector<InspectionConflict> &conflicts)
{
    beginResetModel();
    m_items = std::move(inspections);
    m_conflicts.clear();
    for (const InspectionConflict &c : conflicts) {
        m_conflicts[c.a] << c;
        m_conflicts[c.b] << c;
    }
    endResetModel();
}

int InspectionModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return i;
    return -1;
}

void InspectionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString InspectionModel::departmentName(const QString &key)
{
    for (const Department &d : Department::defaults())
        if (d.key == key)
            return d.displayName();
    return key;
}

QString InspectionModel::reasonName(const QString &reason)
{
    if (reason == QLatin1String("overlap"))
        return tr("Overlap");
    if (reason == QLatin1String("too-close"))
        return tr("Too close");
    if (reason == QLatin1String("same-scope"))
        return tr("Same systems, same quarter");
    return reason;
}

QString InspectionModel::describe(const InspectionConflict &c, qint64 self) const
{
    const qint64 other = c.a == self ? c.b : c.a;
    const int row = rowOf(other);
    const QLocale locale;
    const QString window =
        row < 0 ? QString()
                : QStringLiteral("%1, %2–%3")
                      .arg(departmentName(m_items.at(row).lead),
                           locale.toString(m_items.at(row).start, QLocale::ShortFormat),
                           locale.toString(m_items.at(row).end, QLocale::ShortFormat));
    if (c.reason == QLatin1String("overlap"))
        return tr("Overlaps inspection %1 (%2)").arg(other).arg(window);
    if (c.reason == QLatin1String("too-close"))
        return tr("Only %n free day(s) from inspection %1 (%2)", nullptr, c.gapDays)
            .arg(other)
            .arg(window);
    return tr("Covers the same systems as inspection %1 in the same quarter (%2)")
        .arg(other)
        .arg(window);
}

int InspectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InspectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Inspection &i = m_items.at(index.row());
    const QVector<InspectionConflict> conflicts = m_conflicts.value(i.id);
    if (role == Qt::BackgroundRole && !conflicts.isEmpty())
        return QBrush(QColor(255, 205, 210));
    if (role == Qt::ForegroundRole && !i.isActive())
        return QBrush(QColor(130, 130, 130));
    if (role == Qt::ToolTipRole && !conflicts.isEmpty()) {
        QStringList lines;
        for (const InspectionConflict &c : conflicts)
            lines << describe(c, i.id);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::UserRole + 1) { // sort keys
        if (index.column() == Start)
            return i.start;
        if (index.column() == End)
            return i.end;
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Operator:
        return i.operatorName;
    case Lead:
        return departmentName(i.lead);
    case Participants: {
        QStringList names;
        for (const QString &p : i.participants)
            names << departmentName(p);
        return names.join(QStringLiteral(", "));
    }
    case Kind:
        return Inspection::kindName(i.kind) + (i.joint ? tr(" (joint)") : QString());
    case Start:
        return locale.toString(i.start, QLocale::ShortFormat);
    case End:
        return locale.toString(i.end, QLocale::ShortFormat);
    case Status:
        return i.mergedInto ? tr("Merged into %1").arg(i.mergedInto)
                            : Inspection::statusName(i.status);
    case Conflict: {
        QStringList reasons;
        for (const InspectionConflict &c : conflicts)
            if (!reasons.contains(reasonName(c.reason)))
                reasons << reasonName(c.reason);
        return reasons.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant InspectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Operator:
        return tr("Operator");
    case Lead:
        return tr("Lead");
    case Participants:
        return tr("Participants");
    case Kind:
        return tr("Kind");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Status:
        return tr("Status");
    case Conflict:
        return tr("Conflict");
    }
    return {};
}

} // namespace cii
