#include "csvexporter.h"

#include "services/auditedexport.h"

#include <QDate>
#include <QFileDialog>
#include <QMessageBox>

namespace cii {

QString CsvExporter::exportRegistry(QWidget *parent, RegistryRepository &repo,
                                    ImportPreview::Kind kind)
{
    const bool operators = kind == ImportPreview::Kind::Operators;
    const QString excel = tr("CSV for Excel, UTF-8 with BOM (*.csv)");
    const QString gbk = tr("CSV in GBK, for older Excel (*.csv)");
    const QString plain = tr("CSV, UTF-8 (*.csv)");
    QString filter = excel;
    const QString suggested =
        QStringLiteral("%1-%2.csv")
            .arg(operators ? QStringLiteral("operators") : QStringLiteral("systems"))
            .arg(QDate::currentDate().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(
        parent, operators ? tr("Export operators") : tr("Export systems"), suggested,
        QStringList{excel, gbk, plain}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    RegistryTransfer transfer(repo);
    const QString marking = AuditedExport::classification(repo.database());
    const Result<QString> csv =
        operators ? transfer.exportOperators(marking) : transfer.exportSystems(marking);
    const Csv::Encoding encoding = filter == gbk     ? Csv::Encoding::Gbk
                                   : filter == plain ? Csv::Encoding::Utf8
                                                     : Csv::Encoding::Utf8Bom;
    Status written = csv ? AuditedExport::writeFile(
                               repo.database(),
                               {operators ? QStringLiteral("operators") : QStringLiteral("systems"),
                                QStringLiteral("csv"), path, Csv::rowCount(csv.value())},
                               Csv::encode(csv.value(), encoding))
                         : Status(csv.error());
    if (!written) {
        QMessageBox::warning(parent, tr("Export failed"), written.error().message);
        return {};
    }
    return path;
}

} // namespace cii
