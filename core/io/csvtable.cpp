#include "csvtable.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

namespace cii {

bool Csv::encodingFromKey(const QString &key, Encoding *out)
{
    const QString k = key.toLower();
    if (k == QLatin1String("auto"))
        *out = Encoding::Auto;
    else if (k == QLatin1String("utf-8") || k == QLatin1String("utf8"))
        *out = Encoding::Utf8;
    else if (k == QLatin1String("utf-8-bom"))
        *out = Encoding::Utf8Bom;
    else if (k == QLatin1String("gbk") || k == QLatin1String("gb18030"))
        *out = Encoding::Gbk;
    else
        return false;
    return true;
}

Result<QString> Csv::decode(const QByteArray &bytes, Encoding encoding)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    const bool hasBom = bytes.startsWith(bom);
    if (encoding == Encoding::Gbk) {
        QStringDecoder gbk("GB18030");
        const QString text = gbk.decode(bytes);
        if (gbk.hasError())
            return Error::input(tr("the file is not valid GBK text"));
        return text;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(hasBom ? bytes.mid(bom.size()) : bytes);
    if (!utf8.hasError())
        return text;
    if (encoding != Encoding::Auto)
        return Error::input(tr("the file is not valid UTF-8 text (try --encoding gbk)"));
    QStringDecoder gbk("GB18030");
    const QString fallback = gbk.decode(bytes);
    if (gbk.hasError())
        return Error::input(tr("the file is neither UTF-8 nor GBK text"));
    return fallback;
}

QByteArray Csv::encode(const QString &text, Encoding encoding)
{
    if (encoding == Encoding::Gbk) {
        QStringEncoder gbk("GB18030");
        return gbk.encode(text);
    }
    QByteArray out = text.toUtf8();
    if (encoding == Encoding::Utf8Bom)
        out.prepend("\xEF\xBB\xBF");
    return out;
}

int Csv::rowCount(const QString &text)
{
    const Result<CsvTable> table = parse(text);
    return table ? int(table.value().rows.size()) : 0;
}

QString Csv::rowError(int row, const QString &column, const QString &reason)
{
    return tr("row %1, column %2: %3").arg(row).arg(column, reason);
}

Result<CsvTable> Csv::parse(const QString &text)
{
    CsvTable table;
    QStringList errors;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int row = 1;
    int quoteStartRow = 1;

    auto columnName = [&](int index) {
        return index < table.header.size() ? table.header.at(index) : QString::number(index + 1);
    };
    auto endField = [&]() {
        record << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&]() {
        endField();
        const bool blank = !recordHasContent;
        for (QString &cell : record)
            cell = restored(cell);
        if (!blank) {
            if (table.header.isEmpty() && record.first().startsWith(QLatin1Char('#'))) {
                table.headerRow = row + 1; // a comment (the classification) before the header
            } else if (table.header.isEmpty() && table.rows.isEmpty() && row == table.headerRow) {
                table.header = record;
            } else {
                table.rows << record;
                table.rowNumbers << row;
            }
            ++row;
        }
        record.clear();
        recordHasContent = false;
    };

    const int n = text.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (field.trimmed().isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
                quoteStartRow = row;
                field.clear();
                recordHasContent = true;
            } else {
                errors << rowError(row, columnName(record.size()),
                                   tr("a quote inside an unquoted field (quote the whole field "
                                      "and double the quote)"));
                field += c;
            }
        } else if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else {
            if (fieldWasQuoted && !c.isSpace()) {
                errors << rowError(row, columnName(record.size()),
                                   tr("text after the closing quote of a quoted field"));
            }
            field += c;
            if (!c.isSpace())
                recordHasContent = true;
        }
    }
    if (inQuotes) {
        errors << rowError(quoteStartRow, columnName(record.size()),
                           tr("a quoted field is not closed before the end of the file"));
    } else if (recordHasContent || !field.isEmpty()) {
        endRecord();
    }

    if (table.header.isEmpty() && errors.isEmpty())
        errors << tr("the file is empty: the first row must name the columns");
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        if (cells.size() > table.header.size())
            errors << rowError(table.rowNumbers.at(r), QString::number(table.header.size() + 1),
                               tr("%1 fields, but the header names %2 columns")
                                   .arg(cells.size())
                                   .arg(table.header.size()));
        else if (cells.size() < table.header.size())
            errors << rowError(table.rowNumbers.at(r), table.header.at(cells.size()),
                               tr("missing: the row has %1 fields, the header names %2 columns")
                                   .arg(cells.size())
                                   .arg(table.header.size()));
    }
    if (!errors.isEmpty())
        return Error::input(tr("the CSV file is malformed"), errors);
    return table;
}

static QString quoted(const QString &field)
{
    const bool needs = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                       field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                       (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needs)
        return field;
    QString f = field;
    f.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

namespace {

// ^'* followed by a character a spreadsheet starts a formula with (or a tab / CR, which some
// take as a cell break in front of one).
bool startsLikeFormula(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    if (i == cell.size())
        return false;
    switch (cell.at(i).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace

QString Csv::neutralised(const QString &cell)
{
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    if (!startsLikeFormula(cell) || plainNumber.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

QString Csv::restored(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && startsLikeFormula(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

QString Csv::write(const QStringList &header, const QVector<QStringList> &rows,
                   const QString &classification)
{
    QString out;
    auto line = [&](const QStringList &cells) {
        QStringList q;
        q.reserve(cells.size());
        for (const QString &c : cells)
            q << quoted(neutralised(c));
        // A lone empty field would be an empty line, which parse() (like every reader) skips
        // as blank: quote it so the row survives.
        if (q.size() == 1 && q.first().isEmpty())
            q.first() = QStringLiteral("\"\"");
        out += q.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    if (!classification.isEmpty())
        out += quoted(QStringLiteral("# ") + classification) + QLatin1String("\r\n");
    line(header);
    for (const QStringList &r : rows)
        line(r);
    return out;
}

} // namespace cii
