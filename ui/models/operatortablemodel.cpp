#include "operatortablemodel.h"

#include "domain/sector.h"
#include "storage/listsources.h"

#include <QRegularExpression>

namespace cii {

using Op = ListSources::Operators;
static_assert(int(OperatorTableModel::ColumnCount) == int(Op::Count));

OperatorTableModel::OperatorTableModel(const Database &db, QObject *parent) : LazyTableModel(parent)
{
    setSource(ListSources::operators(db));
}

int OperatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorTableModel::display(const QVariantList &v, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Id:
        return role == Qt::DisplayRole ? v.at(Op::Id) : QVariant();
    case Sector: {
        const QString key = v.at(Op::Sector).toString();
        const cii::Sector *s = cii::Sector::find(key);
        return s ? s->displayName() : key;
    }
    case Contact:
        return QStringList{v.at(Op::Contact).toString(), v.at(Op::Phone).toString(),
                           v.at(Op::Email).toString()}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(" · "));
    default:
        return v.at(column);
    }
}

QVariant OperatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Uscc:
        return tr("Unified social credit code");
    case NameZh:
        return tr("Chinese name");
    case NameEn:
        return tr("English name");
    case Sector:
        return tr("Sector");
    case Region:
        return tr("Region");
    case Contact:
        return tr("Contact");
    }
    return {};
}

} // namespace cii
