#pragma once

#include "domain/compliancefact.h"
#include "schedule/deadlinefacts.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace cii {

// What the compliance checklist is judged from. Read by ComplianceRepository; the checklist
// itself does no I/O.
struct ComplianceFacts
{
    struct Operator
    {
        qint64 id = 0;
        QString uscc;
        QString name;
        QString sector;
    };
    // An Art. 17 assessment report with what it found and the rectification reported.
    struct Assessment
    {
        qint64 systemId = 0;
        int year = 0;
        QDate received;
        int findings = 0;
        QString rectification;
    };

    // The registry's operators; those with a system whose decision in force is CII have a
    // profile (Art. 13–21 bind operators of CII only).
    QVector<Operator> operators;
    // Every record, in any order: per operator and duty the newest (highest id) is in force.
    QVector<ComplianceFact> facts;
    // The department's renewal period per duty (months; absent or 0: none set). A target of
    // the department's own: Art. 14 and 15 name no period.
    QHash<QString, int> periodMonths;
    // The decided cases, assessments and operator events the deadline engine judges: the
    // Art. 17 assessment and the Art. 21 follow-up are its items, not judged a second time.
    DeadlineFacts deadlines;
    QVector<Assessment> assessments;
};

} // namespace cii
