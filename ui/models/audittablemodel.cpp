#include "audittablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace cii {

void AuditTableModel::setRecords(QVector<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void AuditTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const AuditRecord &r = m_records.at(index.row());
    if (role == Qt::ToolTipRole)
        return tr("Before: %1\nAfter: %2\nHash: %3").arg(r.beforeJson, r.afterJson, r.hash);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return r.id;
    case When:
        return QLocale().toString(QDateTime::fromString(r.at, Qt::ISODateWithMs).toLocalTime(),
                                  QLocale::ShortFormat);
    case User:
        return r.osUser;
    case Action:
        return r.action;
    case Entity:
        return QStringLiteral("%1 %2").arg(r.entity, r.entityId);
    case Change: {
        const QString text = r.afterJson == QLatin1String("{}") ? r.beforeJson : r.afterJson;
        return text.size() > 160 ? text.left(160) + QStringLiteral("…") : text;
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
