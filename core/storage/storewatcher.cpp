#include "storewatcher.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace cii {

StoreWatcher::StoreWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
}

void StoreWatcher::start()
{
    m_seen = qMax<qint64>(0, readLast());
    m_timer.start();
}

qint64 StoreWatcher::readLast() const
{
    if (!m_db.isOpen())
        return -1;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void StoreWatcher::check()
{
    const qint64 last = readLast();
    if (last < 0)
        return; // the store is away for now (a reopen, a server restart): try again later
    if (last < m_seen) {
        m_seen = last; // a restore put an earlier log in place
        return;
    }
    if (last == m_seen)
        return;
    const qint64 foreign = (last - m_seen) - m_db.ownAuditRecords(m_seen, last);
    m_seen = last;
    if (foreign > 0)
        emit changedElsewhere(last);
}

} // namespace cii
