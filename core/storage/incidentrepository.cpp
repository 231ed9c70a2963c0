#include "incidentrepository.h"

#include "domain/chinatime.h"
#include "domain/textfield.h"
#include "i18n/language.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlread.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace cii {
namespace {

QDateTime nowOr(const QDateTime &now)
{
    return now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
}

QVariant storedOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(ChinaTime::stored(instant)) : QVariant();
}

QDateTime instantOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : ChinaTime::fromStored(v.toString());
}

QString factsText(const QMap<QString, QString> &facts)
{
    QJsonObject o;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString traceText(const QVector<IncidentCriterionTrace> &trace)
{
    QJsonArray a;
    for (const IncidentCriterionTrace &t : trace)
        a.append(t.toJson());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

const char *Select =
    "SELECT i.id, i.operator_id, o.name_zh, o.name_en, o.sector, i.type, i.place, "
    "i.description, i.occurred_at, i.discovered_at, i.received_at, i.proposed_grade, i.facts, "
    "i.trace, i.deciding_criterion, i.proposed_at, i.decided_grade, i.grade_reason, "
    "i.decided_at, i.decided_by, i.status, i.handling_ended_at, i.follow_up_due_at, "
    "i.created_at, %1, i.unit_overview, i.impact, i.measures, i.next_steps, "
    "i.support_requested, i.cause, i.accountability, i.rectification, i.lessons, "
    "i.follow_up_requested_at "
    "FROM incidents i JOIN operators o ON o.id = i.operator_id ";

// The grade in force, in SQL: the department's, else the proposal.
const char *GradeInForce =
    "(CASE WHEN i.decided_grade <> '' THEN i.decided_grade ELSE i.proposed_grade END)";

Incident incidentFrom(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.operatorId = q.value(1).toLongLong();
    i.operatorName = Language::pick(q.value(2).toString(), q.value(3).toString());
    i.sector = q.value(4).toString();
    i.type = q.value(5).toString();
    i.place = q.value(6).toString();
    i.description = q.value(7).toString();
    i.occurred = instantOf(q.value(8));
    i.discovered = instantOf(q.value(9));
    i.received = instantOf(q.value(10));
    i.proposedGrade = q.value(11).toString();
    const QJsonObject facts = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    for (auto it = facts.constBegin(); it != facts.constEnd(); ++it)
        i.facts.insert(it.key(), it.value().toString());
    for (const QJsonValue &t : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array())
        i.trace << IncidentCriterionTrace::fromJson(t.toObject());
    i.decidingCriterion = q.value(14).toString();
    i.proposedAt = instantOf(q.value(15));
    i.decidedGrade = q.value(16).toString();
    i.gradeReason = q.value(17).toString();
    i.decidedAt = instantOf(q.value(18));
    i.decidedBy = q.value(19).toString();
    i.status = q.value(20).toString();
    i.handlingEnded = instantOf(q.value(21));
    i.followUpDue = instantOf(q.value(22));
    i.createdAt = instantOf(q.value(23));
    for (QStringView id : q.value(24).toString().split(QChar(31), Qt::SkipEmptyParts))
        i.systems << id.toLongLong();
    std::sort(i.systems.begin(), i.systems.end());
    int column = 25;
    for (const QString &key : IncidentNarrative::keys())
        i.narrative.set(key, q.value(column++).toString());
    i.followUpRequested = instantOf(q.value(column));
    return i;
}

IncidentReport reportFrom(const QSqlQuery &q)
{
    IncidentReport r;
    r.id = q.value(0).toLongLong();
    r.incidentId = q.value(1).toLongLong();
    r.kind = q.value(2).toString();
    r.action = q.value(3).toString();
    r.at = instantOf(q.value(4));
    r.party = q.value(5).toString();
    r.note = q.value(6).toString();
    r.recordedAt = instantOf(q.value(7));
    r.recordedBy = q.value(8).toString();
    return r;
}

const char *SelectReports = "SELECT id, incident_id, kind, action, at, party, note, recorded_at, "
                            "recorded_by FROM incident_reports ";

IncidentCriterion criterionFrom(const QSqlQuery &q)
{
    IncidentCriterion c;
    c.id = q.value(0).toLongLong();
    c.key = q.value(1).toString();
    c.grade = q.value(2).toString();
    c.fact = q.value(3).toString();
    c.op = q.value(4).toString();
    c.threshold = q.value(5).toString();
    c.unit = q.value(6).toString();
    c.textZh = q.value(7).toString();
    c.textEn = q.value(8).toString();
    c.source = q.value(9).toString();
    c.reference = q.value(10).toString();
    c.enabled = q.value(11).toInt() != 0;
    c.sortOrder = q.value(12).toInt();
    return c;
}

} // namespace

Status IncidentRepository::forEachWhere(const QString &where, const QVariantList &binds,
                                        const std::function<void(Incident &&)> &each) const
{
    const QString systems =
        QStringLiteral("(SELECT %1 FROM incident_systems x WHERE x.incident_id = i.id)")
            .arg(m_db.dialect().groupConcat(QStringLiteral("CAST(x.system_id AS TEXT)"), 31));
    const QString sql = QString::fromLatin1(Select).arg(systems) +
                        (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where) +
                        QStringLiteral(" ORDER BY i.received_at DESC, i.id DESC");
    return sql::select(m_db, sql, binds, [&](const QSqlQuery &q) { each(incidentFrom(q)); });
}

Result<QVector<IncidentReport>> IncidentRepository::timeline(qint64 incidentId) const
{
    QVector<IncidentReport> out;
    Status s = sql::select(m_db,
                           QString::fromLatin1(SelectReports) +
                               (incidentId ? QStringLiteral("WHERE incident_id = ? ") : QString()) +
                               QStringLiteral("ORDER BY incident_id, at, id"),
                           incidentId ? QVariantList{incidentId} : QVariantList{},
                           [&](const QSqlQuery &q) { out << reportFrom(q); });
    if (!s)
        return s.error();
    return out;
}

Result<QVector<Incident>> IncidentRepository::list(bool openOnly, const QString &grade) const
{
    QStringList where;
    QVariantList binds;
    if (openOnly)
        where << QStringLiteral("i.status <> 'closed'");
    if (!grade.isEmpty()) {
        where << QStringLiteral("%1 = ?").arg(QLatin1String(GradeInForce));
        binds << (grade == QLatin1String("ungraded") ? QString() : grade);
    }
    QVector<Incident> out;
    if (Status s = forEachWhere(where.join(QLatin1String(" AND ")), binds,
                                [&](Incident &&i) { out << std::move(i); });
        !s)
        return s.error();
    return out;
}

Result<QVector<Incident>> IncidentRepository::listWithTimelines() const
{
    Result<QVector<Incident>> all = list();
    if (!all)
        return all.error();
    Result<QVector<IncidentReport>> reports = timeline(0);
    if (!reports)
        return reports.error();
    QHash<qint64, qsizetype> at;
    QVector<Incident> out = std::move(all).value();
    for (qsizetype i = 0; i < out.size(); ++i)
        at.insert(out.at(i).id, i);
    for (const IncidentReport &r : reports.value())
        if (const auto it = at.constFind(r.incidentId); it != at.cend())
            out[it.value()].timeline << r;
    return out;
}

Result<Incident> IncidentRepository::byId(qint64 id) const
{
    std::optional<Incident> found;
    if (Status s = forEachWhere(QStringLiteral("i.id = ?"), {id},
                                [&](Incident &&i) { found = std::move(i); });
        !s)
        return s.error();
    if (!found)
        return Error::input(tr("no incident with id %1").arg(id));
    Result<QVector<IncidentReport>> reports = timeline(id);
    if (!reports)
        return reports.error();
    found->timeline = reports.value();
    return *found;
}

QStringList IncidentRepository::problems(const Incident &incident, const QDateTime &now) const
{
    const QDateTime current = nowOr(now);
    QStringList out;
    bool operatorFound = false;
    if (Status s =
            sql::select(m_db, QStringLiteral("SELECT id FROM operators WHERE id = ?"),
                        {incident.operatorId}, [&](const QSqlQuery &) { operatorFound = true; });
        !s)
        return {s.error().message};
    if (!operatorFound)
        out << tr("operator: no operator with id %1").arg(incident.operatorId);
    if (!incident.systems.isEmpty() && operatorFound) {
        QSet<qint64> own;
        if (Status s =
                sql::select(m_db, QStringLiteral("SELECT id FROM systems WHERE operator_id = ?"),
                            {incident.operatorId},
                            [&](const QSqlQuery &q) { own.insert(q.value(0).toLongLong()); });
            !s)
            return {s.error().message};
        for (qint64 system : incident.systems)
            if (!own.contains(system))
                out << tr("systems: %1 is not a system of operator %2")
                           .arg(system)
                           .arg(incident.operatorId);
    }
    if (!Incident::types().contains(incident.type))
        out << tr("type: one of %1").arg(Incident::types().join(QStringLiteral(", ")));
    if (!incident.discovered.isValid())
        out << tr("discovered: the date and time the operator discovered the incident");
    if (!incident.received.isValid())
        out << tr("received: the date and time the department received the report");
    if (incident.discovered.isValid() && incident.discovered > current)
        out << tr("discovered: %1 is in the future").arg(ChinaTime::iso(incident.discovered));
    if (incident.received.isValid() && incident.received > current)
        out << tr("received: %1 is in the future").arg(ChinaTime::iso(incident.received));
    if (incident.discovered.isValid() && incident.received.isValid() &&
        incident.received < incident.discovered)
        out << tr("received: a report cannot arrive before the incident was discovered");
    if (incident.occurred.isValid() && incident.discovered.isValid() &&
        incident.occurred > incident.discovered)
        out << tr("occurred: an incident cannot be discovered before it happened");
    if (const QString p = TextField::problem(incident.place, TextField::ShortLength); !p.isEmpty())
        out << QStringLiteral("place: %1").arg(p);
    if (const QString p = TextField::problem(incident.description, TextField::DescriptionLength,
                                             TextField::Lines::Multi);
        !p.isEmpty())
        out << QStringLiteral("description: %1").arg(p);
    for (const QString &key : IncidentNarrative::keys())
        if (const QString p =
                TextField::problem(incident.narrative.value(key), TextField::DescriptionLength,
                                   TextField::Lines::Multi);
            !p.isEmpty())
            out << QStringLiteral("%1: %2").arg(key, p);
    return out;
}

Result<qint64> IncidentRepository::add(const Incident &incident, const QString &party,
                                       const QDateTime &now)
{
    if (const QStringList p = problems(incident, now); !p.isEmpty())
        return Error::input(tr("the incident cannot be recorded"), p);
    if (const QString p = TextField::problem(party, TextField::NameLength); !p.isEmpty())
        return Error::input(QStringLiteral("party: %1").arg(p));
    QVector<qint64> systems = incident.systems;
    std::sort(systems.begin(), systems.end());
    systems.erase(std::unique(systems.begin(), systems.end()), systems.end());
    qint64 id = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        const QString created = ChinaTime::stored(QDateTime::currentDateTimeUtc());
        QVariantList binds{incident.operatorId,
                           incident.type,
                           incident.place.trimmed(),
                           incident.description.trimmed(),
                           storedOrNull(incident.occurred),
                           ChinaTime::stored(incident.discovered),
                           ChinaTime::stored(incident.received),
                           created,
                           created};
        for (const QString &key : IncidentNarrative::keys())
            binds << incident.narrative.value(key).trimmed();
        Result<qint64> inserted = tx.insert(
            QStringLiteral("INSERT INTO incidents (operator_id, type, place, description, "
                           "occurred_at, discovered_at, received_at, status, created_at, "
                           "updated_at, %1) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, %2) "
                           "RETURNING id")
                .arg(IncidentNarrative::keys().join(QStringLiteral(", ")),
                     QStringList(IncidentNarrative::keys().size(), QStringLiteral("?"))
                         .join(QStringLiteral(", "))),
            binds);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        for (qint64 system : systems)
            if (auto r = tx.exec(QStringLiteral("INSERT INTO incident_systems (incident_id, "
                                                "system_id) VALUES (?, ?)"),
                                 {id, system});
                !r)
                return r.error();
        // Reporting Measures Art. 4: the operator's report, received when the department says.
        Result<qint64> report = tx.insert(
            QStringLiteral("INSERT INTO incident_reports (incident_id, kind, action, at, party, "
                           "note, recorded_at, recorded_by) VALUES (?, 'operator-report', "
                           "'received', ?, ?, '', ?, ?) RETURNING id"),
            {id, ChinaTime::stored(incident.received), party.trimmed(), created, tx.user()});
        if (!report)
            return report.error();
        Incident stored = incident;
        stored.id = id;
        stored.systems = systems;
        stored.status = QStringLiteral("open");
        QJsonObject after = stored.toJson();
        after.remove(QStringLiteral("grading"));
        after.remove(QStringLiteral("timeline"));
        after.insert(QStringLiteral("operator_report"),
                     QJsonObject{{QStringLiteral("id"), report.value()},
                                 {QStringLiteral("party"), party.trimmed()}});
        return tx.audit(QStringLiteral("create"), QStringLiteral("incident"), QString::number(id),
                        {}, after);
    });
    if (!s)
        return s.error();
    return id;
}

