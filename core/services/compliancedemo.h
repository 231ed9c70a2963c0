#pragma once

#include "result.h"

#include <QDate>

namespace cii {

class Database;

// Demonstration compliance evidence (Art. 13–17, 19–21) for the operators of CII of a demo
// store: most duties evidenced, some missing, some background checks and drills past the
// department's renewal periods (which it sets: 36 and 12 months), and annual assessments of
// some CII systems with their findings and rectification. Same seed and day, same facts.
class ComplianceDemo
{
public:
    static Status populate(Database &db, quint32 seed, const QDate &today);
};

} // namespace cii
