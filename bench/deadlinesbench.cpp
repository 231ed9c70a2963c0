// Benchmark of the deadline engine on a real store (issue 12, item 3: "the deadline list at
// scale"): reading the facts and computing every item's status as the GUI and the CLI do,
// against a baseline measured in the same run: a plain QSqlQuery SELECT of the same decided
// cases' columns, each value read. Best of five runs each, after one warm-up run.
//
//   bench_deadlines STORE      (or with CII_BENCH_STORE set in the environment)
#include "schedule/deadlineengine.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <limits>

using namespace cii;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString store =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("CII_BENCH_STORE");
    if (store.isEmpty()) {
        out << "deadlines engine: skipped, no store given (argument or CII_BENCH_STORE)\n";
        return 0;
    }
    Database db;
    if (Status s = db.open(store, Database::OpenMode::Inspect); !s) {
        QTextStream(stderr) << s.error().message << '\n';
        return 1;
    }
    // The baseline's own connection, read-only, as plain as it gets.
    QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("b"));
    plain.setDatabaseName(store);
    plain.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!plain.open()) {
        QTextStream(stderr) << "cannot open " << store << '\n';
        return 1;
    }

    auto best = [](auto &&run) {
        run();
        qint64 fastest = std::numeric_limits<qint64>::max();
        for (int r = 0; r < 5; ++r) {
            QElapsedTimer t;
            t.start();
            run();
            fastest = std::min(fastest, t.nsecsElapsed());
        }
        return double(fastest) / 1e6;
    };
    const QDate today = QDate::currentDate();
    int items = 0;
    const double engineMs = best([&] {
        Result<DeadlineFacts> facts = DeadlineRepository(db).facts();
        if (!facts)
            return;
        items = DeadlineEngine::list(facts.value(), today).size();
    });
    qint64 checksum = 0;
    const double baselineMs = best([&] {
        QSqlQuery q(plain);
        q.setForwardOnly(true);
        q.exec(QStringLiteral(
            "SELECT c.id, c.system_id, s.name, o.sector, c.created_at, c.decided_at, c.decision, "
            "c.operator_notified_on, c.mps_notified_on, s.operator_id "
            "FROM identification_cases c JOIN systems s ON s.id = c.system_id "
            "JOIN operators o ON o.id = s.operator_id WHERE c.decision IS NOT NULL ORDER BY c.id"));
        while (q.next()) {
            checksum += q.value(0).toLongLong() + q.value(1).toLongLong() +
                        q.value(2).toString().size() + q.value(3).toString().size() +
                        q.value(4).toString().size() + q.value(5).toString().size() +
                        q.value(6).toString().size() + q.value(7).toString().size() +
                        q.value(8).toString().size() + q.value(9).toLongLong();
        }
    });
    Q_UNUSED(checksum)
    Q_UNUSED(items)
    out << QStringLiteral("deadlines engine: %1 ms, baseline %2 ms, ratio %3\n")
               .arg(engineMs, 0, 'f', 1)
               .arg(baselineMs, 0, 'f', 1)
               .arg(engineMs / baselineMs, 0, 'f', 2);
    return 0;
}