Result<QVector<IncidentCriterion>> IncidentRepository::criteria() const
{
    return sql::selectList<IncidentCriterion>(
        m_db,
        QStringLiteral("SELECT id, key, grade, fact, op, threshold, unit, text_zh, text_en, "
                       "source, reference, enabled, sort_order FROM incident_criteria "
                       "ORDER BY sort_order, id"),
        {}, criterionFrom);
}

Status IncidentRepository::updateCriterion(const IncidentCriterion &criterion)
{
    Result<QVector<IncidentCriterion>> all = criteria();
    if (!all)
        return all.error();
    const auto it =
        std::find_if(all.value().cbegin(), all.value().cend(),
                     [&](const IncidentCriterion &c) { return c.key == criterion.key; });
    if (it == all.value().cend())
        return Error::input(tr("no grading criterion %1").arg(criterion.key));
    IncidentCriterion updated = *it;
    updated.op = criterion.op;
    updated.threshold = criterion.threshold.trimmed();
    updated.enabled = criterion.enabled;
    if (!criterion.textZh.isEmpty())
        updated.textZh = criterion.textZh;
    if (!criterion.textEn.isEmpty())
        updated.textEn = criterion.textEn;
    // The department vouches for what it changed or switched on: the figure is its own from
    // now on, whatever the reference said (the audit keeps what it was).
    const bool figureChanged = updated.op != it->op || updated.threshold != it->threshold;
    if (figureChanged ||
        (updated.enabled && !it->enabled && it->source == QLatin1String("unconfirmed")))
        updated.source = QStringLiteral("department");
    if (const QString p = updated.problem(); !p.isEmpty())
        return Error::input(p);
    if (updated.toJson() == it->toJson())
        return {};
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto r = tx.exec(
                QStringLiteral("UPDATE incident_criteria SET op = ?, threshold = ?, enabled = ?, "
                               "text_zh = ?, text_en = ?, source = ?, updated_at = ? "
                               "WHERE key = ?"),
                {updated.op, updated.threshold, updated.enabled ? 1 : 0, updated.textZh,
                 updated.textEn, updated.source, sql::nowUtc(), updated.key});
            !r)
            return r.error();
        return tx.audit(QStringLiteral("update"), QStringLiteral("incident_criterion"), updated.key,
                        it->toJson(), updated.toJson());
    });
}

