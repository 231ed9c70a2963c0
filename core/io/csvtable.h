#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace cii {

// A parsed CSV file. Row numbers count records the way a spreadsheet counts rows: the header
// is row 1, the first data record row 2 (a quoted field with line breaks stays one row).
struct CsvTable
{
    int headerRow = 1; // 2 when a classification line comes first
    QStringList header;
    QVector<QStringList> rows;
    QVector<int> rowNumbers; // parallel to rows
};

// RFC 4180 CSV as spreadsheets write it: UTF-8 (with or without BOM) or GBK/GB18030 as
// Excel on a Chinese-language Windows saves it, CRLF or LF, quoted fields holding commas,
// quotes and line breaks.
//
// What we write is safe to open in a spreadsheet: a cell that begins with = + - @, a tab or a
// carriage return (a formula to Excel and LibreOffice: OWASP "CSV injection") gets a single
// quote in front, unless it is a plain number such as -12 or 3.5. Reading removes exactly
// that quote again, so an export imports as it was: a cell of quotes followed by one of those
// characters loses one quote. A file may begin with comment lines starting with '#' before
// the header; we write the department's classification marking (内部资料 注意保存) there, so
// that whoever opens the sheet sees it in its first cell.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    enum class Encoding { Auto, Utf8, Utf8Bom, Gbk };
    static bool encodingFromKey(const QString &key, Encoding *out);

    // Auto: a UTF-8 BOM or valid UTF-8 is UTF-8, anything else is read as GB18030 (a
    // superset of GBK).
    static Result<QString> decode(const QByteArray &bytes, Encoding encoding);
    static QByteArray encode(const QString &text, Encoding encoding);

    // Every problem is reported, each as "row N, column NAME: reason".
    static Result<CsvTable> parse(const QString &text);
    // `classification`, when not empty, is written as a first line "# <classification>".
    static QString write(const QStringList &header, const QVector<QStringList> &rows,
                         const QString &classification = {});
    // The cell as written (a quote in front of what a spreadsheet would run) and as read back.
    static QString neutralised(const QString &cell);
    static QString restored(const QString &cell);
    static QString rowError(int row, const QString &column, const QString &reason);
    // Data rows (not the header, not comments) in CSV text we wrote.
    static int rowCount(const QString &text);
};

} // namespace cii
