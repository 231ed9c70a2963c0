#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cii {

class Database;

// Tampering beyond the audit chain: someone with sqlite3 could drop the trigger that keeps a
// filed rule set or a decided case immutable, edit the row, and put the trigger back — or
// not. The store's tables, indexes and triggers are compared with the ones this build's
// migrations create, by name and definition; every difference is named.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // One line per difference; empty when the schema is exactly the migrations'.
    static Result<QStringList> differences(const Database &db);
};

} // namespace cii
