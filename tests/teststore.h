#pragma once

#include "postgres/testpostgres.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>
#include <QtTest>

// The store a test uses: the embedded SQLite file by default, or, where ctest runs the
// test's `_postgres` variant (CII_TEST_BACKEND=postgres, cii_add_postgres_variant in
// tests/CMakeLists.txt), a fresh database on the throwaway PostgreSQL server.
class TestStore
{
public:
    static bool onPostgres()
    {
        return qEnvironmentVariable("CII_TEST_BACKEND") == QLatin1String("postgres");
    }

    // Where a test's store lives: `file` in `dir`, or on PostgreSQL the address of a new, empty
    // database (a new one per call: take it once per test function and reuse it to reopen).
    static QString location(const QTemporaryDir &dir,
                            const QString &file = QStringLiteral("store.sqlite"))
    {
        if (!onPostgres())
            return dir.filePath(file);
        static QAtomicInteger<int> counter;
        static const QRegularExpression notName(QStringLiteral("[^a-z0-9]+"));
        QString stem = QFileInfo(file).completeBaseName().toLower().replace(notName, "_");
        QString app = QCoreApplication::applicationName().toLower().replace(notName, "_");
        if (app.startsWith(QLatin1String("tst_")))
            app = app.mid(4);
        const QString name = QStringLiteral("%1_%2_%3")
                                 .arg(app.left(20), stem.left(16))
                                 .arg(counter.fetchAndAddRelaxed(1));
        const QString url = TestPostgres::freshDatabase(name);
        forgetAtExit(url.section(QLatin1String("@/"), 1).section(QLatin1Char('?'), 0, 0));
        return url;
    }

    // The databases this process made are dropped when it ends (a run makes hundreds; the
    // server's folder would grow by gigabytes and its shutdown take minutes), unless
    // CII_TEST_KEEP_DATABASES is set, to look at them after a failure.
    static void forgetAtExit(const QString &database)
    {
        static QStringList *made = nullptr;
        if (!made) {
            made = new QStringList;
            qAddPostRoutine([] {
                if (qEnvironmentVariableIsEmpty("CII_TEST_KEEP_DATABASES"))
                    for (const QString &d : std::as_const(*made))
                        TestPostgres::admin(
                            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(d));
                delete made;
                made = nullptr;
            });
        }
        *made << database;
    }

    // Rows of one query on the store at `location` (either backend), read through a
    // cii::Database: for tests that check what was written without a repository.
    static QList<QVariantList> rows(const QString &location, const QString &sql,
                                    const QVariantList &binds = {})
    {
        QList<QVariantList> out;
        cii::Database db;
        if (!db.open(location, cii::Database::OpenMode::Inspect).ok()) {
            qWarning("cannot open %s", qPrintable(location));
            return out;
        }
        out = rows(db, sql, binds);
        db.close();
        return out;
    }
    static QList<QVariantList> rows(const cii::Database &db, const QString &sql,
                                    const QVariantList &binds = {})
    {
        QList<QVariantList> out;
        QSqlQuery q(db.connection());
        bool ok = false;
        if (binds.isEmpty()) {
            ok = q.exec(sql);
        } else if (q.prepare(sql)) {
            for (int i = 0; i < binds.size(); ++i)
                q.bindValue(i, binds.at(i));
            ok = q.exec();
        }
        if (!ok) {
            qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    // Runs `f` with a query on a plain connection of the test's own to the store (QSQLITE on
    // the file, or QPSQL as the server's superuser), below the application: for tests that
    // tamper with a store as someone with direct access would.
    template <typename F> static void raw(const QString &location, F f)
    {
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("teststore-raw-%1").arg(counter.fetchAndAddRelaxed(1));
        {
            QSqlDatabase db;
            if (location.startsWith(QLatin1String("postgresql://"))) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(TestPostgres::socketDir());
                db.setUserName(QStringLiteral("cii_admin"));
                db.setDatabaseName(location.section(QLatin1String("@/"), 1).section('?', 0, 0));
            } else {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(location);
            }
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            {
                QSqlQuery q(db);
                f(q);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // "DROP TRIGGER" in the store's dialect (PostgreSQL names the trigger's table too).
    static QString dropTrigger(const QString &trigger, const QString &table)
    {
        return onPostgres() ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(trigger, table)
                            : QStringLiteral("DROP TRIGGER %1").arg(trigger);
    }

    // The first column of the first row (an invalid QVariant where there is none).
    static QVariant value(const QString &location, const QString &sql,
                          const QVariantList &binds = {})
    {
        const QList<QVariantList> r = rows(location, sql, binds);
        return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
    }
    static QVariant value(const cii::Database &db, const QString &sql,
                          const QVariantList &binds = {})
    {
        const QList<QVariantList> r = rows(db, sql, binds);
        return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
    }
};

// For one test function that is about the SQLite file itself (damage, file permissions, WAL,
// file sizes, SQLite backups…): skipped in the PostgreSQL variant, saying why.
#define CII_SQLITE_FILE_ONLY(why)                                                                  \
    do {                                                                                           \
        if (TestStore::onPostgres())                                                               \
            QSKIP("SQLite file only: " why);                                                       \
    } while (false)

// In initTestCase: the PostgreSQL variant needs the server (skips the whole test without it).
#define CII_REQUIRE_TEST_STORE()                                                                   \
    do {                                                                                           \
        if (TestStore::onPostgres())                                                               \
            CII_REQUIRE_POSTGRES();                                                                \
    } while (false)
