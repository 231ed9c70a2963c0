#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cii {

// One piece of evidence of an operator's duty (see ComplianceDuty): what was recorded, the
// date of the evidence (the document, the check, the drill), and when and by whom it was
// recorded. Never changed or deleted: a newer record of the same duty is the one in force.
struct ComplianceFact
{
    qint64 id = 0;
    qint64 operatorId = 0;
    QString operatorUscc; // filled by the readers, for files and people
    QString operatorName;
    QString duty;  // ComplianceDuty::key
    QString value; // ComplianceDuty::normalised()
    QDate evidenceDate;
    QDateTime recordedAt; // UTC
    QString recordedBy;

    QJsonObject toJson() const;
};

} // namespace cii
