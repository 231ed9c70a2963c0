#pragma once

#include "result.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace cii::cli {

class JsonStream;

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
    // Opens `db` at `location` (any store, not only --db's); a PostgreSQL server's password
    // PGPASSFILE did not give is asked for at the terminal (up to three times) and kept in
    // memory only. Prints nothing.
    static Status open(Database &db, const QString &location, Database::OpenMode mode);

    // Prints the error (and each of its detail lines) on stderr; returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message);
    void printJson(const QJsonObject &object);
    // A created entity: its id alone, or {"id": N} with --json.
    void printCreated(qint64 id);
    // {"KEY":[…]} streamed: `rows` writes each element to the stream as the store hands it
    // over. On a storage error the stream is abandoned (see JsonStream) and the error printed;
    // returns the exit code.
    int printJsonList(QLatin1String key, const std::function<Status(JsonStream &)> &rows);
    // A plain-text table for people; widths count CJK characters as two columns.
    void printTable(const QStringList &header, const QVector<QStringList> &rows);
    // Hands each row of a table to the sink; returns the store's status.
    using RowSink = std::function<void(const QStringList &)>;
    using RowSource = std::function<Status(const RowSink &)>;
    // The same table with rows that come from the store: `rows` runs twice, once to measure
    // the columns and once to print, so that no row is held in memory. (A row written between
    // the two reads can only misalign its own line.) Returns the exit code.
    int printTable(const QStringList &header, const RowSource &rows);

private:
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
};

} // namespace cii::cli
