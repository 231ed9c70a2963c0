#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace cii {

// What the detector needs of an inspection: whose, when (inclusive days) and which systems.
struct InspectionWindow
{
    qint64 id = 0;
    qint64 operatorId = 0;
    QDate start;
    QDate end;
    QVector<qint64> systems; // sorted ascending
};

// Two inspections of the same operator that should not both happen as planned (Art. 27).
struct InspectionConflict
{
    qint64 a = 0; // the earlier-starting inspection
    qint64 b = 0;
    qint64 operatorId = 0;
    QString reason; // overlap | too-close | same-scope
    // Free days between a's end and b's start: windows are inclusive, so windows that share
    // a day (b starts on a's last day) give -1, back-to-back days give 0. Negative = overlap.
    int gapDays = 0;
};

// Finds conflicts between inspections of the same operator, by any departments: windows
// that overlap, windows closer than the minimum gap, or inspections of the same systems in
// the same calendar quarter. Pure, and a sort-and-sweep per operator: O(n log n) plus the
// pairs near each other in time. Each pair is reported once, with the strongest reason.
class ConflictDetector
{
public:
    static QVector<InspectionConflict> detect(const QVector<InspectionWindow> &windows,
                                              int minGapDays = 30);
    static QStringList reasons();
};

} // namespace cii
