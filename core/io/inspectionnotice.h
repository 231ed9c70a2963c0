#pragma once

#include "io/doclanguage.h"

#include <QDate>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace cii {

// What an inspection notice shows; assembled by InspectionNoticeIssuer from the store.
struct InspectionNoticeContent
{
    // The issuing departments: ours (the lead) first, then every participating department
    // of a joint inspection (joint issuance).
    QStringList departmentsZh;
    QStringList departmentsEn;
    QString numberZh;
    QString numberEn;
    QDate date;
    QString operatorZh;
    QString operatorEn;
    QString operatorUscc;
    QString kind;         // Inspection::kinds(): inspection, monitoring, penetration-test, …
    bool telecom = false; // the operator is in the telecom sector (basic telecom networks)
    QDate start;
    QDate end;
    QString team;
    QStringList systems;
    QString contactName;
    QString contactPhone;

    bool joint() const { return departmentsZh.size() > 1; }
    QString anchor; // the audit chain's head at issue, ID:HEX16
};

// The notice of a cybersecurity inspection and testing (网络安全检查检测, Art. 26) to the
// operator: content, method, dates, team and contact; the Art. 27 assurances (no fees, no
// required purchases); for a penetration test the Art. 31 authorisation it is, and for basic
// telecommunications networks the advance report to the State Council telecom authority.
class InspectionNotice
{
public:
    static QString html(const InspectionNoticeContent &content, DocLanguage language);
    static std::unique_ptr<QTextDocument> build(const InspectionNoticeContent &content,
                                                DocLanguage language);
};

} // namespace cii
