#pragma once

#include "domain/department.h"
#include "result.h"

#include <QCoreApplication>

namespace cii {

class Database;

// The department's own settings as a numbered document needs them: every notice, inspection
// notice and filing letter bears its Chinese name, its document number and a contact. Until
// they are set nothing is numbered, so no number is burnt on a placeholder.
class IssuingDepartment
{
    Q_DECLARE_TR_FUNCTIONS(IssuingDepartment)

public:
    // The own department as stored (for previews and the settings dialog).
    static Result<Department> own(Database &db);
    // The own department when complete; otherwise an input error naming what is missing
    // and how to set it.
    static Result<Department> complete(Database &db);
    static QString missingMessage(const QStringList &missing);
    // The missing items (Department::missingForNumberedDocuments) in words.
    static QString missingItems(const QStringList &missing);
};

} // namespace cii
