#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs cii-workbench-cli as a process on one store, as scripts do (shared by the CLI tests).
struct CliRun
{
    int code = -1;
    QByteArray out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }

    static CliRun on(const QString &db, QStringList args)
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        QProcess p;
        p.start(QStringLiteral(CII_CLI_PATH), args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
    // Words separated by spaces (for arguments without spaces).
    static CliRun on(const QString &db, const QString &words)
    {
        return on(db, words.split(QLatin1Char(' ')));
    }
};
