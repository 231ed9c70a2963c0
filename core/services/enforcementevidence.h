#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace cii {

class Database;
struct DeadlineItem;

// The records an enforcement case rests on, as KIND:ID links: a finding of an inspection
// (finding:12), an incident (incident:3), a deadline item by its UID
// (deadline:rectification-finding-12-20261130@cii-workbench) or a recorded compliance fact
// (compliance:ID). A case states only what is recorded: each link must name a record of the
// case's operator that exists.
class EnforcementEvidence
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementEvidence)

public:
    // One record a case could rest on, for the picker.
    struct Candidate
    {
        QString link; // KIND:ID
        QString text; // words for people
    };
    // The operator's inspection findings and its overdue deadline items on `today`.
    static Result<QVector<Candidate>> candidates(Database &db, qint64 operatorId,
                                                 const QDate &today);
    // The operator a deadline item concerns (its system's, finding's, event's or change
    // report's), 0 when it names none.
    static Result<qint64> operatorOf(Database &db, const DeadlineItem &item);
    // The links trimmed and without repeats, or an input error with one detail line per bad
    // link ("evidence N: reason"). `today` judges the deadline items.
    static Result<QStringList> check(Database &db, qint64 operatorId, const QStringList &links,
                                     const QDate &today);
};

} // namespace cii
