#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cii {

class Database;

// The two group roles a department's administrator makes on the shared store's server
// (resources/postgres/setup-roles.sql): cii_readers (leadership, auditors: browse and export)
// and cii_writers (regulators: read and write). Each regulator logs in as their own user, a
// member of one of them.
class StoreRoles
{
    Q_DECLARE_TR_FUNCTIONS(StoreRoles)

public:
    static QString readers() { return QStringLiteral("cii_readers"); }
    static QString writers() { return QStringLiteral("cii_writers"); }

    // After the migrations, on PostgreSQL, by the user that owns the store's tables: gives
    // the group roles that exist their rights on every table (readers SELECT; writers SELECT,
    // INSERT, UPDATE, DELETE and the sequences' USAGE), so that tables a newer version adds
    // are covered too. Idempotent and cheap: one query finds nothing missing, and only what is
    // missing is granted (under the write lock, so that two workstations never grant at once).
    // Nothing to do on SQLite, for any other user, or where neither role exists.
    static Status grantToGroups(Database &db);
    // Which of the two group roles exist on the server.
    static Result<QStringList> existingGroups(Database &db);
};

} // namespace cii
