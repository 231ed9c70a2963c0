#include "conflictdetector.h"

#include <algorithm>

namespace cii {
namespace {

struct Entry
{
    qint64 operatorId;
    qint64 start; // Julian days
    qint64 end;
    int quarter; // year * 4 + quarter index of the start
    const InspectionWindow *window;
};

bool shareSystems(const QVector<qint64> &a, const QVector<qint64> &b)
{
    auto i = a.cbegin(), j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i == *j)
            return true;
        if (*i < *j)
            ++i;
        else
            ++j;
    }
    return false;
}

} // namespace

QStringList ConflictDetector::reasons()
{
    return {QStringLiteral("overlap"), QStringLiteral("too-close"), QStringLiteral("same-scope")};
}

QVector<InspectionConflict> ConflictDetector::detect(const QVector<InspectionWindow> &windows,
                                                     int minGapDays)
{
    static const QString Overlap = QStringLiteral("overlap");
    static const QString TooClose = QStringLiteral("too-close");
    static const QString SameScope = QStringLiteral("same-scope");

    std::vector<Entry> entries;
    entries.reserve(size_t(windows.size()));
    for (const InspectionWindow &w : windows)
        entries.push_back({w.operatorId, w.start.toJulianDay(), w.end.toJulianDay(),
                           w.start.year() * 4 + (w.start.month() - 1) / 3, &w});
    std::sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
        if (x.operatorId != y.operatorId)
            return x.operatorId < y.operatorId;
        if (x.start != y.start)
            return x.start < y.start;
        return x.window->id < y.window->id;
    });

    QVector<InspectionConflict> out;
    const size_t n = entries.size();
    for (size_t i = 0; i < n; ++i) {
        const Entry &a = entries[i];
        for (size_t j = i + 1; j < n; ++j) {
            const Entry &b = entries[j];
            if (b.operatorId != a.operatorId)
                break;
            // Sorted by start: once b starts past both the gap window and a's quarter, no
            // later inspection can conflict with a.
            const qint64 gap = b.start - a.end - 1;
            if (gap >= minGapDays && b.quarter != a.quarter)
                break;
            QString reason;
            if (gap < 0)
                reason = Overlap;
            else if (gap < minGapDays)
                reason = TooClose;
            else if (b.quarter == a.quarter && shareSystems(a.window->systems, b.window->systems))
                reason = SameScope;
            else
                continue;
            out.push_back({a.window->id, b.window->id, a.operatorId, reason, int(gap)});
        }
    }
    return out;
}

} // namespace cii
