#pragma once

#include "models/lazytablemodel.h"
#include "storage/auditlog.h"

namespace cii {

class Database;

// The audit log, newest first, read from the store on demand (ListSources::auditLog); the
// full before and after of a record are read when asked for (hovering over its row).
class AuditTableModel : public LazyTableModel
{
    Q_OBJECT

public:
    enum Column { Id, When, User, Action, Entity, Change, ColumnCount };

    explicit AuditTableModel(const Database &db, QObject *parent = nullptr);

    // The record on a row in full (its before, after and hash), read by id.
    Result<AuditRecord> recordAt(int row) const;
    // A record for people: its action, record, what changed in words, and its hash.
    static QString details(const AuditRecord &r);
    // The before and after exactly as recorded (and hashed), labelled as such.
    static QString recordedJson(const AuditRecord &r);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant display(const QVariantList &values, int column, int role) const override;

private:
    const Database &m_db;
};

} // namespace cii
