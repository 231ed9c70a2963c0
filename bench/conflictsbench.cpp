// Benchmark of inspection conflict detection (issue: Inspections, "Conflict detection").
//
// 100,000 inspections of 20,000 operators over one year, by several departments, each with a
// few systems in scope. Prints the detector's time against a baseline measured in the same
// run: just sorting the same inspections by operator and start. Best of seven runs each.
// Targets: under 100 ms, and at most 5x the sort.
#include "schedule/conflictdetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace cii;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int operators = std::max(1, count / 5);
    QRandomGenerator rng(2026);
    QVector<InspectionWindow> windows;
    windows.reserve(count);
    const QDate year(2026, 1, 1);
    for (int i = 0; i < count; ++i) {
        InspectionWindow w;
        w.id = i + 1;
        w.operatorId = 1 + rng.bounded(operators);
        w.start = year.addDays(rng.bounded(365));
        w.end = w.start.addDays(rng.bounded(10));
        const qint64 base = w.operatorId * 10;
        for (int s = 0, n = 1 + rng.bounded(3); s < n; ++s)
            w.systems << base + rng.bounded(10);
        std::sort(w.systems.begin(), w.systems.end());
        windows << w;
    }

    auto best = [](auto &&run) {
        qint64 fastest = std::numeric_limits<qint64>::max();
        for (int r = 0; r < 7; ++r) {
            QElapsedTimer t;
            t.start();
            run();
            fastest = std::min(fastest, t.nsecsElapsed());
        }
        return double(fastest) / 1e6;
    };
    qsizetype conflicts = 0;
    const double detectMs = best([&] { conflicts = ConflictDetector::detect(windows, 30).size(); });
    const double sortMs = best([&] {
        std::vector<const InspectionWindow *> order;
        order.reserve(size_t(windows.size()));
        for (const InspectionWindow &w : windows)
            order.push_back(&w);
        std::sort(order.begin(), order.end(), [](const auto *a, const auto *b) {
            return a->operatorId != b->operatorId ? a->operatorId < b->operatorId
                                                  : a->start < b->start;
        });
    });
    QTextStream out(stdout);
    out << "inspections                 " << count << '\n'
        << "conflicts found             " << conflicts << '\n'
        << "detect (best of 7)          " << QString::number(detectMs, 'f', 1)
        << " ms  (target < 100 ms)\n"
        << "sort baseline (best of 7)   " << QString::number(sortMs, 'f', 1) << " ms\n"
        << "ratio                       " << QString::number(detectMs / sortMs, 'f', 2)
        << " x  (target <= 5.00)\n";
    return 0;
}