Result<IncidentGrading> IncidentRepository::propose(qint64 id, const QMap<QString, QString> &facts,
                                                    const QDateTime &now)
{
    Result<Incident> incident = byId(id);
    if (!incident)
        return incident.error();
    Result<QVector<IncidentCriterion>> criteria = this->criteria();
    if (!criteria)
        return criteria.error();
    const QStringList known = IncidentGrader::factKeys(criteria.value());
    QMap<QString, QString> clean;
    QStringList problems;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (!known.contains(it.key()))
            problems << tr("%1: no criterion reads this fact").arg(it.key());
        else if (IncidentGrader::canonical(it.value()).isEmpty())
            problems << tr("%1: a number at or above zero, or true/false").arg(it.key());
        else
            clean.insert(it.key(), IncidentGrader::canonical(it.value()));
    }
    if (!problems.isEmpty())
        return Error::input(tr("the facts cannot be used"), problems);
    const IncidentGrading grading = IncidentGrader::grade(criteria.value(), clean);
    const QDateTime at = nowOr(now);
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto r =
                tx.exec(QStringLiteral("UPDATE incidents SET row_version = row_version + 1, "
                                       "proposed_grade = ?, facts = ?, trace = ?, "
                                       "deciding_criterion = ?, proposed_at = ?, updated_at = ? "
                                       "WHERE id = ?"),
                        {grading.grade, factsText(clean), traceText(grading.trace),
                         grading.decidingCriterion, ChinaTime::stored(at), sql::nowUtc(), id});
            !r)
            return r.error();
        QJsonObject before{{QStringLiteral("proposed_grade"), incident->proposedGrade},
                           {QStringLiteral("facts"), factsText(incident->facts)}};
        QJsonObject after{{QStringLiteral("proposed_grade"), grading.grade},
                          {QStringLiteral("facts"), factsText(clean)},
                          {QStringLiteral("deciding_criterion"), grading.decidingCriterion}};
        return tx.audit(QStringLiteral("grade-proposed"), QStringLiteral("incident"),
                        QString::number(id), before, after);
    });
    if (!s)
        return s.error();
    return grading;
}

