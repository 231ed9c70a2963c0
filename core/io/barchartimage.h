#pragma once

#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cii {

// A stacked bar chart painted into an image, for documents: the charts the dashboard draws
// with Qt Charts (a widget, which core cannot use), drawn here with QPainter so a PDF and an
// ODT can carry them as pictures. Labels are in Noto Sans CJK SC, named explicitly: the
// default fallback picks the Japanese forms of shared ideographs.
class BarChartImage
{
public:
    struct Series
    {
        QString name;
        QVector<int> values; // one per category
    };

    // Horizontal: one bar per category, top-down in the order given, labels at the left.
    // Vertical: one column per category, left to right, labels under them. Each bar's total
    // stands at its end; the legend (unless turned off: bars named by their category alone)
    // is under the chart.
    static QImage stacked(const QStringList &categories, const QVector<Series> &series,
                          Qt::Orientation orientation, const QSize &size = QSize(1800, 760),
                          bool legend = true);

    // The colour of the n-th series (the dashboard's palette order).
    static QColor colour(int n);
    // Round steps for the value axis: 0, step, 2 step … top ≥ largest.
    static void niceScale(int largest, int *top, int *step);
};

} // namespace cii
