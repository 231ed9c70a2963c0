#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cii {

class Database;

// What the identification records of one sector say about one calendar year, counted by the
// database (the annual sector report).
struct SectorCaseYear
{
    qint64 evaluated = 0;                // cases made in the year
    QMap<QString, qint64> byOutcome;     // engine outcome of those cases → count
    qint64 decided = 0;                  // decisions made in the year
    qint64 confirmed = 0;                // of them, the engine's result confirmed
    qint64 overridden = 0;               // of them, overridden with a reason
    qint64 identifiedCii = 0;            // of them, decided CII
    qint64 operatorNotified = 0;         // operators notified of a case in the year (Art. 10)
    qint64 mpsNotified = 0;              // the MPS notified of a case in the year (Art. 10)
    QMap<QString, qint64> noticesByKind; // notices issued in the year: operator | mps → count
};

// The SQL the annual sector report needs beyond what the dashboard figures count (which it
// reuses): the sector's operators, how completely its systems report the indicators the
// rules read, the year's identification work, and the audit chain's head the report cites.
class SectorReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(SectorReportRepository)

public:
    explicit SectorReportRepository(Database &db) : m_db(db) {}

    Result<qint64> countOperators(const QString &sector) const;
    // How many of the sector's systems have values for how many of `indicators` (number of
    // the keys reported → systems); every system of the sector is counted, 0 when it has none.
    Result<QMap<int, qint64>> coverage(const QString &sector, const QStringList &indicators) const;
    Result<SectorCaseYear> caseYear(const QString &sector, int year) const;
    // "ID:HEX16" of the newest audit record (empty for an empty log): printed on the report
    // so that whoever holds it can later check the log still holds what it was made from.
    Result<QString> chainHead() const;

private:
    Database &m_db;
};

} // namespace cii