Status IncidentRepository::decideGrade(qint64 id, const QString &grade, const QString &reason,
                                       const QDateTime &now)
{
    if (!Incident::grades().contains(grade))
        return Error::input(
            tr("grade: one of %1").arg(Incident::grades().join(QStringLiteral(", "))));
    Result<Incident> incident = byId(id);
    if (!incident)
        return incident.error();
    const QString why = reason.trimmed();
    if (why.isEmpty() && grade != incident->proposedGrade)
        return Error::input(incident->proposedGrade.isEmpty()
                                ? tr("reason: say why; the incident has no proposed grade")
                                : tr("reason: say why the grade differs from the proposal (%1)")
                                      .arg(incident->proposedGrade));
    if (const QString p =
            TextField::problem(why, TextField::DescriptionLength, TextField::Lines::Multi);
        !p.isEmpty())
        return Error::input(QStringLiteral("reason: %1").arg(p));
    const QDateTime at = nowOr(now);
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto r = tx.exec(
                QStringLiteral("UPDATE incidents SET row_version = row_version + 1, decided_grade "
                               "= ?, grade_reason = ?, "
                               "decided_at = ?, decided_by = ?, updated_at = ? WHERE id = ?"),
                {grade, why, ChinaTime::stored(at), tx.user(), sql::nowUtc(), id});
            !r)
            return r.error();
        return tx.audit(QStringLiteral("grade-decided"), QStringLiteral("incident"),
                        QString::number(id),
                        {{QStringLiteral("decided_grade"), incident->decidedGrade},
                         {QStringLiteral("grade_reason"), incident->gradeReason}},
                        {{QStringLiteral("decided_grade"), grade},
                         {QStringLiteral("grade_reason"), why},
                         {QStringLiteral("proposed_grade"), incident->proposedGrade}});
    });
}

