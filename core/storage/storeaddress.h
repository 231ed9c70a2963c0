#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cii {

// Where a store is: an SQLite file path, or a shared PostgreSQL database named by a URL
//   postgresql://USER@HOST:PORT/DBNAME          (TCP)
//   postgresql://USER@/DBNAME?host=/run/socket  (a unix socket in that folder)
// in libpq's form. A password is never part of an address: it would end up in shell
// histories, the recent-stores list and audit records. libpq reads it from PGPASSFILE
// (~/.pgpass), or the fronts ask for it and hand it over in memory (rememberPassword).
class StoreAddress
{
    Q_DECLARE_TR_FUNCTIONS(StoreAddress)

public:
    static bool isPostgres(const QString &location);
    // The parts of a PostgreSQL URL; an input error names what is wrong with it.
    static Result<StoreAddress> parse(const QString &location);
    // The URL for these parts (no password), in the form parse() reads.
    static QString postgresUrl(const QString &user, const QString &host, int port,
                               const QString &database);

    QString user() const { return m_user; }
    // A host name or address, or (starting with '/') the folder of a unix socket; empty: the
    // default socket.
    QString host() const { return m_host; }
    int port() const { return m_port; } // 0: the default (5432)
    QString database() const { return m_database; }
    QString url() const { return postgresUrl(m_user, m_host, m_port, m_database); }

    // The password typed for `location` in this process (never written anywhere); empty when
    // none was typed. Companion connections (background readers) use it too.
    static void rememberPassword(const QString &location, const QString &password);
    static QString rememberedPassword(const QString &location);

private:
    static Error passwordInAddress();

    QString m_user;
    QString m_host;
    int m_port = 0;
    QString m_database;
};

} // namespace cii
