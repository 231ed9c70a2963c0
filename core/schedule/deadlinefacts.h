#pragma once

#include "schedule/holidaycalendar.h"

#include <QDate>
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

    DeadlineSettings settings;
    HolidayCalendar calendar;
    QVector<ChangeReport> changeReports;
    QVector<DecidedCase> decidedCases; // ordered by case id
    QVector<Assessment> assessments;
    QVector<Event> events;
    QVector<Finding> findings;
};

} // namespace cii
