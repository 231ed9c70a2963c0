#pragma once

#include <QString>

namespace cii::cli {

// Asks for a password on the terminal without echoing it; the shared store's server wants one
// that PGPASSFILE (and PGPASSWORD) did not give. Never written anywhere.
class PasswordPrompt
{
public:
    // False when standard input is not a terminal (a script): nothing is asked.
    static bool available();
    static QString ask(const QString &question);
};

} // namespace cii::cli
