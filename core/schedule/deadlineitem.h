#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace cii {

// Something that is due: derived from stored facts every time, never stored itself.
struct DeadlineItem
{
    // Kinds (cli.md): reidentification assessment notification event rectification.
    QString kind;
    QString subject;     // words for people: the system, operator or report it concerns
    QString subjectType; // change-report | system | case | event
    qint64 subjectId = 0;
    QString sector;
    qint64 systemId = 0; // the system concerned, where there is one (cases, assessments)
    QDate due;
    QDate done; // invalid while open
    // Status (cli.md): open due-soon overdue done-on-time done-late.
    QString status;
    // Open: days left until due (negative: days overdue). Done: days after the due date it
    // was done (zero or negative: on time).
    int days = 0;

    // Stable across exports and runs: the same fact gives the same UID.
    QString uid() const;
    QJsonObject toJson() const;
};

} // namespace cii
