#pragma once

#include "schedule/holidaycalendar.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace cii {

// How deadlines are computed; kept in the store so every workstation agrees.
struct DeadlineSettings
{
    int assessmentMonth = 12; // the annual assessment (Art. 17) is due on this day each year
    int assessmentDay = 31;
    // Art. 17: the first assessment year is the year after identification, or the same year
    // when the system was identified before this month (1–12; 0: always the year after).
    int assessmentSameYearBeforeMonth = 0;
    int notificationDays = 30; // target: operator and MPS notified within this many days
    int dueSoonDays = 14;      // "due soon" this many days ahead
};

// The stored facts the deadline engine derives its items from. Read by DeadlineRepository;
// the engine itself does no I/O.
struct DeadlineFacts
{
    struct ChangeReport
    {
        qint64 id = 0;
        QString operatorName;
        QString sector;
        QDate received;
        QVector<qint64> systems;
        QString description;
    };
    // A decided identification case.
    struct DecidedCase
    {
        qint64 caseId = 0;
        qint64 systemId = 0;
        qint64 operatorId = 0;
        QString systemName;
        QString sector;
        QDate created;
        QDate decided;
        QString decision;
        QDate operatorNotified;
        QDate mpsNotified;
        bool newestDecision = false; // the decision in force for its system
    };
    struct Assessment
    {
        qint64 systemId = 0;
        int year = 0;
        QDate received;
    };
    struct Event
    {
        qint64 id = 0;
        qint64 operatorId = 0;
        QString operatorName;
        QString sector;
        QString kind;
        QDate occurred;
        QDate followUpDue;
        QDate closed;
    };

    struct Finding
    {
        qint64 id = 0;
        qint64 inspectionId = 0;
        QString operatorName;
        QString sector;
        QString severity;
        QDate due;
        QDate fixed;
    };

    // One report an incident requires (2025 reporting measures, Art. 4, 7, 8). Hour and minute
    // clocks are timed (dueAt); the summary report's 30 days are a day period (dueDate).
    struct IncidentClock
    {
        qint64 incidentId = 0;
        QString operatorName;
        QString sector;
        QString clock;    // operator-report | onward-report | follow-up | summary-report
        QDateTime dueAt;  // timed clocks: the UTC instant it is due
        QDate dueDate;    // day clocks: the nominal day; the legal last day by the calendar
        QDateTime doneAt; // received or sent; invalid while open
        bool statutory = true;
        QString basis; // e.g. "Reporting Measures Art. 4"
    };
    // One date an enforcement case waits for (Art. 39–42, the Administrative Penalty Law).
    struct EnforcementDeadline
    {
        qint64 caseId = 0;
        QString operatorName;
        QString sector;
        QString step; // rectification | statement | hearing-request | reconsideration | litigation
        QDate due;
        QDate done; // invalid while open
        bool statutory = true;
        QString basis; // e.g. "APL Art. 64"
    };

    DeadlineSettings settings;
    HolidayCalendar calendar;
    QVector<ChangeReport> changeReports;
    QVector<DecidedCase> decidedCases; // ordered by case id
    QVector<Assessment> assessments;
    QVector<Event> events;
    QVector<Finding> findings;
    QVector<IncidentClock> incidentClocks;
    QVector<EnforcementDeadline> enforcementDeadlines;
    // The instant timed clocks are judged at. Invalid: now when `today` is the current day in
    // China time, else the start of `today` there (what `deadlines --today D` asks).
    QDateTime now;
};

} // namespace cii
