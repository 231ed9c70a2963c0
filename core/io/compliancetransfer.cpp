#include "compliancetransfer.h"

#include "domain/chinatime.h"
#include "domain/textfield.h"
#include "io/csvtable.h"

namespace cii {

QStringList ComplianceTransfer::csvColumns()
{
    return {QStringLiteral("operator"),    QStringLiteral("duty"),
            QStringLiteral("value"),       QStringLiteral("date"),
            QStringLiteral("recorded_at"), QStringLiteral("recorded_by")};
}

QByteArray ComplianceTransfer::toCsv(const QVector<ComplianceFact> &facts,
                                     const QString &classification)
{
    QVector<QStringList> rows;
    rows.reserve(facts.size());
    for (const ComplianceFact &f : facts)
        rows << QStringList{f.operatorUscc.isEmpty() ? QString::number(f.operatorId)
                                                     : f.operatorUscc,
                            f.duty,
                            f.value,
                            f.evidenceDate.toString(Qt::ISODate),
                            f.recordedAt.isValid() ? ChinaTime::iso(f.recordedAt) : QString(),
                            f.recordedBy};
    return Csv::encode(Csv::write(csvColumns(), rows, classification), Csv::Encoding::Utf8Bom);
}

Result<ComplianceTransfer::Read>
ComplianceTransfer::fromCsv(const QByteArray &bytes, const QHash<QString, qint64> &operatorByUscc,
                            const QSet<qint64> &operatorIds)
{
    Result<QString> text = Csv::decode(bytes, Csv::Encoding::Auto);
    if (!text)
        return text.error();
    Result<CsvTable> table = Csv::parse(text.value());
    if (!table)
        return table.error();
    const CsvTable &t = table.value();
    QStringList errors;
    for (const char *required : {"operator", "duty", "value", "date"})
        if (!t.header.contains(QLatin1String(required)))
            errors << Csv::rowError(t.headerRow, QLatin1String(required), tr("missing column"));
    if (!errors.isEmpty())
        return Error::input(tr("the file does not have the compliance columns"), errors);
    if (t.rows.isEmpty())
        return Error::input(tr("the file has no records"));
    auto cell = [&](const QStringList &row, const char *column) {
        const qsizetype i = t.header.indexOf(QLatin1String(column));
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    };
    Read out;
    int badRows = 0;
    for (int r = 0; r < t.rows.size(); ++r) {
        const QStringList &row = t.rows.at(r);
        const int line = t.rowNumbers.value(r, r + 2);
        const qsizetype before = errors.size();
        ComplianceFact f;
        const QString op = cell(row, "operator");
        bool number = false;
        const qint64 id = op.toLongLong(&number);
        f.operatorId =
            number ? (operatorIds.contains(id) ? id : 0) : operatorByUscc.value(op.toUpper());
        if (!f.operatorId)
            errors << Csv::rowError(
                line, QStringLiteral("operator"),
                tr("no operator with code or id '%1' in the registry").arg(TextField::shown(op)));
        f.duty = cell(row, "duty");
        f.value = cell(row, "value");
        f.evidenceDate = QDate::fromString(cell(row, "date"), Qt::ISODate);
        if (!f.evidenceDate.isValid())
            errors << Csv::rowError(line, QStringLiteral("date"), tr("a date YYYY-MM-DD"));
        if (errors.size() > before)
            ++badRows;
        out.facts << f;
        out.rows << line;
    }
    if (!errors.isEmpty())
        return Error::input(
            tr("%n row(s) cannot be imported; nothing was imported", nullptr, badRows), errors);
    return out;
}

} // namespace cii
