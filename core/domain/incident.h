#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cii {

// One entry of an incident's timeline: a report that reached the department or left it,
// or a report document the department issued. Entries are records: never changed, never
// deleted (the table is append-only).
struct IncidentReport
{
    qint64 id = 0;
    qint64 incidentId = 0;
    // operator-report: the operator's report (2025 Reporting Measures Art. 4), received;
    // onward-report: the department's report to the CAC and the MPS (Art. 4), issued / sent;
    // follow-up: a follow-up report (补报, Art. 7), received from the operator or sent onward;
    // summary-report: the report after handling ended (Art. 8), received / issued / sent.
    QString kind;
    QString action; // received | sent | issued
    QDateTime at;   // UTC: when it was received or sent (or the document issued)
    QString party;  // who sent it or to whom it went, as recorded (a person, a unit)
    QString note;   // what it said in short; for an issued document its files and language
    QDateTime recordedAt;
    QString recordedBy; // the workstation's user who recorded it
    QJsonObject toJson() const;

    static QStringList kinds();
    static QStringList actions();
    static QString kindName(const QString &key);
    static QString actionName(const QString &key);

    Q_DECLARE_TR_FUNCTIONS(IncidentReport)
};

// What the reports on an incident state beyond its facts (Reporting Measures Art. 7: the
// unit and its facilities, impact, measures taken and their effect, next steps, support
// requested; Art. 8, the summary: cause, accountability, rectification, lessons). Free text,
// edited as the department learns more; every change audited.
struct IncidentNarrative
{
    QString unitOverview;
    QString impact;
    QString measures;
    QString nextSteps;
    QString supportRequested;
    QString cause;
    QString accountability;
    QString rectification;
    QString lessons;
    QJsonObject toJson() const;
    // The JSON keys of the fields, in order (unit_overview, impact, …).
    static QStringList keys();
    QString value(const QString &key) const;
    void set(const QString &key, const QString &value);
    bool operator==(const IncidentNarrative &o) const { return toJson() == o.toJson(); }
};

// How one grading criterion came out for one incident (like identification's trace).
struct IncidentCriterionTrace
{
    QString criterion; // the criterion's key
    QString grade;     // the grade it establishes when met
    QString fact;      // the fact key it reads
    QString value;     // the fact as given; empty when missing
    QString op;
    QString threshold;
    QString unit;
    QString result;        // met | not-met | missing | disabled
    bool decisive = false; // the criterion that decided the proposed grade
    QJsonObject toJson() const;
    static IncidentCriterionTrace fromJson(const QJsonObject &o);
};

// A cybersecurity incident (网络安全事件) at a CII operator, as the department learned of it
// (Regulations Art. 18; 2025 Reporting Measures). Instants are UTC and carry minutes.
struct Incident
{
    qint64 id = 0;
    qint64 operatorId = 0;
    QString operatorName;                   // for lists
    QString sector;                         // the operator's sector key
    QVector<qint64> systems;                // ids of that operator's systems affected, sorted
    QString type = QStringLiteral("other"); // one of types()
    QString place;
    QString description;
    QDateTime occurred;   // when it happened, if known
    QDateTime discovered; // when the operator discovered it (the 1-hour clock starts here)
    QDateTime received;   // when the department received the operator's report
    // The grade the criteria propose from the facts, with the facts and the trace it came
    // from; empty until graded.
    QString proposedGrade;
    QMap<QString, QString> facts;
    QVector<IncidentCriterionTrace> trace;
    QString decidingCriterion; // the criterion key that decided the proposal ("" = general)
    QDateTime proposedAt;
    // The department's grade, which may differ from the proposal with a reason.
    QString decidedGrade;
    QString gradeReason;
    QDateTime decidedAt;
    QString decidedBy;
    QString status = QStringLiteral("open"); // open | handling | closed
    QDateTime handlingEnded;                 // set when closed (the summary's 30 days start)
    // When the department expects the operator's follow-up report (补报): its own target.
    QDateTime followUpDue;
    QDateTime followUpRequested; // when it was asked for: a follow-up received since answers it
    // What the reports state (Reporting Measures Art. 7, 8), as the department recorded it
    // from the operator's reports; empty: not recorded, and the documents say so.
    IncidentNarrative narrative;
    QVector<IncidentReport> timeline; // by instant, then id
    QDateTime createdAt;

    // The grade in force: the department's, else the proposal; empty while ungraded.
    QString grade() const { return decidedGrade.isEmpty() ? proposedGrade : decidedGrade; }
    // Reporting Measures Art. 4: only incidents graded 较大 (large) and above are reported.
    // An ungraded incident counts as reportable, so its clocks show until it is graded.
    bool reportable() const;
    // Art. 4: the department reports onward only a major or especially major incident; an
    // ungraded one shows that clock too until it is graded (30 minutes run from receipt).
    bool needsOnwardReport() const;
    // Art. 4: the operator's report is late when received MORE than one hour after
    // discovery (at exactly one hour it is in time). A fact for Art. 40 where the incident
    // is reportable.
    bool operatorReportLate() const;
    qint64 operatorReportMinutes() const; // from discovery to receipt
    QJsonObject toJson() const;           // the whole record, with trace and timeline
    QJsonObject toListJson() const;       // what `incidents list` prints per incident

    static QStringList types();
    static QStringList grades();   // especially-major major large general, highest first
    static QStringList statuses(); // open handling closed
    // Higher is graver: especially-major 4, major 3, large 2, general 1, anything else 0.
    static int gradeRank(const QString &grade);
    static QString typeName(const QString &key);
    static QString gradeName(const QString &key);
    static QString statusName(const QString &key);

    Q_DECLARE_TR_FUNCTIONS(Incident)
};

// An onward report to the CAC and the MPS that is still due (the countdown banner).
struct OnwardReportDue
{
    qint64 incidentId = 0;
    QString operatorName;
    QString grade; // in force; empty while ungraded
    QDateTime dueAt;
};

} // namespace cii