Status IncidentRepository::updateNarrative(qint64 id, const IncidentNarrative &narrative)
{
    QMap<QString, QString> fields;
    for (const QString &key : IncidentNarrative::keys())
        fields.insert(key, narrative.value(key));
    return updateNarrative(id, fields);
}

Status IncidentRepository::updateNarrative(qint64 id, const QMap<QString, QString> &fields)
{
    QMap<QString, QString> clean;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!IncidentNarrative::keys().contains(it.key()))
            return Error::input(tr("%1: not a part of an incident's narrative").arg(it.key()));
        const QString text = it.value().trimmed();
        if (const QString p =
                TextField::problem(text, TextField::DescriptionLength, TextField::Lines::Multi);
            !p.isEmpty())
            return Error::input(QStringLiteral("%1: %2").arg(it.key(), p));
        clean.insert(it.key(), text);
    }
    return m_db.write([&](WriteTransaction &tx) -> Status {
        // Read under the write lock, and only the given fields written: another workstation
        // recording another part of the narrative meanwhile keeps its text.
        Result<Incident> incident = byId(id);
        if (!incident)
            return incident.error();
        const QJsonObject was = incident->narrative.toJson();
        QStringList set;
        QVariantList binds;
        QJsonObject before, after;
        for (auto it = clean.cbegin(); it != clean.cend(); ++it) {
            if (was.value(it.key()).toString() == it.value())
                continue;
            set << it.key() + QStringLiteral(" = ?"); // the keys are the column names
            binds << it.value();
            before.insert(it.key(), was.value(it.key()));
            after.insert(it.key(), it.value());
        }
        if (set.isEmpty())
            return {}; // unchanged: nothing written
        binds << sql::nowUtc() << id;
        if (auto r = tx.exec(QStringLiteral("UPDATE incidents SET row_version = row_version + 1, "
                                            "%1, updated_at = ? WHERE id = ?")
                                 .arg(set.join(QStringLiteral(", "))),
                             binds);
            !r)
            return r.error();
        return tx.audit(QStringLiteral("update"), QStringLiteral("incident"), QString::number(id),
                        before, after);
    });
}

