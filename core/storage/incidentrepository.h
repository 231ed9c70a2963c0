#pragma once

#include "domain/incident.h"
#include "domain/incidentcriterion.h"
#include "result.h"
#include "rules/incidentgrader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QVector>

#include <functional>

namespace cii {

class Database;
class WriteTransaction;

// The incident register (Regulations Art. 18, 2025 Reporting Measures): incidents, their
// grading against the grading guide kept in the store, and the timeline of their reports.
// Nothing is deleted; every write is audited in its own transaction.
//
// `now` parameters: the instant a write is judged at (a time in the future is refused); left
// invalid it is the current time. Tests and the CLI inject it.
class IncidentRepository
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRepository)

public:
    explicit IncidentRepository(Database &db) : m_db(db) {}

    // Every incident, newest received first; optionally only those not closed and/or of one
    // grade in force ("ungraded" for those without a grade). Without timeline and trace.
    Result<QVector<Incident>> list(bool openOnly = false, const QString &grade = {}) const;
    // One incident with its systems, facts, trace and timeline.
    Result<Incident> byId(qint64 id) const;
    // Every incident with its timeline (the deadline list's incident clocks).
    Result<QVector<Incident>> listWithTimelines() const;
    // The timeline of one incident (of all, with 0), by instant.
    Result<QVector<IncidentReport>> timeline(qint64 incidentId) const;

    // What is wrong with an incident before it is added: each as "field: reason".
    QStringList problems(const Incident &incident, const QDateTime &now = {}) const;
    // Adds the incident and, in the same transaction, the timeline entry of the operator's
    // report received at `received` (from `party`, the reporting person or unit).
    Result<qint64> add(const Incident &incident, const QString &party = {},
                       const QDateTime &now = {});

    // The grading guide as the store holds it (the department's edits included), in order.
    Result<QVector<IncidentCriterion>> criteria() const;
    // The department confirms or edits a criterion (threshold, op, enabled): the source
    // becomes "department" when the figure changed or a criterion not confirmed is enabled.
    Status updateCriterion(const IncidentCriterion &criterion);
    // Grades the incident from `facts` with the stored criteria and keeps facts, trace and
    // proposed grade (replacing an earlier proposal; the audit keeps the old one).
    Result<IncidentGrading> propose(qint64 id, const QMap<QString, QString> &facts,
                                    const QDateTime &now = {});
    // The department's grade; a reason is required when it differs from the proposal (and
    // when there is no proposal).
    Status decideGrade(qint64 id, const QString &grade, const QString &reason,
                       const QDateTime &now = {});

    // What the reports state (impact, measures, next steps, …): replaces the recorded text.
    Status updateNarrative(qint64 id, const IncidentNarrative &narrative);
    // Replaces only the given parts (IncidentNarrative::keys() → text), read and written
    // under the write lock: a part another workstation recorded meanwhile is kept.
    Status updateNarrative(qint64 id, const QMap<QString, QString> &fields);
    // open → handling.
    Status startHandling(qint64 id);
    // Handling ended at `ended` (between receipt and now): the incident is closed and the
    // 30 days of the summary report start (Reporting Measures Art. 8).
    Status close(qint64 id, const QDateTime &ended, const QDateTime &now = {});
    // The department expects a follow-up report (补报, Art. 7) by `dueAt`: its own target.
    Status requestFollowUp(qint64 id, const QDateTime &dueAt, const QString &note = {},
                           const QDateTime &now = {});
    // A report received or sent (or a document issued), at `report.at` (not in the future,
    // not before the incident was discovered). A sent onward / follow-up / summary report
    // closes its clock. Gives the timeline entry's id.
    Result<qint64> recordReport(const IncidentReport &report, const QDateTime &now = {});

    // The onward reports to the CAC and the MPS still due (not yet sent), soonest first,
    // for the countdown banner: major and especially major incidents, and ungraded ones.
    Result<QVector<OnwardReportDue>> onwardReportsDue() const;

private:
    // Incidents matching `where` (over `incidents i JOIN operators o`), newest received first,
    // with their systems; without the timeline.
    Status forEachWhere(const QString &where, const QVariantList &binds,
                        const std::function<void(Incident &&)> &each) const;
    Database &m_db;
};

} // namespace cii
