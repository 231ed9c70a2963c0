#pragma once

#include "io/documentfile.h"
#include "io/sectorreportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cii {

class Database;

// What to write: one sector, one calendar year, as of one day.
struct SectorReportRequest
{
    QString sector;
    int year = 0;
    QDate date; // the report's date; overdue items are judged on it
    DocumentFile::Format format = DocumentFile::Format::Pdf;
    DocLanguage language;
    QString outDir;
};

// The annual sector report for the department's leadership: reads the store once through
// the dashboard's figures (DashboardFigures, for the sector), the deadline engine with the
// statutory calendar, the rule sets, inspections and findings, and the report repository for
// the year's identification work; writes the document as an audited export. It takes no
// document number (see SectorReportDocument).
class SectorReport
{
    Q_DECLARE_TR_FUNCTIONS(SectorReport)

public:
    static Result<SectorReportContent> compose(Database &db, const QString &sector, int year,
                                               const QDate &date);
    // Composes and writes the report into `outDir`; returns the file's path.
    static Result<QString> write(Database &db, const SectorReportRequest &request);
    // Years a report can be asked for (the store's records start no earlier).
    static constexpr int firstYear = 2021; // the Regulations took effect on 1 September 2021
};

} // namespace cii
