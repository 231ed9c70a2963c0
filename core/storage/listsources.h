#pragma once

#include "storage/rowsource.h"

#include <memory>

namespace cii {

class Database;

// The SQL of the long lists the pages show: what each column holds, how it sorts, what the
// filter box searches. Each list's columns come in the order of its enum; values after
// `Count` are extra values the page needs to show a row.
class ListSources
{
public:
    struct Systems
    {
        enum Column {
            Id,
            Operator,
            Name,
            Category,
            Mlps,
            Status,
            Indicators,
            Count,
            OperatorNameEn = Count,
            Description,
            OperatorId,
            NameRepeats
        };
    };
    struct Operators
    {
        enum Column {
            Id,
            Uscc,
            NameZh,
            NameEn,
            Sector,
            Region,
            Contact,
            Count,
            Phone = Count,
            Email
        };
    };

    // Systems with their newest identification case and the decision in force (the
    // identification page); the rows themselves come from CaseRepository::systemsWithLatest.
    struct Identification
    {
        enum Column {
            System,
            Operator,
            Sector,
            Category,
            Engine,
            Decision,
            Status,
            Changed,
            Identified,
            Count
        };
        // What the page's "show" box narrows the list to.
        enum Show {
            All,
            Cii,
            NotCii,
            Insufficient,
            AwaitingDecision,
            ChangedSinceDecision,
            MlpsBelowThree
        };
    };

    static std::unique_ptr<RowSource> systems(const Database &db);
    static std::unique_ptr<RowSource> identification(const Database &db);
    static SqlCondition identificationShow(Identification::Show show);
    static std::unique_ptr<RowSource> operators(const Database &db);
    // Narrows the operators list to one sector (empty key: every sector).
    static SqlCondition operatorsOfSector(const QString &sector);
    // The filter on the systems' search text (the systems list, the identification page).
    static SqlCondition systemSearch(const Database &db, const QString &systemId,
                                     const QString &text);

    struct AuditLog
    {
        enum Column { Id, At, OsUser, Action, Entity, Change, Count, EntityId = Count };
        // Characters of a record's change the list reads (one more tells it was cut).
        static constexpr int ChangeHeadLength = 160;
    };
    // The audit log's short columns and the head of each record's change (its full before
    // and after are read one record at a time, AuditLog::record).
    static std::unique_ptr<RowSource> auditLog(const Database &db);

    struct Inspections
    {
        // Conflict is no stored value: the model fills it in for each block it reads.
        enum Column {
            Operator,
            Lead,
            Participants,
            Kind,
            Start,
            End,
            Status,
            Conflict,
            Count,
            OperatorNameEn = Count,
            OperatorId,
            MergedInto,
            Joint,
            Id
        };
    };
    // Every inspection (merged and cancelled ones too) with its operator and participants;
    // the filter matches the operator (name, code), the departments, the kind, the status,
    // the team, a date within the window (YYYY-MM-DD) or part of one.
    static std::unique_ptr<RowSource> inspections(const Database &db);
};

} // namespace cii
