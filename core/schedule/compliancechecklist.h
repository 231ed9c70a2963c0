#pragma once

#include "schedule/compliancefacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QVector>

namespace cii {

// One duty of one operator as the checklist judges it.
struct DutyStatus
{
    enum State { Evidenced, Missing, Overdue };

    QString duty;    // ComplianceDuty::key
    QString article; // "Art. 14"
    State state = Missing;
    // The date of the evidence in force (the record's, the newest assessment received, the
    // last handling closed); invalid when there is none.
    QDate date;
    // Overdue: the day it was due (the renewal target, the assessment's legal last day, the
    // follow-up's). Missing: the day it falls due when one is known. Otherwise invalid.
    QDate due;
    bool target = false; // the due day is the department's own target, not the law's
    QString value;       // the record in force (recorded duties), as stored
    qint64 factId = 0;   // that record

    QString stateKey() const { return stateKey(state); }
    static QString stateKey(State state);
    static QString stateName(State state);
    static QStringList stateKeys();
    // {"article","duty","state","date"} as cli.md lists them.
    QJsonObject toJson() const;
};

// An operator of CII and its duties, in the catalogue's order. Art. 21 is listed only when a
// merger, separation or dissolution is on record: it binds an operator when one happens.
struct OperatorCompliance
{
    qint64 operatorId = 0;
    QString uscc;
    QString name;
    QString sector;
    QVector<DutyStatus> duties;

    const DutyStatus *duty(const QString &key) const;
    int count(DutyStatus::State state) const;
};

// How many operators lack a duty's evidence (missing) or are past its date (overdue).
struct DutyGap
{
    QString duty;
    QString article;
    int missing = 0;
    int overdue = 0;
};

// The operator compliance checklist (Art. 13–17, 19–21): facts and "today" in, per operator
// per duty evidenced, missing or overdue out. A pure function, like the deadline engine,
// whose assessment and event items it reuses.
class ComplianceChecklist
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceChecklist)

public:
    static QVector<OperatorCompliance> evaluate(const ComplianceFacts &facts, const QDate &today);
    // Per duty of the catalogue, in its order: the dashboard's compliance gaps.
    static QVector<DutyGap> gapsByDuty(const QVector<OperatorCompliance> &checklist);
    // Art. 14, 15: a renewed record is overdue once the period has passed (超过: the day after
    // the evidence date plus the period).
    static QDate renewalDue(const QDate &evidence, int months);
};

} // namespace cii
