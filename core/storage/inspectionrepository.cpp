#include "inspectionrepository.h"

#include "domain/textfield.h"
#include "i18n/language.h"
#include "storage/database.h"
#include "storage/sqlread.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <optional>

namespace cii {
namespace {

Inspection inspectionFrom(const QSqlQuery &q)
{
    Inspection i;
    i.id = q.value(0).toLongLong();
    i.operatorId = q.value(1).toLongLong();
    i.operatorName = Language::pick(q.value(2).toString(), q.value(3).toString());
    i.operatorUscc = q.value(4).toString();
    i.sector = q.value(5).toString();
    i.lead = q.value(6).toString();
    i.kind = q.value(7).toString();
    i.start = sql::dateOf(q.value(8));
    i.end = sql::dateOf(q.value(9));
    i.team = q.value(10).toString();
    i.status = q.value(11).toString();
    i.notes = q.value(12).toString();
    i.mergedInto = q.value(13).toLongLong();
    i.joint = q.value(14).toInt() != 0;
    return i;
}

const char *Select = "SELECT i.id, i.operator_id, o.name_zh, o.name_en, o.uscc, o.sector, i.lead, "
                     "i.kind, i.start_on, i.end_on, i.team, i.status, i.notes, "
                     "COALESCE(i.merged_into, 0), i.joint FROM inspections i "
                     "JOIN operators o ON o.id = i.operator_id ";

// Counts for conflicts (Inspection::isActive): not merged away, not cancelled.
const char *ActiveCondition = "i.merged_into IS NULL AND i.status <> 'cancelled'";

Finding findingFrom(const QSqlQuery &q)
{
    Finding f;
    f.id = q.value(0).toLongLong();
    f.inspectionId = q.value(1).toLongLong();
    f.systemId = q.value(2).toLongLong();
    f.severity = q.value(3).toString();
    f.description = q.value(4).toString();
    f.rectificationDue = sql::dateOf(q.value(5));
    f.status = q.value(6).toString();
    f.fixedOn = sql::dateOf(q.value(7));
    f.operatorName = Language::pick(q.value(8).toString(), q.value(9).toString());
    return f;
}

} // namespace

Result<QMap<QString, QVector<int>>> InspectionRepository::startsByMonth(int year,
                                                                        const QString &sector) const
{
    QMap<QString, QVector<int>> out;
    QVariantList binds{QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')),
                       QStringLiteral("%1-12-31").arg(year, 4, 10, QLatin1Char('0'))};
    QString ofSector;
    if (!sector.isEmpty()) {
        ofSector =
            QStringLiteral(" AND operator_id IN (SELECT id FROM operators WHERE sector = ?)");
        binds << sector;
    }
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT lead, CAST(substr(start_on, 6, 2) AS INTEGER), COUNT(*) FROM "
                       "inspections WHERE start_on >= ? AND start_on <= ? AND merged_into IS "
                       "NULL AND status <> 'cancelled'%1 GROUP BY 1, 2")
            .arg(ofSector),
        binds, [&](const QSqlQuery &q) {
            QVector<int> &months = out[q.value(0).toString()];
            months.resize(12);
            const int month = q.value(1).toInt();
            if (month >= 1 && month <= 12)
                months[month - 1] = q.value(2).toInt();
        });
    if (!s)
        return s.error();
    return out;
}

Result<QVector<Inspection>> InspectionRepository::list(qint64 operatorId, int year) const
{
    QVector<Inspection> out;
    if (Status s = forEach(operatorId, year, [&](const Inspection &i) { out.push_back(i); }); !s)
        return s.error();
    return out;
}

Status InspectionRepository::forEach(qint64 operatorId, int year,
                                     const std::function<void(const Inspection &)> &each) const
{
    QStringList where;
    QVariantList binds;
    if (operatorId) {
        where << QStringLiteral("i.operator_id = ?");
        binds << operatorId;
    }
    if (year) {
        where << QStringLiteral("i.start_on <= ? AND i.end_on >= ?");
        binds << QStringLiteral("%1-12-31").arg(year) << QStringLiteral("%1-01-01").arg(year);
    }
    return forEachWhere(where.join(QLatin1String(" AND ")), binds, each);
}

QString InspectionRepository::packedSystems() const
{
    return QStringLiteral("(SELECT %1 FROM inspection_systems x WHERE x.inspection_id = i.id)")
        .arg(m_db.dialect().groupConcat(QStringLiteral("CAST(x.system_id AS TEXT)"), 31));
}

