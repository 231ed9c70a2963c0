#include "compliancechecklist.h"

#include "domain/complianceduty.h"
#include "schedule/deadlineengine.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cii {

QString DutyStatus::stateKey(State state)
{
    switch (state) {
    case Evidenced:
        return QStringLiteral("evidenced");
    case Overdue:
        return QStringLiteral("overdue");
    case Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString DutyStatus::stateName(State state)
{
    switch (state) {
    case Evidenced:
        return ComplianceChecklist::tr("Evidenced");
    case Overdue:
        return ComplianceChecklist::tr("Overdue");
    case Missing:
        break;
    }
    return ComplianceChecklist::tr("Missing");
}

QStringList DutyStatus::stateKeys()
{
    return {stateKey(Evidenced), stateKey(Missing), stateKey(Overdue)};
}

QJsonObject DutyStatus::toJson() const
{
    return {{QStringLiteral("article"), article},
            {QStringLiteral("duty"), duty},
            {QStringLiteral("state"), stateKey()},
            {QStringLiteral("date"),
             date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue()}};
}

const DutyStatus *OperatorCompliance::duty(const QString &key) const
{
    for (const DutyStatus &d : duties)
        if (d.duty == key)
            return &d;
    return nullptr;
}

int OperatorCompliance::count(DutyStatus::State state) const
{
    return int(std::count_if(duties.cbegin(), duties.cend(),
                             [state](const DutyStatus &d) { return d.state == state; }));
}

QDate ComplianceChecklist::renewalDue(const QDate &evidence, int months)
{
    // Calendar months, clamped to the month's end like every period here (never 30 days).
    return evidence.addMonths(months);
}

QVector<OperatorCompliance> ComplianceChecklist::evaluate(const ComplianceFacts &f,
                                                          const QDate &today)
{
    // Who has a profile: an operator with a system whose decision in force is CII.
    QSet<qint64> ciiOperators;
    QHash<qint64, qint64> operatorOfSystem;
    for (const DeadlineFacts::DecidedCase &c : f.deadlines.decidedCases) {
        operatorOfSystem.insert(c.systemId, c.operatorId);
        if (c.newestDecision && c.decision == QLatin1String("cii"))
            ciiOperators.insert(c.operatorId);
    }
    QHash<qint64, qint64> operatorOfEvent;
    for (const DeadlineFacts::Event &e : f.deadlines.events)
        if (e.kind == QLatin1String("merger") || e.kind == QLatin1String("separation") ||
            e.kind == QLatin1String("dissolution"))
            operatorOfEvent.insert(e.id, e.operatorId);

    // The record in force per operator and duty: the newest written.
    QHash<QPair<qint64, QString>, const ComplianceFact *> inForce;
    for (const ComplianceFact &fact : f.facts) {
        if (!ciiOperators.contains(fact.operatorId))
            continue;
        const QPair<qint64, QString> key(fact.operatorId, fact.duty);
        const auto it = inForce.constFind(key);
        if (it == inForce.constEnd() || (*it)->id < fact.id)
            inForce.insert(key, &fact);
    }

    // Art. 17 and 21 as the deadline engine has them: one item per required assessment year
    // of each system, one per operator event, each with its status against its last day.
    struct Items
    {
        QDate lastDone;     // newest done
        QDate firstOverdue; // the earliest last day passed while open
        QDate nextDue;      // the earliest last day still open
        int done = 0;
        int total = 0;
    };
    QHash<qint64, Items> assessmentsOf;
    QHash<qint64, Items> reorganisationsOf;
    const DeadlineList list = DeadlineEngine::list(f.deadlines, today);
    for (int i = 0; i < list.size(); ++i) {
        const DeadlineList::Row &row = list.row(i);
        Items *items = nullptr;
        if (row.kind == DeadlineList::Assessment) {
            const auto op = operatorOfSystem.constFind(row.systemId);
            if (op != operatorOfSystem.constEnd() && ciiOperators.contains(*op))
                items = &assessmentsOf[*op];
        } else if (row.kind == DeadlineList::Event) {
            const auto op = operatorOfEvent.constFind(row.subjectId);
            if (op != operatorOfEvent.constEnd() && ciiOperators.contains(*op))
                items = &reorganisationsOf[*op];
        }
        if (!items)
            continue;
        ++items->total;
        const QDate last = list.lastDayOf(i).date;
        if (row.done.isValid()) {
            ++items->done;
            items->lastDone = std::max(items->lastDone, row.done);
        } else if (row.status == DeadlineList::Overdue) {
            if (!items->firstOverdue.isValid() || last < items->firstOverdue)
                items->firstOverdue = last;
        } else if (!items->nextDue.isValid() || last < items->nextDue) {
            items->nextDue = last;
        }
    }
    auto judgeItems = [](DutyStatus &s, const Items &items) {
        s.date = items.lastDone;
        if (items.firstOverdue.isValid()) {
            s.state = DutyStatus::Overdue;
            s.due = items.firstOverdue;
        } else if (items.done > 0) {
            s.state = DutyStatus::Evidenced;
        } else {
            s.state = DutyStatus::Missing;
            s.due = items.nextDue;
        }
    };

    // Art. 17: the newest assessment received of any of the operator's systems.
    QHash<qint64, QDate> lastAssessment;
    for (const DeadlineFacts::Assessment &a : f.deadlines.assessments) {
        const auto op = operatorOfSystem.constFind(a.systemId);
        if (op != operatorOfSystem.constEnd() && ciiOperators.contains(*op))
            lastAssessment[*op] = std::max(lastAssessment.value(*op), a.received);
    }

    // Art. 17 rectification: the newest year assessed of each system of the operator.
    QHash<qint64, QHash<qint64, const ComplianceFacts::Assessment *>> newestAssessment;
    for (const ComplianceFacts::Assessment &a : f.assessments) {
        const auto op = operatorOfSystem.constFind(a.systemId);
        if (op == operatorOfSystem.constEnd() || !ciiOperators.contains(*op))
            continue;
        const ComplianceFacts::Assessment *&slot = newestAssessment[*op][a.systemId];
        if (!slot || slot->year < a.year)
            slot = &a;
    }

    QVector<OperatorCompliance> out;
    for (const ComplianceFacts::Operator &op : f.operators) {
        if (!ciiOperators.contains(op.id))
            continue;
        OperatorCompliance oc;
        oc.operatorId = op.id;
        oc.uscc = op.uscc;
        oc.name = op.name;
        oc.sector = op.sector;
        for (const ComplianceDuty &duty : ComplianceDuty::all()) {
            DutyStatus s;
            s.duty = duty.key;
            s.article = duty.article;
            switch (duty.judgement) {
            case ComplianceDuty::Judgement::Record:
            case ComplianceDuty::Judgement::Renewed: {
                const ComplianceFact *fact = inForce.value({op.id, duty.key});
                if (!fact)
                    break; // missing: nothing on record
                s.value = fact->value;
                s.factId = fact->id;
                s.date = fact->evidenceDate;
                // A record that says "no" (or 0 people) is evidence that the duty is not met.
                if (!duty.affirms(fact->value))
                    break;
                s.state = DutyStatus::Evidenced;
                const int months = f.periodMonths.value(duty.key);
                if (duty.takesPeriod() && months > 0) {
                    s.due = renewalDue(fact->evidenceDate, months);
                    s.target = true;
                    if (today > s.due)
                        s.state = DutyStatus::Overdue;
                }
                break;
            }
            case ComplianceDuty::Judgement::Assessments: {
                // Overdue when a required year's last day has passed without one; otherwise
                // evidenced by the newest on record (a year not yet required counts too).
                Items items = assessmentsOf.value(op.id);
                items.lastDone = std::max(items.lastDone, lastAssessment.value(op.id));
                items.done += lastAssessment.contains(op.id) ? 1 : 0;
                judgeItems(s, items);
                break;
            }
            case ComplianceDuty::Judgement::Rectification: {
                const auto systems = newestAssessment.value(op.id);
                if (systems.isEmpty())
                    break; // no assessment: nothing to judge a rectification by
                bool rectified = true;
                for (const ComplianceFacts::Assessment *a : systems) {
                    s.date = std::max(s.date, a->received);
                    if (a->findings > 0 && a->rectification.trimmed().isEmpty())
                        rectified = false;
                }
                if (rectified)
                    s.state = DutyStatus::Evidenced;
                else
                    s.date = QDate(); // what is missing has no evidence date
                break;
            }
            case ComplianceDuty::Judgement::Reorganisation: {
                const auto it = reorganisationsOf.constFind(op.id);
                if (it == reorganisationsOf.constEnd())
                    continue; // none on record: the duty has not arisen
                judgeItems(s, *it);
                s.target = true; // the follow-up date is the department's (及时 fixes none)
                break;
            }
            }
            oc.duties << s;
        }
        out << oc;
    }
    return out;
}

QVector<DutyGap> ComplianceChecklist::gapsByDuty(const QVector<OperatorCompliance> &checklist)
{
    QVector<DutyGap> out;
    QHash<QString, int> index;
    for (const ComplianceDuty &duty : ComplianceDuty::all()) {
        index.insert(duty.key, int(out.size()));
        out << DutyGap{duty.key, duty.article, 0, 0};
    }
    for (const OperatorCompliance &oc : checklist)
        for (const DutyStatus &s : oc.duties) {
            DutyGap &gap = out[index.value(s.duty)];
            if (s.state == DutyStatus::Missing)
                ++gap.missing;
            else if (s.state == DutyStatus::Overdue)
                ++gap.overdue;
        }
    return out;
}

} // namespace cii
