#pragma once

#include "domain/department.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cii {

class Database;

// What the first-run assistant and the Settings page collect: the own department, how its
// documents are printed and (the assistant) where the store's backups go.
struct DepartmentSetupChoices
{
    Department own;
    QString classification;
    QString bodyFamily; // empty: Noto Serif CJK SC
    bool setBackupFolder = false;
    QString backupFolder; // empty: beside the store
};

// Writes the choices in one transaction, each change with its audit record (a setting only
// when it changes): all of them or, when one is refused, none. Applies the font to the
// documents afterwards.
class DepartmentSetup
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentSetup)

public:
    static Status apply(Database &db, const DepartmentSetupChoices &choices);
};

} // namespace cii
