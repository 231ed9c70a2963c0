#include "barchartimage.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>

namespace cii {
namespace {

QFont labelFont(qreal pixels)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Liberation Sans")});
    font.setPixelSize(int(pixels));
    return font;
}

} // namespace

QColor BarChartImage::colour(int n)
{
    // Distinguishable in print and for the common colour-vision deficiencies.
    static const QColor palette[] = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
        QColor(0x9a, 0x9a, 0x9a), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};
    return palette[n % int(sizeof palette / sizeof palette[0])];
}

void BarChartImage::niceScale(int largest, int *top, int *step)
{
    if (largest <= 0) {
        *top = 1;
        *step = 1;
        return;
    }
    const double rough = largest / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double s = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= rough) {
            s = m * magnitude;
            break;
        }
    *step = std::max(1, int(s));
    *top = int(std::ceil(double(largest) / *step)) * *step;
}

QImage BarChartImage::stacked(const QStringList &categories, const QVector<Series> &series,
                              Qt::Orientation orientation, const QSize &size, bool legend)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal unit = size.width() / 1800.0;
    const QFont font = labelFont(36 * unit);
    const QFont small = labelFont(30 * unit);
    p.setFont(font);
    const QFontMetricsF fm(font), sm(small);
    const qreal margin = 16 * unit;

    QVector<int> totals(categories.size(), 0);
    for (const Series &s : series)
        for (int i = 0; i < categories.size(); ++i)
            totals[i] += s.values.value(i);
    const int largest = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    int top = 1, step = 1;
    niceScale(largest, &top, &step);

    // The legend's rows, bottom of the image: swatch, name, gap; wrapped to the width.
    const qreal swatch = fm.height() * 0.7;
    QVector<QVector<int>> legendRows(legend ? 1 : 0);
    qreal x = margin;
    for (int n = 0; legend && n < series.size(); ++n) {
        const qreal w = swatch + 10 * unit + fm.horizontalAdvance(series.at(n).name) + 36 * unit;
        if (x + w > size.width() - margin && !legendRows.last().isEmpty()) {
            legendRows.append(QVector<int>());
            x = margin;
        }
        legendRows.last() << n;
        x += w;
    }
    const qreal legendHeight = legendRows.size() * fm.height() * 1.3 + margin;
    const QRectF area(margin, margin, size.width() - 2 * margin,
                      size.height() - 2 * margin - legendHeight);

    const auto bar = [&](int category, const std::function<QRectF(qreal from, qreal to)> &rect) {
        qreal from = 0;
        for (int n = 0; n < series.size(); ++n) {
            const int v = series.at(n).values.value(category);
            if (v <= 0)
                continue;
            p.fillRect(rect(from, from + v), colour(n));
            from += v;
        }
    };
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5 * unit));
    if (orientation == Qt::Horizontal) {
        qreal labelWidth = 0;
        for (const QString &c : categories)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
        const qreal axisHeight = sm.height() + 8 * unit;
        const qreal totalWidth = fm.horizontalAdvance(QString::number(largest)) + 16 * unit;
        const QRectF plot(area.left() + labelWidth + 14 * unit, area.top(),
                          area.width() - labelWidth - 14 * unit - totalWidth,
                          area.height() - axisHeight);
        const qreal band = categories.isEmpty() ? plot.height() : plot.height() / categories.size();
        const auto xOf = [&](qreal v) { return plot.left() + plot.width() * v / top; };
        // Grid and the value axis.
        p.setFont(small);
        for (int v = 0; v <= top; v += step) {
            p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1 * unit));
            p.drawLine(QPointF(xOf(v), plot.top()), QPointF(xOf(v), plot.bottom()));
            p.setPen(QColor(0x33, 0x33, 0x33));
            const QString t = QString::number(v);
            p.drawText(QPointF(xOf(v) - sm.horizontalAdvance(t) / 2,
                               plot.bottom() + sm.ascent() + 6 * unit),
                       t);
        }
        p.setFont(font);
        for (int i = 0; i < categories.size(); ++i) {
            const qreal y = plot.top() + i * band;
            const qreal h = band * 0.64;
            const qreal barTop = y + (band - h) / 2;
            bar(i, [&](qreal from, qreal to) {
                return QRectF(QPointF(xOf(from), barTop), QPointF(xOf(to), barTop + h));
            });
            p.setPen(QColor(0x22, 0x22, 0x22));
            const qreal baseline = y + band / 2 + (fm.ascent() - fm.descent()) / 2;
            p.drawText(
                QPointF(plot.left() - 14 * unit - fm.horizontalAdvance(categories.at(i)), baseline),
                categories.at(i));
            p.drawText(QPointF(xOf(totals.at(i)) + 8 * unit, baseline),
                       QString::number(totals.at(i)));
        }
        p.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5 * unit));
        p.drawLine(plot.topLeft(), plot.bottomLeft());
    } else {
        qreal axisWidth = sm.horizontalAdvance(QString::number(top)) + 12 * unit;
        const qreal labelHeight = fm.height() + 8 * unit;
        const QRectF plot(area.left() + axisWidth, area.top() + fm.height() + 4 * unit,
                          area.width() - axisWidth,
                          area.height() - labelHeight - fm.height() - 4 * unit);
        const qreal band = categories.isEmpty() ? plot.width() : plot.width() / categories.size();
        const auto yOf = [&](qreal v) { return plot.bottom() - plot.height() * v / top; };
        p.setFont(small);
        for (int v = 0; v <= top; v += step) {
            p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1 * unit));
            p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
            p.setPen(QColor(0x33, 0x33, 0x33));
            const QString t = QString::number(v);
            p.drawText(QPointF(plot.left() - 8 * unit - sm.horizontalAdvance(t),
                               yOf(v) + (sm.ascent() - sm.descent()) / 2),
                       t);
        }
        p.setFont(font);
        for (int i = 0; i < categories.size(); ++i) {
            const qreal xLeft = plot.left() + i * band;
            const qreal w = band * 0.6;
            const qreal barLeft = xLeft + (band - w) / 2;
            bar(i, [&](qreal from, qreal to) {
                return QRectF(QPointF(barLeft, yOf(to)), QPointF(barLeft + w, yOf(from)));
            });
            p.setPen(QColor(0x22, 0x22, 0x22));
            const QString c = categories.at(i);
            p.drawText(QPointF(xLeft + (band - fm.horizontalAdvance(c)) / 2,
                               plot.bottom() + fm.ascent() + 6 * unit),
                       c);
            if (totals.at(i) > 0) {
                const QString t = QString::number(totals.at(i));
                p.drawText(QPointF(xLeft + (band - fm.horizontalAdvance(t)) / 2,
                                   yOf(totals.at(i)) - 6 * unit),
                           t);
            }
        }
        p.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5 * unit));
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
    }

    // Legend.
    qreal y = size.height() - margin - legendRows.size() * fm.height() * 1.3;
    for (const QVector<int> &row : legendRows) {
        x = margin;
        for (int n : row) {
            p.fillRect(QRectF(x, y + (fm.height() - swatch) / 2, swatch, swatch), colour(n));
            x += swatch + 10 * unit;
            p.setPen(QColor(0x22, 0x22, 0x22));
            p.drawText(QPointF(x, y + fm.ascent()), series.at(n).name);
            x += fm.horizontalAdvance(series.at(n).name) + 36 * unit;
        }
        y += fm.height() * 1.3;
    }
    return image;
}

} // namespace cii
