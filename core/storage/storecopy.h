#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVector>

#include <functional>

namespace cii {

class Database;
class WriteTransaction;

// What a copy holds, as the source's snapshot counted it.
struct StoreCopyReport
{
    QVector<QPair<QString, qint64>> tables; // the tables copied, parents first, and their rows
    qint64 rows = 0;
    qint64 auditRecords = 0;
    qint64 lastAuditId = 0;
    QString lastAuditHash;
    bool verified = false; // the target, reopened, has the same rows and audit chain
};

// Copies a whole store between the embedded SQLite file and a shared PostgreSQL database (or
// between two of a kind): migrate-store, backups of a PostgreSQL store into a portable file,
// and restoring one into PostgreSQL. In one write transaction on the target the migrations'
// schema statements run (no seeds, no audit records of their own: the source's rows are the
// contents) up to the source's schema version, then every table's rows are copied with their
// ids, parents before children, from one snapshot of the source; PostgreSQL's id sequences
// continue after the largest id copied. Values go through QVariant column by column, so text,
// integers and NULLs arrive as stored and the audit chain, which hashes the stored text,
// verifies on the target.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    // Called as rows are copied: the table being copied, rows copied of all tables so far, and
    // the rows of all tables.
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;
    // Whether the copy's audit chain must verify (a store that is moved or backed up), or is
    // kept as it is (the contents a restore replaces, which may be the reason for it).
    enum class Audit { MustVerify, AsItIs };

    // Copies `source` into `target`, which was opened with Database::OpenMode::Empty. After
    // commit the target is reopened for inspection and verified: every table's rows, and the
    // audit log's records and last hash, as in the source.
    static Result<StoreCopyReport> copy(Database &source, Database &target,
                                        const Progress &progress = {},
                                        Audit audit = Audit::MustVerify);
    // Inside a write on a PostgreSQL store (restore): removes the store's tables, functions and
    // sequences (the connecting role must own them), keeping what other roles were granted on
    // them, and copies `source` in their place. Verify after commit with verify().
    static Result<StoreCopyReport> replaceInto(Database &source, WriteTransaction &tx,
                                               const Progress &progress = {});
    // Whether `target` holds what the report says was copied.
    static Status verify(const Database &target, const StoreCopyReport &expected, Audit audit);

private:
    static Result<StoreCopyReport> copyInto(Database &source, WriteTransaction &tx,
                                            const Progress &progress);
};

} // namespace cii
