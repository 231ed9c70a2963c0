#include "columnwidths.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace cii {
namespace {

// Cell margins, the grid line and the header's sort indicator.
constexpr int Padding = 28;

int headerWidth(const QTableView *view, int column)
{
    const QString title =
        view->model() ? view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    return QFontMetrics(view->horizontalHeader()->font()).horizontalAdvance(title) + Padding;
}

} // namespace

void ColumnWidths::fitValues(QTableView *view, int column, const QStringList &values, int maxWidth)
{
    const QFontMetrics metrics(view->font());
    int width = headerWidth(view, column);
    for (const QString &v : values)
        width = qMax(width, metrics.horizontalAdvance(v) + Padding);
    if (maxWidth > 0)
        width = qMin(width, qMax(maxWidth, headerWidth(view, column)));
    view->horizontalHeader()->resizeSection(column, width);
}

void ColumnWidths::setNameWidth(QTableView *view, int column, int width)
{
    view->horizontalHeader()->resizeSection(column, qMax(width, headerWidth(view, column)));
}

void ColumnWidths::elideMiddle(QTableView *view)
{
    view->setTextElideMode(Qt::ElideMiddle);
}

} // namespace cii
