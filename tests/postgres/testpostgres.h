#pragma once

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// The throwaway PostgreSQL server the ctest fixture `postgres_server` started
// (tests/postgres/pgserver.sh): its folder is in CII_TEST_PG_DIR. Each test makes its own
// databases on it, named after the test, so that tests run side by side.
//
// Where the server could not be started, unavailableReason() says why; a postgres test then
// skips with it (QSKIP), which ctest shows as a skip with the reason (SKIP_REGULAR_EXPRESSION).
class TestPostgres
{
public:
    static QString folder() { return qEnvironmentVariable("CII_TEST_PG_DIR"); }

    static QString unavailableReason()
    {
        if (folder().isEmpty())
            return QStringLiteral("CII_TEST_PG_DIR is not set (run the test through ctest, "
                                  "which starts the server)");
        QFile why(folder() + QStringLiteral("/unavailable"));
        if (why.open(QIODevice::ReadOnly))
            return QString::fromUtf8(why.readAll()).trimmed();
        if (!QFile::exists(folder() + QStringLiteral("/socketdir")))
            return QStringLiteral("no server was started in %1").arg(folder());
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("Qt's QPSQL driver is missing (install libqt6sql6-psql)");
        return {};
    }

    // The server's socket folder (pgserver.sh writes where it put it).
    static QString socketDir()
    {
        QFile where(folder() + QStringLiteral("/socketdir"));
        if (!where.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(where.readAll()).trimmed();
    }

    // The address of database `name` as role `user` (cii_admin: the server's superuser).
    static QString url(const QString &name, const QString &user = QStringLiteral("cii_admin"))
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, name, socketDir());
    }

    // Runs one statement as the superuser in database `database` ("postgres": the server's).
    static bool admin(const QString &sql, const QString &database = QStringLiteral("postgres"),
                      QString *error = nullptr)
    {
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("testpg-admin-%1").arg(counter.fetchAndAddRelaxed(1));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketDir());
            db.setUserName(QStringLiteral("cii_admin"));
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok && error)
                    *error = q.lastError().text();
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A new, empty database (dropped first if an earlier run left one), its address.
    static QString freshDatabase(const QString &name)
    {
        const QString db = QStringLiteral("t_%1_%2").arg(name).arg(QCoreApplication::applicationPid());
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(db));
        QString error;
        if (!admin(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(db),
                   QStringLiteral("postgres"), &error))
            qWarning("cannot create database %s: %s", qPrintable(db), qPrintable(error));
        return url(db);
    }
};

// For a test class: skip the whole test (in initTestCase) when no server runs.
#define CII_REQUIRE_POSTGRES()                                                                    \
    do {                                                                                          \
        const QString why = TestPostgres::unavailableReason();                                    \
        if (!why.isEmpty())                                                                       \
            QSKIP(qPrintable(QStringLiteral("PostgreSQL tests skipped: ") + why));               \
    } while (false)
