#include "audittablemodel.h"

#include "storage/listsources.h"

#include <QDateTime>
#include <QLocale>

namespace cii {

using Audit = ListSources::AuditLog;
static_assert(int(AuditTableModel::ColumnCount) == int(Audit::Count));

AuditTableModel::AuditTableModel(const Database &db, QObject *parent)
    : LazyTableModel(parent), m_db(db)
{
    setSource(ListSources::auditLog(db));
}

Result<AuditRecord> AuditTableModel::recordAt(int row) const
{
    const qint64 id = idAt(row);
    if (!id)
        return Error::input(tr("no record on row %1").arg(row));
    return AuditLog::record(m_db, id);
}

QString AuditTableModel::details(const AuditRecord &r)
{
    return tr("Before: %1\nAfter: %2\nHash: %3").arg(r.beforeJson, r.afterJson, r.hash);
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    // The bodies are not in the list: one record is read when its tooltip is asked for.
    if (role == Qt::ToolTipRole && index.isValid()) {
        const Result<AuditRecord> r = recordAt(index.row());
        if (!r)
            return r.error().message;
        return details(r.value());
    }
    return LazyTableModel::data(index, role);
}

QVariant AuditTableModel::display(const QVariantList &v, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Id:
        return v.at(Audit::Id);
    case When:
        return QLocale().toString(
            QDateTime::fromString(v.at(Audit::At).toString(), Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat);
    case User:
        return v.at(Audit::OsUser);
    case Action:
        return v.at(Audit::Action);
    case Entity:
        return QStringLiteral("%1 %2").arg(v.at(Audit::Entity).toString(),
                                           v.at(Audit::EntityId).toString());
    case Change: {
        const QString text = v.at(Audit::Change).toString();
        return text.size() > Audit::ChangeHeadLength
                   ? text.left(Audit::ChangeHeadLength) + QStringLiteral("…")
                   : text;
    }
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("No.");
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record");
    case Change:
        return tr("Change");
    }
    return {};
}

} // namespace cii
