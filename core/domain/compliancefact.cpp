#include "compliancefact.h"

#include "domain/chinatime.h"

namespace cii {

QJsonObject ComplianceFact::toJson() const
{
    QJsonObject o{{QStringLiteral("operator"), operatorId},
                  {QStringLiteral("duty"), duty},
                  {QStringLiteral("value"), value},
                  {QStringLiteral("date"), evidenceDate.toString(Qt::ISODate)}};
    if (id)
        o.insert(QStringLiteral("id"), id);
    if (recordedAt.isValid())
        o.insert(QStringLiteral("recorded_at"), ChinaTime::iso(recordedAt));
    if (!recordedBy.isEmpty())
        o.insert(QStringLiteral("recorded_by"), recordedBy);
    return o;
}

} // namespace cii