QVector<qint64> InspectionRepository::unpackIds(const QString &packed)
{
    QVector<qint64> ids;
    for (QStringView id : QStringView(packed).split(QChar(31), Qt::SkipEmptyParts))
        ids << id.toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

Status InspectionRepository::forEachWhere(const QString &where, const QVariantList &binds,
                                          const std::function<void(const Inspection &)> &each) const
{
    // The participants and the scope of each inspection come in its own row, packed (the
    // keys and ids hold no separator), and are sorted here as the lists were read before.
    const QString packed =
        QStringLiteral(", (SELECT %1 FROM inspection_departments d WHERE d.inspection_id = i.id), "
                       "%2 ")
            .arg(m_db.dialect().groupConcat(QStringLiteral("d.department"), 31), packedSystems());
    QString sql = QLatin1String(Select);
    sql.insert(sql.indexOf(QLatin1String(" FROM inspections")), packed.trimmed());
    sql += (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where) +
           QStringLiteral(" ORDER BY i.start_on, i.id");
    return sql::select(m_db, sql, binds, [&](const QSqlQuery &q) {
        Inspection i = inspectionFrom(q);
        i.participants = q.value(15).toString().split(QChar(31), Qt::SkipEmptyParts);
        i.participants.sort();
        i.systems = unpackIds(q.value(16).toString());
        each(i);
    });
}

Result<QVector<Inspection>>
InspectionRepository::activeOfOperators(const QVector<qint64> &operatorIds) const
{
    QVector<Inspection> out;
    if (operatorIds.isEmpty())
        return out;
    // What conflicts and a calendar day need, no more: read for thousands of inspections at
    // each page of the calendar and each block of the list.
    const SqlDialect &d = m_db.dialect();
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT i.id, i.operator_id, o.name_zh, o.name_en, i.lead, i.kind, "
                       "i.start_on, i.end_on, %1 FROM inspections i JOIN operators o ON o.id = "
                       "i.operator_id WHERE %2 AND %3 ORDER BY i.start_on, i.id")
            .arg(packedSystems(), QLatin1String(ActiveCondition),
                 d.inIdList(QStringLiteral("i.operator_id"))),
        {d.idList(operatorIds)}, [&](const QSqlQuery &q) {
            Inspection i;
            i.id = q.value(0).toLongLong();
            i.operatorId = q.value(1).toLongLong();
            i.operatorName = Language::pick(q.value(2).toString(), q.value(3).toString());
            i.lead = q.value(4).toString();
            i.kind = q.value(5).toString();
            i.start = sql::dateOf(q.value(6));
            i.end = sql::dateOf(q.value(7));
            i.systems = unpackIds(q.value(8).toString());
            out.push_back(std::move(i));
        });
    if (!s)
        return s.error();
    return out;
}

Result<QVector<qint64>> InspectionRepository::operatorsActiveBetween(const QDate &from,
                                                                     const QDate &to) const
{
    QVector<qint64> out;
    QSet<qint64> seen;
    if (Status s = sql::select(
            m_db,
            QStringLiteral("SELECT i.operator_id FROM inspections i WHERE i.start_on <= ? AND "
                           "i.end_on >= ? AND %1")
                .arg(QLatin1String(ActiveCondition)),
            {to.toString(Qt::ISODate), from.toString(Qt::ISODate)},
            [&](const QSqlQuery &q) {
                const qint64 id = q.value(0).toLongLong();
                if (!seen.contains(id)) {
                    seen.insert(id);
                    out << id;
                }
            });
        !s)
        return s.error();
    return out;
}

Result<qint64> InspectionRepository::countActive() const
{
    qint64 n = 0;
    if (Status s = sql::select(m_db,
                               QStringLiteral("SELECT COUNT(*) FROM inspections i WHERE %1")
                                   .arg(QLatin1String(ActiveCondition)),
                               {}, [&](const QSqlQuery &q) { n = q.value(0).toLongLong(); });
        !s)
        return s.error();
    return n;
}

Result<QVector<InspectionWindow>> InspectionRepository::activeWindows() const
{
    QVector<InspectionWindow> out;
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT i.id, i.operator_id, i.start_on, i.end_on, %1 FROM inspections i "
                       "WHERE %2 ORDER BY i.id")
            .arg(packedSystems(), QLatin1String(ActiveCondition)),
        {}, [&](const QSqlQuery &q) {
            out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(),
                           sql::dateOf(q.value(2)), sql::dateOf(q.value(3)),
                           unpackIds(q.value(4).toString())});
        });
    if (!s)
        return s.error();
    return out;
}

