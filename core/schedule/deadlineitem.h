#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cii {

// Something that is due: derived from stored facts every time, never stored itself.
struct DeadlineItem
{
    // Kinds (cli.md): reidentification assessment notification event rectification incident
    // enforcement.
    QString kind;
    // Incident: which report (operator-report onward-report follow-up summary-report);
    // enforcement: what the case waits for (rectification statement hearing-request
    // reconsideration litigation). Part of the UID: one subject has several.
    QString clock;
    QString subject;     // words for people: the system, operator or report it concerns
    QString subjectType; // change-report | system | case | event | finding | incident |
                         // enforcement-case
    qint64 subjectId = 0;
    QString sector;
    qint64 systemId = 0; // the system concerned, where there is one (cases, assessments)
    QDate due;           // the nominal date (Civil Code Art. 202: the corresponding day, clamped)
    // The legal last day (Civil Code Art. 203): `due`, or the first working day after it when
    // `due` is a rest day; status is judged against it.
    QDate lastDay;
    QString lastDayRestZh; // what moved it: the holiday's name, or the weekend
    QString lastDayRestEn;
    bool calendarMissing = false; // the holiday calendar lacks the year: weekends only
    QString basis;                // the article the deadline rests on, e.g. "Art. 11"
    bool statutory = false;       // the law fixes the date; false: the department's own target
    QDate done;                   // invalid while open
    // Status (cli.md): open due-soon overdue done-on-time done-late.
    QString status;
    // Open: days left until the last day (negative: days overdue). Done: days after the last
    // day it was done (zero or negative: on time).
    int days = 0;
    // Incidents: the instant due (a day clock: its last day's last minute) and the instant
    // done; minutes left until dueAt (negative: overdue), or once done, minutes after it.
    QDateTime dueAt;
    QDateTime doneAt;
    bool timed = false; // due at an instant (hours and minutes), not on a day
    qint64 minutes = 0;

    bool isIncident() const;
    // Stable across exports and runs: the same fact gives the same UID.
    QString uid() const;
    QJsonObject toJson() const;
    // Appends toJson() as QJsonDocument's compact form writes it, byte for byte, without
    // building the object: what the CLI streams, 80,000 items at a time.
    void appendJson(QByteArray &out) const;
};

} // namespace cii
