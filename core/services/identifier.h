#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <functional>

namespace cii {

class Database;

// Which systems to identify: listed ones, one sector, or every sector with filed rules.
struct IdentificationRequest
{
    enum class Kind { Systems, Sector, All };
    Kind kind = Kind::All;
    QVector<qint64> systemIds;
    QString sector;
};

struct IdentificationSummary
{
    qint64 runId = 0;
    qint64 cases = 0;
    qint64 cii = 0;
    qint64 notCii = 0;
    qint64 insufficient = 0;
    QStringList sectorsWithoutRules; // skipped by an "all" run
};

// Runs the sectors' filed rule sets over systems (Art. 10) and stores one new case per
// system, all in one transaction: a cancelled or failed run writes nothing. Systems are
// streamed from the store, so memory does not grow with their number.
class Identifier
{
    Q_DECLARE_TR_FUNCTIONS(Identifier)

public:
    // Called every few hundred systems and at the end; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<IdentificationSummary> run(Database &db, const IdentificationRequest &request,
                                             const Progress &progress = {});
};

} // namespace cii
