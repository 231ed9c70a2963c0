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
    QStringList header;
    QVector<QStringList> rows;
    QVector<int> rowNumbers; // parallel to rows
};

// RFC 4180 CSV as spreadsheets write it: UTF-8 (with or without BOM) or GBK/GB18030 as
// Excel on a Chinese-language Windows saves it, CRLF or LF, quoted fields holding commas,
// quotes and line breaks.
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
    static QString write(const QStringList &header, const QVector<QStringList> &rows);
    static QString rowError(int row, const QString &column, const QString &reason);
};

} // namespace cii
