#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace cii {

// A second, read-only connection to the open store in a thread of its own, so that a page
// can read what it shows (aggregates over 100,000 systems) while the window stays responsive.
// Reads are run in the order they were asked for; each result is handed back in the
// application's main thread (where the pages live), unless the object that asked is gone.
class BackgroundReader : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundReader(QString location, QObject *parent = nullptr);
    ~BackgroundReader() override;

    // Runs `work` on the reader's connection; then `done(result)` in the main thread. When
    // the store cannot be opened, `work` gets a closed Database (its reads then fail).
    template <typename T>
    void read(QObject *context, std::function<T(Database &)> work, std::function<void(T)> done)
    {
        QPointer<QObject> guard(context);
        post([work, done, guard](Database &db) {
            auto result = std::make_shared<T>(work(db));
            // `guard` is only looked at in its object's thread, when the result arrives.
            QMetaObject::invokeMethod(
                qApp,
                [done, result, guard] {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    // Another store was opened, or the store was replaced (a restore): the next read opens
    // `location`.
    void reopen(const QString &location);

private:
    void post(std::function<void(Database &)> job);

    struct Connection
    {
        QString location;
        Database db;
    };
    QThread m_thread;
    QObject *m_worker;                        // lives in m_thread
    std::shared_ptr<Connection> m_connection; // used in m_thread only
};

} // namespace cii
