#include "systemtablemodel.h"

#include "domain/systeminfo.h"
#include "i18n/language.h"
#include "storage/listsources.h"

namespace cii {

using Sys = ListSources::Systems;
static_assert(int(SystemTableModel::ColumnCount) == int(Sys::Count));

SystemTableModel::SystemTableModel(const Database &db, QObject *parent) : LazyTableModel(parent)
{
    setSource(ListSources::systems(db));
}

QString SystemTableModel::nameAt(int row) const
{
    const QVariantList v = rowValues(row);
    return v.isEmpty() ? QString() : v.at(Sys::Name).toString();
}

void SystemTableModel::rowChanged(qint64 systemId)
{
    const int row = rowOfId(systemId);
    if (row < 0)
        return;
    dropCachedRow(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SystemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SystemTableModel::display(const QVariantList &v, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && (column == Id || column == Mlps || column == Indicators))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Name) {
        // The full name (the column elides long ones), then what the system is.
        const QString description = v.at(Sys::Description).toString();
        return description.isEmpty()
                   ? v.at(Sys::Name).toString()
                   : QStringLiteral("%1\n%2").arg(v.at(Sys::Name).toString(), description);
    }
    if (role == Qt::ToolTipRole && column == Operator)
        return Language::pick(v.at(Sys::Operator).toString(), v.at(Sys::OperatorNameEn).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        // Two systems of one operator may share a name: the id tells them apart.
        if (v.at(Sys::NameRepeats).toBool())
            return QStringLiteral("%1 (#%2)")
                .arg(v.at(Sys::Name).toString(), v.at(Sys::Id).toString());
        return v.at(Sys::Name);
    case Operator:
        return Language::pick(v.at(Sys::Operator).toString(), v.at(Sys::OperatorNameEn).toString());
    case Category:
        return SystemInfo::categoryName(v.at(Sys::Category).toString());
    case Status:
        return SystemInfo::statusName(v.at(Sys::Status).toString());
    default:
        return v.at(column);
    }
}

QVariant SystemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Operator:
        return tr("Operator");
    case Name:
        return tr("System");
    case Category:
        return tr("Category");
    case Mlps:
        return tr("MLPS level");
    case Status:
        return tr("Status");
    case Indicators:
        return tr("Indicators reported");
    }
    return {};
}

} // namespace cii
