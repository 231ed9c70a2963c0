#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cii {

// Limits on the free text a person or a file gives us: no NULs, no control characters (a
// multi-line field takes tabs and line breaks), no bidirectional overrides that make a name
// read differently from what it is, and a length a document line or a table cell can hold.
// Every front (CSV import, CLI, GUI dialogs) goes through the domain types' validate(), which
// use this.
class TextField
{
    Q_DECLARE_TR_FUNCTIONS(TextField)

public:
    enum class Lines { Single, Multi };

    static constexpr int NameLength = 200;         // names of operators, systems
    static constexpr int DescriptionLength = 4000; // descriptions, notes, findings
    static constexpr int ShortLength = 100;        // region, contact person, team
    static constexpr int PhoneLength = 50;
    static constexpr int EmailLength = 254; // RFC 5321 path limit

    // Why `value` cannot be stored, or an empty string when it can.
    static QString problem(const QString &value, int maxLength, Lines lines = Lines::Single);
    // Appends {field, problem} to `errors` when there is a problem.
    static void check(QVector<FieldError> &errors, const QString &field, const QString &value,
                      int maxLength, Lines lines = Lines::Single);
    // A value quoted in a message: at most a few dozen characters, control characters shown
    // as U+XXXX, so a hostile cell cannot flood or rewrite the terminal.
    static QString shown(const QString &value);
};

} // namespace cii