Result<Inspection> InspectionRepository::byId(qint64 id) const
{
    std::optional<Inspection> found;
    if (Status s =
            forEachWhere(QStringLiteral("i.id = ?"), {id}, [&](const Inspection &i) { found = i; });
        !s)
        return s.error();
    if (!found)
        return Error::input(tr("no inspection with id %1").arg(id));
    return *found;
}

QStringList InspectionRepository::problems(const Inspection &in) const
{
    QStringList out;
    QSet<QString> departments;
    sql::select(m_db, QStringLiteral("SELECT key FROM departments"), {},
                [&](const QSqlQuery &q) { departments.insert(q.value(0).toString()); });
    bool operatorKnown = false;
    sql::select(m_db, QStringLiteral("SELECT COUNT(*) FROM operators WHERE id = ?"),
                {in.operatorId},
                [&](const QSqlQuery &q) { operatorKnown = q.value(0).toLongLong() > 0; });
    if (!operatorKnown)
        out << tr("operator: no operator with id %1").arg(in.operatorId);
    if (!departments.contains(in.lead))
        out << tr("lead: unknown department '%1'").arg(in.lead);
    for (const QString &p : in.participants)
        if (!departments.contains(p))
            out << tr("participants: unknown department '%1'").arg(p);
    if (!in.start.isValid())
        out << tr("start: a date YYYY-MM-DD is required");
    if (!in.end.isValid())
        out << tr("end: a date YYYY-MM-DD is required");
    if (in.start.isValid() && in.end.isValid() && in.end < in.start)
        out << tr("end: the window ends before it starts");
    if (!Inspection::kinds().contains(in.kind))
        out << tr("kind: one of %1").arg(Inspection::kinds().join(QStringLiteral(", ")));
    if (!Inspection::statuses().contains(in.status))
        out << tr("status: one of %1").arg(Inspection::statuses().join(QStringLiteral(", ")));
    QVector<FieldError> text;
    TextField::check(text, QStringLiteral("team"), in.team, TextField::NameLength);
    TextField::check(text, QStringLiteral("notes"), in.notes, TextField::DescriptionLength,
                     TextField::Lines::Multi);
    for (const FieldError &e : text)
        out << QStringLiteral("%1: %2").arg(e.field, e.reason);
    for (qint64 system : in.systems) {
        qint64 owner = -1;
        sql::select(m_db, QStringLiteral("SELECT operator_id FROM systems WHERE id = ?"), {system},
                    [&](const QSqlQuery &q) { owner = q.value(0).toLongLong(); });
        if (owner != in.operatorId)
            out << tr("systems: system %1 is not one of the operator's").arg(system);
    }
    return out;
}

Result<qint64> InspectionRepository::insert(WriteTransaction &tx, const Inspection &in)
{
    const QString now = sql::nowUtc();
    Result<qint64> id = tx.insert(
        QStringLiteral("INSERT INTO inspections (operator_id, lead, kind, start_on, end_on, team, "
                       "status, notes, merged_into, joint, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?) RETURNING id"),
        {in.operatorId, in.lead, in.kind, in.start.toString(Qt::ISODate),
         in.end.toString(Qt::ISODate), in.team, in.status, in.notes, in.joint ? 1 : 0, now, now});
    if (!id)
        return id;
    for (const QString &p : in.participants) {
        if (p == in.lead)
            continue;
        if (auto r = tx.exec(QStringLiteral("INSERT INTO inspection_departments (inspection_id, "
                                            "department) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                             {id.value(), p});
            !r)
            return r.error();
    }
    for (qint64 s : in.systems) {
        if (auto r = tx.exec(QStringLiteral("INSERT INTO inspection_systems (inspection_id, "
                                            "system_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                             {id.value(), s});
            !r)
            return r.error();
    }
    Inspection stored = in;
    stored.id = id.value();
    if (Status a = tx.audit(QStringLiteral("create"), QStringLiteral("inspection"),
                            QString::number(stored.id), {}, stored.toJson());
        !a)
        return a.error();
    return id;
}

Result<qint64> InspectionRepository::add(const Inspection &in)
{
    const QStringList p = problems(in);
    if (!p.isEmpty())
        return Error::input(p.first(), p);
    qint64 id = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<qint64> r = insert(tx, in);
        if (!r)
            return r.error();
        id = r.value();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<QVector<qint64>> InspectionRepository::addAll(const QVector<Inspection> &list)
{
    QVector<qint64> ids;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        for (const Inspection &in : list) {
            Result<qint64> r = insert(tx, in);
            if (!r)
                return r.error();
            ids << r.value();
        }
        return {};
    });
    if (!s)
        return s.error();
    return ids;
}

Status InspectionRepository::setStatus(qint64 id, const QString &status)
{
    if (!Inspection::statuses().contains(status))
        return Error::input(
            tr("status: one of %1").arg(Inspection::statuses().join(QStringLiteral(", "))));
    Result<Inspection> before = byId(id);
    if (!before)
        return before.error();
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto r = tx.exec(QStringLiteral("UPDATE inspections SET row_version = row_version + 1, "
                                            "status = ?, updated_at = ? "
                                            "WHERE id = ?"),
                             {status, sql::nowUtc(), id});
            !r)
            return r.error();
        return tx.audit(QStringLiteral("update"), QStringLiteral("inspection"), QString::number(id),
                        {{QStringLiteral("status"), before.value().status}},
                        {{QStringLiteral("status"), status}});
    });
}

