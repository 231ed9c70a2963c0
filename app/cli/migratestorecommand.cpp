#include "migratestorecommand.h"

#include "storage/storeaddress.h"
#include "storage/storecopy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace cii::cli {

QString MigrateStoreCommand::name() const
{
    return QStringLiteral("migrate-store");
}

QString MigrateStoreCommand::summary() const
{
    return tr("Copy a whole store into an empty one (SQLite file or PostgreSQL database, either "
              "way) and verify the copy: every table's rows and the audit chain.");
}

void MigrateStoreCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("from"),
                 tr("The store to copy: a file path or postgresql://USER@HOST:PORT/DATABASE."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("to"),
                 tr("The empty target: a new or empty file, or a PostgreSQL database without "
                    "tables (created when missing and the user may)."),
                 QStringLiteral("URL")});
}

int MigrateStoreCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QString from = p.value(QStringLiteral("from"));
    const QString to = p.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty() || !p.positionalArguments().isEmpty())
        return ctx.usage(tr("expected: migrate-store --from URL --to URL"));
    if (from == to || (!StoreAddress::isPostgres(from) &&
                       QFileInfo(from).absoluteFilePath() == QFileInfo(to).absoluteFilePath()))
        return ctx.usage(tr("--from and --to name the same store"));
    // The source is opened as any command opens it (an older file is upgraded first); the
    // target must be empty, and is refused untouched otherwise.
    Database source;
    if (Status s = CliContext::open(source, from, Database::OpenMode::MustExist); !s)
        return ctx.fail(s.error());
    // A file this command makes is removed again if the copy fails: nothing is left written.
    const bool newFile = !StoreAddress::isPostgres(to) && !QFileInfo::exists(to);
    Database target;
    if (Status s = CliContext::open(target, to, Database::OpenMode::Empty); !s)
        return ctx.fail(s.error());

    QElapsedTimer sincePrinted;
    QString lastTable;
    auto progress = [&](const QString &table, qint64 done, qint64 total) {
        const bool newTable = table != lastTable;
        if (!newTable && sincePrinted.isValid() && sincePrinted.elapsed() < 1000)
            return;
        lastTable = table;
        sincePrinted.start();
        if (table.isEmpty())
            ctx.err() << tr("copied %1 of %2 rows; verifying the copy").arg(done).arg(total)
                      << Qt::endl;
        else
            ctx.err() << tr("copying %1: %2 of %3 rows").arg(table).arg(done).arg(total)
                      << Qt::endl;
    };
    QElapsedTimer took;
    took.start();
    Result<StoreCopyReport> copied = StoreCopy::copy(source, target, progress);
    if (!copied) {
        if (newFile) {
            target.close();
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(to + QLatin1String(suffix));
        }
        return ctx.fail(copied.error());
    }
    const qint64 ms = took.elapsed();
    if (ctx.json) {
        QJsonObject tables;
        for (const auto &[table, rows] : copied->tables)
            tables.insert(table, rows);
        ctx.printJson({{QStringLiteral("from"), from},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("rows"), copied->rows},
                       {QStringLiteral("audit_records"), copied->auditRecords},
                       {QStringLiteral("verified"), copied->verified},
                       {QStringLiteral("seconds"), double(ms) / 1000.0}});
    } else {
        ctx.out() << tr("Copied %1 rows in %2 tables from %3 to %4 in %5 s.")
                         .arg(copied->rows)
                         .arg(copied->tables.size())
                         .arg(from, to)
                         .arg(double(ms) / 1000.0, 0, 'f', 1)
                  << '\n'
                  << tr("Verified on the copy: every table's rows, and the audit log's %n "
                        "record(s) up to the same last hash.",
                        nullptr, int(copied->auditRecords))
                  << Qt::endl;
    }
    return Ok;
}

} // namespace cii::cli
