#pragma once

#include "schedule/deadlineitem.h"
#include "schedule/deadlinesummary.h"
#include "schedule/holidaycalendar.h"

#include <QStringList>
#include <QVector>

namespace cii {

// What is due as of one day, compactly: one small row per item holding the facts its words
// are made from, so that 80,000 items take a few megabytes and no text is made until somebody
// reads it (a visible table row, a line of output). Rows are in the engine's order (due date,
// kind, subject id). Made by DeadlineEngine::list(); immutable afterwards, so one list can be
// shared between threads.
class DeadlineList
{
public:
    // The positions in DeadlineEngine::kinds() and DeadlineEngine::statuses().
    enum Kind : quint8 {
        Reidentification,
        Assessment,
        Notification,
        Event,
        Rectification,
        Incident,
        Enforcement
    };
    enum Status : quint8 { Open, DueSoon, Overdue, DoneOnTime, DoneLate };

    struct Row
    {
        qint64 subjectId = 0;
        qint64 systemId = 0; // the system concerned, where there is one (cases, assessments)
        // rectification: its inspection; event: its entry in m_events; incident: in m_clocks;
        // enforcement: in m_waits
        qint64 reference = 0;
        QString name; // the operator or system the subject names
        QDate due;
        QDate done;
        QDate since; // re-identification: the report's receipt; event: the day it occurred
        int days = 0;
        int lastDay = 0; // position in m_lastDays (one entry per distinct due date)
        qint16 sector = -1;
        Kind kind = Reidentification;
        Status status = Open;
        bool statutory = false;
    };

    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    const Row &row(int i) const { return m_rows.at(i); }
    const LastDay &lastDayOf(int i) const { return m_lastDays.at(m_rows.at(i).lastDay); }
    QString sector(int i) const;
    QString kindKey(int i) const { return kindKey(m_rows.at(i).kind); }
    QString statusKey(int i) const { return statusKey(m_rows.at(i).status); }
    QString basis(int i) const;
    // Incidents: the instant due (a day clock: the last minute of its last day), and done.
    QDateTime dueAt(int i) const;
    QDateTime doneAt(int i) const;
    // Due at an instant (an incident's hour or minute clock), not on a day.
    bool timed(int i) const;
    // Incidents: minutes left until dueAt (negative: overdue), or once done, minutes after it.
    qint64 minutes(int i) const;
    // The instant the timed clocks were judged at.
    const QDateTime &now() const { return m_now; }
    // The subject in the current language.
    QString subject(int i) const;
    // The whole item, texts made now.
    DeadlineItem item(int i) const;
    QVector<DeadlineItem> items() const;
    const DeadlineSummary &summary() const { return m_summary; }

    static QString kindKey(Kind kind);
    static QString statusKey(Status status);

private:
    friend class DeadlineEngine;

    // What an operator-event item says besides its operator.
    struct EventText
    {
        QString kind;
        QStringList review; // the operator's CII systems, flagged for review
    };

    // What an incident's clock or an enforcement case's wait says besides its subject.
    struct Clock
    {
        QString key; // the clock or the step waited for
        QString basis;
        QDateTime dueAt; // incidents only
        QDateTime doneAt;
        bool timed = false; // dueAt is the fact's instant, not a day's last minute
    };

    QVector<Row> m_rows;
    QVector<Clock> m_clocks;
    QVector<Clock> m_waits;
    QDateTime m_now;
    QVector<LastDay> m_lastDays;
    QStringList m_sectors;
    QVector<EventText> m_events;
    DeadlineSummary m_summary;
};

} // namespace cii
