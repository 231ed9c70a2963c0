#include "editconflict.h"

#include "domain/chinatime.h"
#include "storage/writetransaction.h"

#include <QSqlQuery>

#include <memory>

namespace cii {

QStringList EditConflict::differingFields() const
{
    QStringList out;
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
        if (theirs.value(it.key()) != it.value())
            out << it.key();
    for (auto it = theirs.constBegin(); it != theirs.constEnd(); ++it)
        if (!mine.contains(it.key()))
            out << it.key();
    return out;
}

QString EditConflict::changedAtText() const
{
    return changedAt.isValid() ? ChinaTime::display(changedAt) : QString();
}

Error EditConflict::detected(WriteTransaction &tx, const QString &what, const QString &table,
                             const QString &keyColumn, const QVariant &key, const QString &entity,
                             qint64 readVersion, const QJsonObject &mine, const QJsonObject &theirs)
{
    auto c = std::make_shared<EditConflict>();
    c->entity = entity;
    c->readVersion = readVersion;
    c->mine = mine;
    c->theirs = theirs;
    Result<QSqlQuery *> row = tx.exec(
        QStringLiteral("SELECT id, row_version FROM %1 WHERE %2 = ?").arg(table, keyColumn), {key});
    if (!row)
        return row.error();
    if (!row.value()->next())
        return Error::input(tr("%1 no longer exists").arg(what));
    const qint64 id = row.value()->value(0).toLongLong();
    c->storedVersion = row.value()->value(1).toLongLong();
    // The audit log names departments by key, everything else by id.
    c->entityId = keyColumn == QLatin1String("id") ? QString::number(id) : key.toString();
    Result<QSqlQuery *> last =
        tx.exec(QStringLiteral("SELECT os_user, at FROM audit_log WHERE entity = ? AND "
                               "entity_id = ? ORDER BY id DESC LIMIT 1"),
                {entity, c->entityId});
    if (!last)
        return last.error();
    if (last.value()->next()) {
        c->changedBy = last.value()->value(0).toString();
        c->changedAt =
            QDateTime::fromString(last.value()->value(1).toString(), Qt::ISODateWithMs).toUTC();
    }
    Error e = Error::input(
        c->knowsWho()
            ? tr("%1 was changed meanwhile by %2 at %3; nothing was saved. Reload it and make "
                 "your change again, or save over the stored version.")
                  .arg(what, c->changedBy, c->changedAtText())
            : tr("%1 was changed meanwhile by another client; nothing was saved. Reload it and "
                 "make your change again, or save over the stored version.")
                  .arg(what));
    // The CLI prints the details: what differs, field by field.
    for (const QString &field : c->differingFields())
        e.details << tr("%1: yours “%2”, now in the store “%3”")
                         .arg(field, c->mine.value(field).toVariant().toString(),
                              c->theirs.value(field).toVariant().toString());
    e.conflict = std::move(c);
    return e;
}

} // namespace cii
