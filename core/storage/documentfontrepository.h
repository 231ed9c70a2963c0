#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cii {

class Database;
class WriteTransaction;

// The Chinese body font of the department's official documents (GB/T 9704 asks for 仿宋; the
// department names the family installed on its workstations), kept in the store's settings
// table so that every workstation prints alike. Empty: Noto Serif CJK SC. The fronts apply it
// to OfficialDocument when they open a store and when it changes.
class DocumentFontRepository
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFontRepository)

public:
    explicit DocumentFontRepository(Database &db) : m_db(db) {}

    // The stored family, empty when none is set.
    Result<QString> bodyFamily() const;
    Status setBodyFamily(const QString &family);
    // The same inside a write another change shares (first-run setup).
    Status setBodyFamily(WriteTransaction &tx, const QString &family);
    // Hands the stored family to OfficialDocument (the default when it cannot be read).
    void apply() const;

    static constexpr int FamilyLength = 100;

private:
    Database &m_db;
};

} // namespace cii
