#pragma once

#include "result.h"
#include "schedule/compliancechecklist.h"

#include <QDate>
#include <QVector>

namespace cii {

class Database;

// The compliance checklist of a store as of a day, and its gaps per duty (the dashboard's
// "compliance gaps by duty": operators missing or overdue on each).
class ComplianceGaps
{
public:
    static Result<QVector<OperatorCompliance>> checklist(Database &db, const QDate &today);
    static Result<QVector<DutyGap>> byDuty(Database &db, const QDate &today);
};

} // namespace cii
