// CSV files as users bring them: every encoding the import accepts, then the RFC 4180 parser.
// A table that parses is written back and must parse to the same table (what export writes,
// import reads). The same bytes go to the inspections' CSV import, whose export of what it
// read must import again.

#include "fuzzsupport.h"
#include "io/csvtable.h"
#include "io/inspectiontransfer.h"

using namespace cii;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    static const QHash<QString, qint64> operators = {{QStringLiteral("91350100M000100Y43"), 1},
                                                     {QStringLiteral("91110108MA01A2B3CF"), 2}};
    if (const Result<QVector<Inspection>> inspections =
            InspectionTransfer::fromCsv(bytes, operators, QStringLiteral("own"))) {
        const Result<QVector<Inspection>> again = InspectionTransfer::fromCsv(
            InspectionTransfer::toCsv(inspections.value()), operators, QStringLiteral("own"));
        fuzz::check(again.ok() && again->size() == inspections->size(),
                    "exported inspections import again",
                    again.ok() ? QString() : again.error().details.join(QLatin1Char('\n')));
    }
    for (Csv::Encoding e :
         {Csv::Encoding::Auto, Csv::Encoding::Utf8, Csv::Encoding::Utf8Bom, Csv::Encoding::Gbk}) {
        const Result<QString> text = Csv::decode(bytes, e);
        if (!text)
            continue;
        const Result<CsvTable> table = Csv::parse(text.value());
        if (!table) {
            fuzz::check(!table.error().message.isEmpty(), "a parse error has a message");
            continue;
        }
        const CsvTable &t = table.value();
        fuzz::check(t.rows.size() == t.rowNumbers.size(), "one row number per row");
        for (const QStringList &row : t.rows)
            fuzz::check(row.size() == t.header.size(), "a parsed row has the header's width");

        const QString written = Csv::write(t.header, t.rows);
        const Result<CsvTable> again = Csv::parse(written);
        fuzz::check(again.ok(), "what Csv::write writes parses",
                    again.ok() ? QString() : again.error().details.join(QLatin1Char('\n')));
        fuzz::check(again->header == t.header && again->rows == t.rows,
                    "Csv::write then Csv::parse gives the same table", written);
        // Encoding round trip of what export writes. Text that itself begins with U+FEFF is
        // not checked: a leading U+FEFF reads as a BOM (twice over, deliberately: a doubled BOM
        // from a re-saved file must not become part of the first column's name).
        if (written.startsWith(QChar(0xFEFF)))
            continue;
        for (Csv::Encoding out : {Csv::Encoding::Utf8, Csv::Encoding::Utf8Bom}) {
            const Result<QString> back =
                Csv::decode(Csv::encode(written, out), Csv::Encoding::Auto);
            fuzz::check(back.ok() && back.value() == written, "UTF-8 export decodes to itself",
                        written);
        }
    }
    return 0;
}
