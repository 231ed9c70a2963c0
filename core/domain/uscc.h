#pragma once

#include "result.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace cii {

// The 18-character Unified Social Credit Code of GB 32100-2015: registration authority
// (1), organisation type (1), administrative division (6 digits), organisation code (9),
// check character (1), over the 31-character set that leaves out I, O, Z, S and V.
class Uscc
{
    Q_DECLARE_TR_FUNCTIONS(Uscc)

public:
    static constexpr int Length = 18;

    // Check character for the first 17 characters; a null QChar if they are not valid.
    static QChar checkCharacter(const QString &first17);
    // Accepts only the exact canonical form: 18 upper-case characters with a correct check.
    static Status validate(const QString &code);
    static bool isValid(const QString &code) { return validate(code).ok(); }
};

} // namespace cii