Result<qint64> InspectionRepository::merge(const QVector<qint64> &ids, const QString &lead,
                                           const QDate &start, const QDate &end)
{
    if (ids.size() < 2)
        return Error::input(tr("name at least two inspections to merge"));
    QVector<Inspection> originals;
    for (qint64 id : ids) {
        Result<Inspection> in = byId(id);
        if (!in)
            return in.error();
        if (!in.value().isActive())
            return Error::input(
                tr("inspection %1 is merged or cancelled and cannot be merged again").arg(id));
        if (!originals.isEmpty() && in.value().operatorId != originals.first().operatorId)
            return Error::input(tr("inspections of different operators cannot be merged"));
        originals << in.value();
    }
    Inspection joint = originals.first();
    joint.id = 0;
    joint.joint = true;
    joint.status = QStringLiteral("planned");
    joint.lead = lead.isEmpty() ? originals.first().lead : lead;
    QStringList participants;
    QVector<qint64> systems;
    QStringList teams, notes;
    QDate earliest = originals.first().start, latest = originals.first().end;
    for (const Inspection &o : originals) {
        const QStringList departments = QStringList(o.participants) << o.lead;
        for (const QString &d : departments)
            if (!participants.contains(d))
                participants << d;
        for (qint64 s : o.systems)
            if (!systems.contains(s))
                systems << s;
        if (!o.team.isEmpty())
            teams << o.team;
        earliest = std::min(earliest, o.start);
        latest = std::max(latest, o.end);
        notes << tr("merged from inspection %1").arg(o.id);
    }
    participants.removeAll(joint.lead);
    std::sort(systems.begin(), systems.end());
    joint.participants = participants;
    joint.systems = systems;
    joint.team = teams.join(QStringLiteral("; "));
    joint.notes = notes.join(QStringLiteral("; "));
    joint.start = start.isValid() ? start : earliest;
    joint.end = end.isValid() ? end : latest;
    const QStringList p = problems(joint);
    if (!p.isEmpty())
        return Error::input(p.first(), p);
    qint64 jointId = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<qint64> id = insert(tx, joint);
        if (!id)
            return id.error();
        jointId = id.value();
        for (const Inspection &o : originals) {
            Result<QSqlQuery *> u =
                tx.exec(QStringLiteral("UPDATE inspections SET row_version = row_version + 1, "
                                       "merged_into = ?, updated_at = ? "
                                       "WHERE id = ? AND merged_into IS NULL"),
                        {jointId, sql::nowUtc(), o.id});
            if (!u)
                return u.error();
            if (u.value()->numRowsAffected() != 1)
                return Error::input(tr("inspection %1 was merged meanwhile").arg(o.id));
            if (Status a =
                    tx.audit(QStringLiteral("merge"), QStringLiteral("inspection"),
                             QString::number(o.id), {{QStringLiteral("merged_into"), QJsonValue()}},
                             {{QStringLiteral("merged_into"), jointId}});
                !a)
                return a;
        }
        return {};
    });
    if (!s)
        return s.error();
    return jointId;
}

Result<QVector<Finding>> InspectionRepository::findings(qint64 inspectionId) const
{
    QVector<Finding> out;
    if (Status s = forEachFinding(inspectionId, [&](const Finding &f) { out.push_back(f); }); !s)
        return s.error();
    return out;
}

