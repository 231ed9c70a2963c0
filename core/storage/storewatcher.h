#pragma once

#include <QObject>
#include <QTimer>

namespace cii {

class Database;

// Notices what other clients wrote to the open store: another process on the same SQLite
// file, another workstation on the shared PostgreSQL store. Every write appends to the audit
// log, so its last id is a change counter as cheap to read as one index lookup; the watcher
// reads it every few seconds and emits changedElsewhere() when it moved past what this
// connection wrote itself (Database::ownAuditRecords).
class StoreWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 3000;

    explicit StoreWatcher(Database &db, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    // Takes the store's current state as seen and polls from now on (again after a reopen).
    void start();
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }
    // The newest audit id seen so far.
    qint64 lastSeen() const { return m_seen; }

public slots:
    // One poll now (the timer calls it).
    void check();

signals:
    // Other clients wrote; `lastAuditId` is the store's newest audit record now.
    void changedElsewhere(qint64 lastAuditId);

private:
    // The store's newest audit id, or -1 when it could not be read.
    qint64 readLast() const;

    Database &m_db;
    QTimer m_timer;
    qint64 m_seen = 0;
};

} // namespace cii
