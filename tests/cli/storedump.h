#pragma once

#include "postgres/testpostgres.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

// What a store holds, read with the engine's own driver (SQLite file or a database on the test
// server), for comparing a store with its copy.
struct StoreDump
{
    // Every table's rows, as text sorted (engines order text differently), by table; the
    // engine's own tables left out. A column's values are keyed by its name.
    static QMap<QString, QStringList> rows(const QString &location)
    {
        const bool pg = location.startsWith(QLatin1String("postgresql://"));
        const QString name = QStringLiteral("dump-%1").arg(qHash(location));
        QMap<QString, QStringList> tables;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
            if (pg) {
                db.setHostName(TestPostgres::socketDir());
                db.setUserName(QStringLiteral("cii_admin"));
                db.setDatabaseName(
                    location.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0));
            } else {
                db.setDatabaseName(location);
            }
            if (!db.open())
                qWarning("cannot open %s", qPrintable(location));
            QSqlQuery t(db);
            t.exec(pg ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                       "table_schema = 'public' AND table_type = 'BASE TABLE'")
                      : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            QStringList names;
            while (t.next()) {
                const QString n = t.value(0).toString();
                if (!n.startsWith(QLatin1String("sqlite_")) &&
                    !n.startsWith(QLatin1String("system_search")))
                    names << n;
            }
            for (const QString &n : names) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(n));
                QStringList rows;
                while (q.next()) {
                    const QSqlRecord r = q.record();
                    QStringList cells;
                    for (int i = 0; i < r.count(); ++i)
                        cells << r.fieldName(i) + QLatin1Char('=') +
                                     (q.isNull(i) ? QStringLiteral("<NULL>")
                                                  : q.value(i).toString());
                    cells.sort();
                    rows << cells.join(QLatin1Char('|'));
                }
                rows.sort();
                tables.insert(n, rows);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return tables;
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static void compare(const QMap<QString, QStringList> &a, const QMap<QString, QStringList> &b)
    {
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            const QStringList &other = b.value(it.key());
            QVERIFY2(it.value().size() == other.size(), qPrintable(QStringLiteral("%1: %2 rows, %3")
                                                                       .arg(it.key())
                                                                       .arg(it.value().size())
                                                                       .arg(other.size())));
            for (int i = 0; i < other.size(); ++i)
                QVERIFY2(it.value().at(i) == other.at(i),
                         qPrintable(QStringLiteral("%1:\n%2\n%3")
                                        .arg(it.key(), it.value().at(i), other.at(i))));
        }
    }
};