Status InspectionRepository::forEachFinding(qint64 inspectionId,
                                            const std::function<void(const Finding &)> &each) const
{
    return sql::select(
        m_db,
        QStringLiteral("SELECT f.id, f.inspection_id, COALESCE(f.system_id, 0), f.severity, "
                       "f.description, f.rectification_due, f.status, f.fixed_on, o.name_zh, "
                       "o.name_en FROM findings f JOIN inspections i ON i.id = f.inspection_id "
                       "JOIN operators o ON o.id = i.operator_id %1 ORDER BY f.id")
            .arg(inspectionId ? QStringLiteral("WHERE f.inspection_id = ?") : QString()),
        inspectionId ? QVariantList{inspectionId} : QVariantList{},
        [&](const QSqlQuery &q) { each(findingFrom(q)); });
}

Result<qint64> InspectionRepository::addFinding(const Finding &f)
{
    Result<Inspection> in = byId(f.inspectionId);
    if (!in)
        return in.error();
    if (!Finding::severities().contains(f.severity))
        return Error::input(
            tr("severity: one of %1").arg(Finding::severities().join(QStringLiteral(", "))));
    if (f.description.trimmed().isEmpty())
        return Error::input(tr("description: say what was found"));
    if (const QString p = TextField::problem(f.description, TextField::DescriptionLength,
                                             TextField::Lines::Multi);
        !p.isEmpty())
        return Error::input(QStringLiteral("description: %1").arg(p));
    if (!f.rectificationDue.isValid())
        return Error::input(tr("due: the rectification deadline is required"));
    if (f.systemId && !in.value().systems.isEmpty() && !in.value().systems.contains(f.systemId))
        return Error::input(
            tr("system: system %1 is not in the inspection's scope").arg(f.systemId));
    qint64 id = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        const QString now = sql::nowUtc();
        Result<qint64> r = tx.insert(
            QStringLiteral("INSERT INTO findings (inspection_id, system_id, severity, description, "
                           "rectification_due, status, fixed_on, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, 'open', NULL, ?, ?) RETURNING id"),
            {f.inspectionId, f.systemId ? QVariant(f.systemId) : QVariant(), f.severity,
             f.description.trimmed(), f.rectificationDue.toString(Qt::ISODate), now, now});
        if (!r)
            return r.error();
        id = r.value();
        Finding stored = f;
        stored.id = id;
        stored.status = QStringLiteral("open");
        return tx.audit(QStringLiteral("create"), QStringLiteral("finding"), QString::number(id),
                        {}, stored.toJson());
    });
    if (!s)
        return s.error();
    return id;
}

Status InspectionRepository::updateFinding(qint64 id, const QString &status, const QDate &fixedOn,
                                           const QDate &rectificationDue)
{
    Result<QVector<Finding>> all = findings();
    if (!all)
        return all.error();
    const auto it = std::find_if(all.value().cbegin(), all.value().cend(),
                                 [id](const Finding &f) { return f.id == id; });
    if (it == all.value().cend())
        return Error::input(tr("no finding with id %1").arg(id));
    Finding next = *it;
    if (!status.isEmpty()) {
        if (!Finding::statuses().contains(status))
            return Error::input(
                tr("status: one of %1").arg(Finding::statuses().join(QStringLiteral(", "))));
        next.status = status;
        const bool fixed = status == QLatin1String("fixed") || status == QLatin1String("verified");
        if (fixed && !next.fixedOn.isValid())
            next.fixedOn = fixedOn.isValid() ? fixedOn : QDate::currentDate();
        if (!fixed)
            next.fixedOn = QDate();
    }
    if (rectificationDue.isValid())
        next.rectificationDue = rectificationDue;
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto r = tx.exec(
                QStringLiteral("UPDATE findings SET status = ?, fixed_on = ?, "
                               "rectification_due = ?, updated_at = ? WHERE id = ?"),
                {next.status,
                 next.fixedOn.isValid() ? QVariant(next.fixedOn.toString(Qt::ISODate)) : QVariant(),
                 next.rectificationDue.toString(Qt::ISODate), sql::nowUtc(), id});
            !r)
            return r.error();
        return tx.audit(QStringLiteral("update"), QStringLiteral("finding"), QString::number(id),
                        it->toJson(), next.toJson());
    });
}

} // namespace cii
