#include "audittablemodel.h"

#include "i18n/displaynames.h"
#include "storage/listsources.h"

#include <QDateTime>

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
    return tr("%1 — %2, %3 by %4\n%5\nHash: %6")
        .arg(DisplayNames::auditAction(r.action), DisplayNames::auditRecord(r.entity, r.entityId),
             DisplayNames::dateTime(QDateTime::fromString(r.at, Qt::ISODateWithMs)), r.osUser,
             DisplayNames::auditDetails(r.action, r.beforeJson, r.afterJson), r.hash);
}

QString AuditTableModel::recordedJson(const AuditRecord &r)
{
    return tr("Before (as recorded): %1\nAfter (as recorded): %2").arg(r.beforeJson, r.afterJson);
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
        return DisplayNames::dateTime(
            QDateTime::fromString(v.at(Audit::At).toString(), Qt::ISODateWithMs));
    case User:
        return v.at(Audit::OsUser);
    case Action:
        return DisplayNames::auditAction(v.at(Audit::Action).toString());
    case Entity:
        return DisplayNames::auditRecord(v.at(Audit::Entity).toString(),
                                         v.at(Audit::EntityId).toString());
    case Change:
        // Only the head of the record is in the list (the tooltip reads it whole): what can
        // be read of it, in words.
        return DisplayNames::auditSummary(v.at(Audit::Action).toString(), {},
                                          v.at(Audit::Change).toString(), 3);
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
