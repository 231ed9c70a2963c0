#include "compliancegaps.h"

#include "storage/compliancerepository.h"

namespace cii {

Result<QVector<OperatorCompliance>> ComplianceGaps::checklist(Database &db, const QDate &today)
{
    Result<ComplianceFacts> facts = ComplianceRepository(db).facts();
    if (!facts)
        return facts.error();
    return ComplianceChecklist::evaluate(facts.value(), today);
}

Result<QVector<DutyGap>> ComplianceGaps::byDuty(Database &db, const QDate &today)
{
    Result<QVector<OperatorCompliance>> list = checklist(db, today);
    if (!list)
        return list.error();
    return ComplianceChecklist::gapsByDuty(list.value());
}

} // namespace cii