Status IncidentRepository::startHandling(qint64 id)
{
    Result<Incident> incident = byId(id);
    if (!incident)
        return incident.error();
    if (incident->status != QLatin1String("open"))
        return Error::input(
            tr("incident %1 is %2, not open").arg(id).arg(Incident::statusName(incident->status)));
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto r = tx.exec(
                QStringLiteral(
                    "UPDATE incidents SET row_version = row_version + 1, status = 'handling', "
                    "updated_at = ? WHERE id = ? AND status = 'open'"),
                {sql::nowUtc(), id});
            !r)
            return r.error();
        return tx.audit(QStringLiteral("update"), QStringLiteral("incident"), QString::number(id),
                        {{QStringLiteral("status"), QStringLiteral("open")}},
                        {{QStringLiteral("status"), QStringLiteral("handling")}});
    });
}

Status IncidentRepository::close(qint64 id, const QDateTime &ended, const QDateTime &now)
{
    Result<Incident> incident = byId(id);
    if (!incident)
        return incident.error();
    if (incident->status == QLatin1String("closed"))
        return Error::input(tr("incident %1 was already closed at %2")
                                .arg(id)
                                .arg(ChinaTime::iso(incident->handlingEnded)));
    if (!ended.isValid())
        return Error::input(tr("date: the date and time handling ended"));
    if (ended < incident->discovered || ended > nowOr(now))
        return Error::input(tr("date: between the discovery (%1) and now")
                                .arg(ChinaTime::iso(incident->discovered)));
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto r = tx.exec(
                QStringLiteral(
                    "UPDATE incidents SET row_version = row_version + 1, status = 'closed', "
                    "handling_ended_at = ?, updated_at = ? WHERE id = ? "
                    "AND status <> 'closed'"),
                {ChinaTime::stored(ended), sql::nowUtc(), id});
            !r)
            return r.error();
        return tx.audit(QStringLiteral("close"), QStringLiteral("incident"), QString::number(id),
                        {{QStringLiteral("status"), incident->status},
                         {QStringLiteral("handling_ended"), QJsonValue()}},
                        {{QStringLiteral("status"), QStringLiteral("closed")},
                         {QStringLiteral("handling_ended"), ChinaTime::iso(ended)}});
    });
}

Status IncidentRepository::requestFollowUp(qint64 id, const QDateTime &dueAt, const QString &note,
                                           const QDateTime &now)
{
    Result<Incident> incident = byId(id);
    if (!incident)
        return incident.error();
    if (!dueAt.isValid() || dueAt <= nowOr(now))
        return Error::input(tr("due: a date and time after now"));
    if (const QString p =
            TextField::problem(note, TextField::DescriptionLength, TextField::Lines::Multi);
        !p.isEmpty())
        return Error::input(QStringLiteral("note: %1").arg(p));
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto r = tx.exec(
                QStringLiteral(
                    "UPDATE incidents SET row_version = row_version + 1, follow_up_due_at = ?, "
                    "follow_up_requested_at = ?, updated_at = ? "
                    "WHERE id = ?"),
                {ChinaTime::stored(dueAt), ChinaTime::stored(nowOr(now)), sql::nowUtc(), id});
            !r)
            return r.error();
        return tx.audit(
            QStringLiteral("follow-up-requested"), QStringLiteral("incident"), QString::number(id),
            {{QStringLiteral("follow_up_due"),
              incident->followUpDue.isValid() ? QJsonValue(ChinaTime::iso(incident->followUpDue))
                                              : QJsonValue()}},
            {{QStringLiteral("follow_up_due"), ChinaTime::iso(dueAt)},
             {QStringLiteral("note"), note.trimmed()}});
    });
}

