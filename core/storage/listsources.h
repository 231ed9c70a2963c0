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
            OperatorId
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

    static std::unique_ptr<RowSource> systems(const Database &db);
    static std::unique_ptr<RowSource> operators(const Database &db);
    // Narrows the operators list to one sector (empty key: every sector).
    static SqlCondition operatorsOfSector(const QString &sector);
    // The filter on the systems' search text (the systems list, the identification page).
    static SqlCondition systemSearch(const Database &db, const QString &systemId,
                                     const QString &text);
};

} // namespace cii
