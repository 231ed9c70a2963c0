#pragma once

#include <QString>

namespace cii {

// The wording of the articles the deadlines rest on, for people to read beside a date
// (Decree 745 in the official Chinese text and its English translation).
class LegalBasis
{
public:
    // basis: "Art. 10", "Art. 11", "Art. 17", "Art. 18", "Art. 21", "Art. 26", "Art. 39",
    // "Art. 40", "Art. 42", "Reporting Measures Art. 4|7|8", "APL Art. 45|64|85",
    // "Administrative Reconsideration Law Art. 20", "Administrative Litigation Law Art. 46",
    // "Civil Code Art. 203". Empty for anything else.
    static QString text(const QString &basis, bool chinese);
    // "第十一条" for "Art. 11" in Chinese; the basis itself in English.
    static QString citation(const QString &basis, bool chinese);
};

} // namespace cii
