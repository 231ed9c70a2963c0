#pragma once

#include <QString>

namespace cii {

// Exact comparison of decimal numbers written as text ("1000000", "29.9", "-0.5"), so that a
// threshold compares exactly as the rule's wording says, with no floating-point rounding.
class Decimal
{
public:
    // True if `text` is a plain decimal number (optional sign, digits, optional fraction).
    static bool isValid(const QString &text);
    // <0, 0, >0 as a is less than, equal to, or greater than b. Both must be valid.
    static int compare(const QString &a, const QString &b);
};

} // namespace cii
