#pragma once

#include "result.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace cii::cli {

// Exit codes of cli.md.
enum ExitCode { Ok = 0, Usage = 2, InputRejected = 3, StorageError = 4 };

// What every command shares: the global options, the streams, the store.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext();

    QString dbLocation; // --db, or the GUI's default store
    bool json = false;  // --json
    QString language;   // --lang

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the store; on failure prints why and returns nullptr (exit StorageError).
    Database *openStore(Database::OpenMode mode = Database::OpenMode::MustExist);

    // Prints the error (and each of its detail lines) on stderr; returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message);
    void printJson(const QJsonObject &object);
    // A created entity: its id alone, or {"id": N} with --json.
    void printCreated(qint64 id);
    // A plain-text table for people; widths count CJK characters as two columns.
    void printTable(const QStringList &header, const QVector<QStringList> &rows);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
};

} // namespace cii::cli
