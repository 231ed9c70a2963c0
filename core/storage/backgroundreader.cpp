#include "backgroundreader.h"

namespace cii {

BackgroundReader::BackgroundReader(QString location, QObject *parent)
    : QObject(parent), m_worker(new QObject), m_connection(std::make_shared<Connection>())
{
    m_connection->location = std::move(location);
    m_thread.setObjectName(QStringLiteral("cii-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

BackgroundReader::~BackgroundReader()
{
    // The connection is closed in the thread that used it, after the reads already asked for
    // (whose results then go nowhere: the objects that asked are gone or going).
    auto connection = m_connection;
    QMetaObject::invokeMethod(
        m_worker, [connection] { connection->db.close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundReader::reopen(const QString &location)
{
    auto connection = m_connection;
    QMetaObject::invokeMethod(
        m_worker,
        [connection, location] {
            connection->db.close();
            connection->location = location;
        },
        Qt::QueuedConnection);
}

void BackgroundReader::post(std::function<void(Database &)> job)
{
    auto connection = m_connection;
    QMetaObject::invokeMethod(
        m_worker,
        [connection, job] {
            // Read-only and never migrated or checked: the window's own connection did that.
            if (!connection->db.isOpen())
                (void)connection->db.open(connection->location, Database::OpenMode::Companion);
            job(connection->db);
        },
        Qt::QueuedConnection);
}

} // namespace cii
