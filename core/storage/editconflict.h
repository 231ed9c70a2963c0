#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cii {

class WriteTransaction;

// An edit that met a record another client changed after the editor read it (schema 13's
// row_version moved on). Nothing was written: the edit returns an input Error carrying this
// (Error::conflict), so that the fronts can show, field by field, "yours" beside "now in the
// store", and the CLI exits 3 with the message.
struct EditConflict
{
    Q_DECLARE_TR_FUNCTIONS(EditConflict)

public:
    // The audit log's names of the record: entity "system", "operator", "department" …
    QString entity;
    QString entityId;
    // The version the editor read, and the one the store holds now.
    qint64 readVersion = 0;
    qint64 storedVersion = 0;
    // Who wrote the stored version and when (the newest audit record of the entity);
    // empty / invalid when the log holds none.
    QString changedBy;
    QDateTime changedAt;
    // The record as the editor would have saved it, and as the store holds it now (the
    // domain type's toJson()).
    QJsonObject mine;
    QJsonObject theirs;

    // The keys of mine and theirs whose values differ, in the order of mine's keys.
    QStringList differingFields() const;
    // Whether the log names who changed it (changedBy, changedAt).
    bool knowsWho() const { return !changedBy.isEmpty() && changedAt.isValid(); }
    // When, as a person reads it in China time (2026-12-02 15:04); empty when not known.
    QString changedAtText() const;

    // After an UPDATE … WHERE id = ? AND row_version = ? matched nothing on a row that
    // exists: the error to return, read under the same write lock. `what` names the record
    // for a person ("system 12 (Portal)"); `table` and `keyColumn`/`key` find its row.
    static Error detected(WriteTransaction &tx, const QString &what, const QString &table,
                          const QString &keyColumn, const QVariant &key, const QString &entity,
                          qint64 readVersion, const QJsonObject &mine, const QJsonObject &theirs);
};

} // namespace cii