Result<qint64> IncidentRepository::recordReport(const IncidentReport &report, const QDateTime &now)
{
    Result<Incident> incident = byId(report.incidentId);
    if (!incident)
        return incident.error();
    if (!IncidentReport::kinds().contains(report.kind))
        return Error::input(
            tr("kind: one of %1").arg(IncidentReport::kinds().join(QStringLiteral(", "))));
    if (report.kind == QLatin1String("operator-report"))
        return Error::input(tr("kind: the operator's report was recorded with the incident; a "
                               "later one is a follow-up"));
    if (!IncidentReport::actions().contains(report.action))
        return Error::input(
            tr("action: one of %1").arg(IncidentReport::actions().join(QStringLiteral(", "))));
    // The department sends its onward report; it receives none.
    if (report.kind == QLatin1String("onward-report") && report.action == QLatin1String("received"))
        return Error::input(tr("action: the onward report is sent by the department"));
    if (!report.at.isValid())
        return Error::input(tr("at: the date and time"));
    if (report.at > nowOr(now))
        return Error::input(tr("at: %1 is in the future").arg(ChinaTime::iso(report.at)));
    if (report.at < incident->discovered)
        return Error::input(tr("at: before the incident was discovered (%1)")
                                .arg(ChinaTime::iso(incident->discovered)));
    if (report.kind == QLatin1String("summary-report") &&
        report.action != QLatin1String("issued") && !incident->handlingEnded.isValid())
        return Error::input(tr("the summary report follows the end of handling: close the "
                               "incident first"));
    if (const QString p = TextField::problem(report.party, TextField::NameLength); !p.isEmpty())
        return Error::input(QStringLiteral("party: %1").arg(p));
    if (const QString p =
            TextField::problem(report.note, TextField::DescriptionLength, TextField::Lines::Multi);
        !p.isEmpty())
        return Error::input(QStringLiteral("note: %1").arg(p));
    qint64 id = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        IncidentReport stored = report;
        stored.recordedAt = QDateTime::currentDateTimeUtc();
        stored.recordedBy = tx.user();
        Result<qint64> inserted = tx.insert(
            QStringLiteral("INSERT INTO incident_reports (incident_id, kind, action, at, party, "
                           "note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {report.incidentId, report.kind, report.action, ChinaTime::stored(report.at),
             report.party.trimmed(), report.note.trimmed(), ChinaTime::stored(stored.recordedAt),
             stored.recordedBy});
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        stored.id = id;
        QJsonObject after = stored.toJson();
        after.insert(QStringLiteral("incident"), report.incidentId);
        return tx.audit(QStringLiteral("create"), QStringLiteral("incident_report"),
                        QString::number(id), {}, after);
    });
    if (!s)
        return s.error();
    return id;
}

Result<QVector<OnwardReportDue>> IncidentRepository::onwardReportsDue() const
{
    Result<QVector<Incident>> all = listWithTimelines();
    if (!all)
        return all.error();
    QVector<OnwardReportDue> out;
    for (const Incident &i : all.value()) {
        if (!i.needsOnwardReport())
            continue;
        const bool sent =
            std::any_of(i.timeline.cbegin(), i.timeline.cend(), [](const IncidentReport &r) {
                return r.kind == QLatin1String("onward-report") &&
                       r.action == QLatin1String("sent");
            });
        if (sent)
            continue;
        // Reporting Measures Art. 4: half an hour from the department's receipt.
        out << OnwardReportDue{i.id, i.operatorName, i.grade(), i.received.addSecs(30 * 60)};
    }
    std::sort(out.begin(), out.end(), [](const OnwardReportDue &a, const OnwardReportDue &b) {
        return a.dueAt != b.dueAt ? a.dueAt < b.dueAt : a.incidentId < b.incidentId;
    });
    return out;
}

} // namespace cii
