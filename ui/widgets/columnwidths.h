#pragma once

#include <QStringList>

class QTableView;

namespace cii {

// Column widths that follow the words shown, in the language in use: a column of a few
// known values (outcomes, statuses, sector names) is as wide as its widest value or its
// header, so "Insufficient data" is never cut; a column of free names gets a width and elides
// in the middle (both ends of a long name are what tells two apart), with the full text as
// its tooltip (the models' Qt::ToolTipRole). Called again after a language switch.
class ColumnWidths
{
public:
    // The widest of `values` and the header, plus the cell's padding (and the sort arrow).
    // At most `maxWidth` when it is given (a long value then elides).
    static void fitValues(QTableView *view, int column, const QStringList &values,
                          int maxWidth = 0);
    // The header's width at least, `width` otherwise.
    static void setNameWidth(QTableView *view, int column, int width);
    // Long texts lose their middle rather than their end: for lists of systems, whose names
    // begin with the operator and end with the kind of system (and the id where names repeat).
    static void elideMiddle(QTableView *view);
};

} // namespace cii
