#include "registryrepository.h"

#include "domain/sector.h"
#include "domain/textfield.h"
#include "storage/database.h"
#include "storage/editconflict.h"
#include "storage/packedvalues.h"
#include "storage/sqlread.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cii {
namespace {

const char *OperatorColumns = "id, uscc, name_zh, name_en, sector, region, contact_name, "
                              "contact_phone, contact_email, row_version";
const char *SystemColumns = "s.id, s.operator_id, s.name, s.description, s.category, "
                            "s.mlps_level, s.status, s.row_version";
// A store opened to be inspected (a backup) may predate schema 13 and its row versions.
const char *OperatorColumnsV12 = "id, uscc, name_zh, name_en, sector, region, contact_name, "
                                 "contact_phone, contact_email, 1";
const char *SystemColumnsV12 = "s.id, s.operator_id, s.name, s.description, s.category, "
                               "s.mlps_level, s.status, 1";

OperatorInfo operatorFrom(const QSqlQuery &q)
{
    OperatorInfo o;
    o.id = q.value(0).toLongLong();
    o.uscc = q.value(1).toString();
    o.nameZh = q.value(2).toString();
    o.nameEn = q.value(3).toString();
    o.sector = q.value(4).toString();
    o.region = q.value(5).toString();
    o.contactName = q.value(6).toString();
    o.contactPhone = q.value(7).toString();
    o.contactEmail = q.value(8).toString();
    o.rowVersion = q.value(9).toLongLong();
    return o;
}

SystemInfo systemFrom(const QSqlQuery &q)
{
    SystemInfo s;
    s.id = q.value(0).toLongLong();
    s.operatorId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.description = q.value(3).toString();
    s.category = q.value(4).toString();
    s.mlpsLevel = q.value(5).toInt();
    s.status = q.value(6).toString();
    s.rowVersion = q.value(7).toLongLong();
    return s;
}

QJsonObject valuesJson(const QVector<IndicatorValue> &values)
{
    QJsonObject o;
    for (const IndicatorValue &v : values)
        o.insert(v.key, v.value);
    return o;
}

void sortByKey(QVector<IndicatorValue> *values)
{
    std::sort(values->begin(), values->end(),
              [](const IndicatorValue &a, const IndicatorValue &b) { return a.key < b.key; });
}

// A system's values as forEachSystem packs them, in key order.
bool unpack(QStringView packed, qint64 systemId, QVector<IndicatorValue> *out)
{
    QVector<QPair<QString, QString>> pairs;
    out->clear();
    if (!PackedValues::read(packed, &pairs))
        return false;
    for (auto &[key, value] : pairs)
        out->push_back({systemId, std::move(key), std::move(value), {}});
    sortByKey(out);
    return true;
}

Status invalid(const QVector<FieldError> &errors)
{
    QStringList lines;
    for (const auto &e : errors)
        lines << QStringLiteral("%1: %2").arg(e.field, e.reason);
    return Error::input(lines.join(QLatin1String("; ")), lines);
}

} // namespace

using sql::select;
using sql::selectList;
using sql::selectOne;

QString RegistryRepository::operatorColumns() const
{
    return QLatin1String(m_db.schemaVersion() >= 13 ? OperatorColumns : OperatorColumnsV12);
}

QString RegistryRepository::systemColumns() const
{
    return QLatin1String(m_db.schemaVersion() >= 13 ? SystemColumns : SystemColumnsV12);
}

Result<QVector<Department>> RegistryRepository::departments() const
{
    QVector<Department> out;
    Status s = select(
        m_db,
        QStringLiteral("SELECT id, key, name_zh, name_en, own, doc_prefix, "
                       "contact_name, contact_phone, %1 "
                       "FROM departments ORDER BY own DESC, id")
            .arg(m_db.schemaVersion() >= 13 ? QStringLiteral("row_version") : QStringLiteral("1")),
        {}, [&](const QSqlQuery &q) {
            out.push_back({q.value(0).toLongLong(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toInt() != 0,
                           q.value(5).toString(),
                           q.value(6).toString(),
                           q.value(7).toString(),
                           {},
                           q.value(8).toLongLong()});
        });
    if (!s)
        return s.error();
    // A store opened to be inspected (a backup) may predate schema 9 and its sectors.
    if (m_db.schemaVersion() < 9)
        return out;
    // Each department's sectors in the order of Art. 2's list (the sectors' sort order).
    s = select(m_db,
               QStringLiteral("SELECT ds.department, ds.sector FROM department_sectors ds "
                              "JOIN sectors s ON s.key = ds.sector ORDER BY s.sort_order"),
               {}, [&](const QSqlQuery &q) {
                   const QString key = q.value(0).toString();
                   for (Department &d : out)
                       if (d.key == key)
                           d.sectors << q.value(1).toString();
               });
    if (!s)
        return s.error();
    return out;
}

namespace {

QJsonObject departmentJson(const Department &d)
{
    return QJsonObject{{QStringLiteral("key"), d.key},
                       {QStringLiteral("name_zh"), d.nameZh},
                       {QStringLiteral("name_en"), d.nameEn},
                       {QStringLiteral("doc_prefix"), d.docPrefix},
                       {QStringLiteral("contact_name"), d.contactName},
                       {QStringLiteral("contact_phone"), d.contactPhone},
                       {QStringLiteral("sectors"), QJsonArray::fromStringList(d.sectors)}};
}

} // namespace

Status RegistryRepository::checkDepartment(const Department &department)
{
    if (department.nameZh.trimmed().isEmpty())
        return Error::input(tr("name_zh: the department's Chinese name is required"));
    QVector<FieldError> text;
    TextField::check(text, QStringLiteral("name_zh"), department.nameZh, TextField::NameLength);
    TextField::check(text, QStringLiteral("name_en"), department.nameEn, TextField::NameLength);
    TextField::check(text, QStringLiteral("doc_prefix"), department.docPrefix,
                     TextField::ShortLength);
    TextField::check(text, QStringLiteral("contact_name"), department.contactName,
                     TextField::ShortLength);
    TextField::check(text, QStringLiteral("contact_phone"), department.contactPhone,
                     TextField::PhoneLength);
    for (const QString &sector : department.sectors)
        if (!Sector::isKnown(sector))
            text.push_back({QStringLiteral("sectors"), tr("unknown sector '%1'").arg(sector)});
    if (!text.isEmpty())
        return invalid(text);
    return {};
}

Status RegistryRepository::updateDepartment(const Department &department)
{
    return m_db.write(
        [&](WriteTransaction &tx) -> Status { return updateDepartment(tx, department); });
}

Status RegistryRepository::updateDepartment(WriteTransaction &tx, const Department &department)
{
    Department before;
    Result<QVector<Department>> all = departments();
    if (!all)
        return all.error();
    bool found = false;
    for (const Department &d : all.value()) {
        if (d.key == department.key) {
            before = d;
            found = true;
        }
    }
    if (!found)
        return Error::input(tr("no department with key '%1'").arg(department.key));
    if (Status s = checkDepartment(department); !s)
        return s;
    QVariantList binds = {department.nameZh.trimmed(),       department.nameEn.trimmed(),
                          department.docPrefix.trimmed(),    department.contactName.trimmed(),
                          department.contactPhone.trimmed(), department.key};
    if (department.rowVersion > 0)
        binds << department.rowVersion;
    Result<QSqlQuery *> r = tx.exec(
        QStringLiteral("UPDATE departments SET name_zh = ?, name_en = ?, doc_prefix = ?, "
                       "contact_name = ?, contact_phone = ?, row_version = row_version + 1 "
                       "WHERE key = ?%1 RETURNING row_version")
            .arg(department.rowVersion > 0 ? QStringLiteral(" AND row_version = ?") : QString()),
        binds);
    if (!r)
        return r.error();
    if (!r.value()->next())
        return EditConflict::detected(
            tx, tr("department %1").arg(before.displayName()), QStringLiteral("departments"),
            QStringLiteral("key"), department.key, QStringLiteral("department"),
            department.rowVersion, departmentJson(department), departmentJson(before));
    if (Status s = writeSectors(tx, department); !s)
        return s;
    return tx.audit(QStringLiteral("update"), QStringLiteral("department"), department.key,
                    departmentJson(before), departmentJson(department));
}

Status RegistryRepository::addDepartment(const Department &department)
{
    if (!Department::isValidKey(department.key))
        return Error::input(tr("key: '%1' is not a department key: 2 to %2 lower-case letters, "
                               "digits and hyphens, starting with a letter")
                                .arg(TextField::shown(department.key))
                                .arg(Department::MaxKeyLength));
    if (Status s = checkDepartment(department); !s)
        return s;
    return m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QVector<Department>> all = departments();
        if (!all)
            return all.error();
        for (const Department &d : all.value())
            if (d.key == department.key)
                return Error::input(
                    tr("key: a department with key '%1' exists already").arg(department.key));
        // Only the store's own department is "own": an added one is another inspecting body.
        if (auto r = tx.exec(QStringLiteral("INSERT INTO departments (key, name_zh, name_en, own, "
                                            "doc_prefix, contact_name, contact_phone) "
                                            "VALUES (?, ?, ?, 0, ?, ?, ?)"),
                             {department.key, department.nameZh.trimmed(),
                              department.nameEn.trimmed(), department.docPrefix.trimmed(),
                              department.contactName.trimmed(), department.contactPhone.trimmed()});
            !r)
            return r.error();
        if (Status s = writeSectors(tx, department); !s)
            return s;
        return tx.audit(QStringLiteral("create"), QStringLiteral("department"), department.key, {},
                        departmentJson(department));
    });
}

Status RegistryRepository::writeSectors(WriteTransaction &tx, const Department &department)
{
    if (auto r = tx.exec(QStringLiteral("DELETE FROM department_sectors WHERE department = ?"),
                         {department.key});
        !r)
        return r.error();
    QStringList written;
    for (const QString &sector : department.sectors) {
        if (written.contains(sector))
            continue;
        written << sector;
        if (auto r = tx.exec(QStringLiteral("INSERT INTO department_sectors (department, sector) "
                                            "VALUES (?, ?)"),
                             {department.key, sector});
            !r)
            return r.error();
    }
    return {};
}

Result<QVector<Indicator>> RegistryRepository::indicators() const
{
    QVector<Indicator> out;
    Status s = select(m_db,
                      QStringLiteral("SELECT key, name_zh, name_en, unit, type, enum_values "
                                     "FROM indicators ORDER BY sort_order, key"),
                      {}, [&](const QSqlQuery &q) {
                          Indicator i;
                          i.key = q.value(0).toString();
                          i.nameZh = q.value(1).toString();
                          i.nameEn = q.value(2).toString();
                          i.unit = q.value(3).toString();
                          Indicator::typeFromKey(q.value(4).toString(), &i.type);
                          const QString values = q.value(5).toString();
                          if (!values.isEmpty())
                              i.enumValues = values.split(QLatin1Char('|'));
                          out.push_back(i);
                      });
    if (!s)
        return s.error();
    return out;
}

Result<QVector<OperatorInfo>> RegistryRepository::operators(const QString &sector) const
{
    QVector<OperatorInfo> out;
    if (Status s = forEachOperator(sector, [&](const OperatorInfo &o) { out.push_back(o); }); !s)
        return s.error();
    return out;
}

Status
RegistryRepository::forEachOperator(const QString &sector,
                                    const std::function<void(const OperatorInfo &)> &each) const
{
    QString sql = QStringLiteral("SELECT %1 FROM operators ").arg(operatorColumns());
    QVariantList binds;
    if (!sector.isEmpty()) {
        sql += QStringLiteral("WHERE sector = ? ");
        binds << sector;
    }
    sql += QStringLiteral("ORDER BY id");
    return select(m_db, sql, binds, [&](const QSqlQuery &q) { each(operatorFrom(q)); });
}

Result<OperatorInfo> RegistryRepository::operatorById(qint64 id) const
{
    return selectOne(m_db,
                     QStringLiteral("SELECT %1 FROM operators WHERE id = ?").arg(operatorColumns()),
                     id, operatorFrom, tr("no operator with id %1").arg(id));
}

Result<qint64> RegistryRepository::insertOperator(WriteTransaction &tx, const OperatorInfo &op)
{
    Result<QSqlQuery *> existing =
        tx.exec(QStringLiteral("SELECT id, name_zh FROM operators WHERE uscc = ?"), {op.uscc});
    if (!existing)
        return existing.error();
    if (existing.value()->next())
        return Error::input(tr("an operator with the code %1 already exists (id %2, %3)")
                                .arg(op.uscc)
                                .arg(existing.value()->value(0).toLongLong())
                                .arg(existing.value()->value(1).toString()));
    const QString now = sql::nowUtc();
    Result<qint64> id = tx.insert(
        QStringLiteral("INSERT INTO operators (uscc, name_zh, name_en, sector, region, "
                       "contact_name, contact_phone, contact_email, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {op.uscc, op.nameZh, op.nameEn, op.sector, op.region, op.contactName, op.contactPhone,
         op.contactEmail, now, now});
    if (!id)
        return id;
    OperatorInfo stored = op;
    stored.id = id.value();
    if (Status a = tx.audit(QStringLiteral("create"), QStringLiteral("operator"),
                            QString::number(stored.id), {}, stored.toJson());
        !a)
        return a.error();
    return id;
}

Result<qint64> RegistryRepository::addOperator(const OperatorInfo &op)
{
    if (const auto errors = op.validate(); !errors.isEmpty())
        return invalid(errors).error();
    qint64 newId = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<qint64> id = insertOperator(tx, op);
        if (!id)
            return id.error();
        newId = id.value();
        return {};
    });
    if (!s)
        return s.error();
    return newId;
}

Status RegistryRepository::updateOperator(const OperatorInfo &op)
{
    if (const auto errors = op.validate(); !errors.isEmpty())
        return invalid(errors);
    Result<OperatorInfo> before = operatorById(op.id);
    if (!before)
        return before.error();
    return m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QSqlQuery *> clash =
            tx.exec(QStringLiteral("SELECT id FROM operators WHERE uscc = ? AND id <> ?"),
                    {op.uscc, op.id});
        if (!clash)
            return clash.error();
        if (clash.value()->next())
            return Error::input(tr("another operator already has the code %1").arg(op.uscc));
        QVariantList binds = {op.uscc,       op.nameZh,      op.nameEn,       op.sector,
                              op.region,     op.contactName, op.contactPhone, op.contactEmail,
                              sql::nowUtc(), op.id};
        if (op.rowVersion > 0)
            binds << op.rowVersion;
        Result<QSqlQuery *> r = tx.exec(
            QStringLiteral("UPDATE operators SET uscc = ?, name_zh = ?, name_en = ?, sector = ?, "
                           "region = ?, contact_name = ?, contact_phone = ?, contact_email = ?, "
                           "updated_at = ?, row_version = row_version + 1 WHERE id = ?%1 "
                           "RETURNING row_version")
                .arg(op.rowVersion > 0 ? QStringLiteral(" AND row_version = ?") : QString()),
            binds);
        if (!r)
            return r.error();
        if (!r.value()->next()) {
            Result<OperatorInfo> now = operatorById(op.id);
            if (!now)
                return now.error();
            return EditConflict::detected(
                tx, tr("operator %1 (%2)").arg(op.id).arg(now.value().displayName()),
                QStringLiteral("operators"), QStringLiteral("id"), op.id,
                QStringLiteral("operator"), op.rowVersion, op.toJson(), now.value().toJson());
        }
        return tx.audit(QStringLiteral("update"), QStringLiteral("operator"),
                        QString::number(op.id), before.value().toJson(), op.toJson());
    });
}

Status RegistryRepository::deleteOperator(qint64 id)
{
    Result<OperatorInfo> before = operatorById(id);
    if (!before)
        return before.error();
    return m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QSqlQuery *> n =
            tx.exec(QStringLiteral("SELECT COUNT(*) FROM systems WHERE operator_id = ?"), {id});
        if (!n)
            return n.error();
        n.value()->next();
        if (const qint64 systems = n.value()->value(0).toLongLong(); systems > 0)
            return Error::input(
                tr("%1 still has %n system(s); delete or move them first", nullptr, int(systems))
                    .arg(before.value().displayName()));
        if (auto r = tx.exec(QStringLiteral("DELETE FROM operators WHERE id = ?"), {id}); !r)
            return r.error();
        return tx.audit(QStringLiteral("delete"), QStringLiteral("operator"), QString::number(id),
                        before.value().toJson(), {});
    });
}

Result<QVector<SystemInfo>> RegistryRepository::systems(qint64 operatorId,
                                                        const QString &sector) const
{
    QVector<SystemInfo> out;
    if (Status s = forEachSystem(operatorId, sector, false,
                                 [&](const SystemInfo &system, const QVector<IndicatorValue> &) {
                                     out.push_back(system);
                                 });
        !s)
        return s.error();
    return out;
}

Status RegistryRepository::forEachSystem(qint64 operatorId, const QString &sector, bool withValues,
                                         const SystemVisitor &each) const
{
    // Each system's values packed into one column by a subquery, as one JSON object: one row
    // per system through the driver instead of one per value (a tenth of the rows at 100,000
    // systems), and SQL's JSON aggregate is the cheapest of the packings (it escapes any text).
    const QString values =
        withValues ? QStringLiteral(", (SELECT %1 FROM indicator_values v JOIN indicators i "
                                    "ON i.key = v.indicator_key WHERE v.system_id = s.id)")
                         .arg(m_db.dialect().jsonObjectAgg(QStringLiteral("v.indicator_key"),
                                                           QStringLiteral("v.value")))
                   : QString();
    QString sql = QStringLiteral("SELECT %1%2 FROM systems s ").arg(systemColumns(), values);
    QStringList where;
    QVariantList binds;
    if (!sector.isEmpty()) {
        sql += QStringLiteral("JOIN operators o ON o.id = s.operator_id ");
        where << QStringLiteral("o.sector = ?");
        binds << sector;
    }
    if (operatorId > 0) {
        where << QStringLiteral("s.operator_id = ?");
        binds << operatorId;
    }
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QLatin1String(" AND ")) + QLatin1Char(' ');
    sql += QStringLiteral("ORDER BY s.id");
    QVector<IndicatorValue> systemValues;
    Status ownValues; // the first failed read of one system's values, if any
    Status s = select(m_db, sql, binds, [&](const QSqlQuery &q) {
        if (!ownValues)
            return;
        const SystemInfo system = systemFrom(q);
        if (withValues && !unpack(q.value(8).toString(), system.id, &systemValues)) {
            // Text the packing cannot carry: that system's values read on their own.
            Result<QVector<IndicatorValue>> own = indicatorValues(system.id);
            if (!own) {
                ownValues = own.error();
                return;
            }
            systemValues = own.value();
            sortByKey(&systemValues);
        }
        each(system, systemValues);
    });
    if (!s)
        return s;
    return ownValues;
}

Result<SystemInfo> RegistryRepository::systemById(qint64 id) const
{
    return selectOne(m_db,
                     QStringLiteral("SELECT %1 FROM systems s WHERE s.id = ?").arg(systemColumns()),
                     id, systemFrom, tr("no system with id %1").arg(id));
}

Result<QVector<qint64>> RegistryRepository::systemsNamed(qint64 operatorId, const QString &name,
                                                         qint64 except) const
{
    QVector<qint64> ids;
    const Status s = sql::select(
        m_db,
        QStringLiteral("SELECT id FROM systems WHERE operator_id = ? AND name = ? AND id <> ? "
                       "ORDER BY id"),
        {operatorId, name, except}, [&](const QSqlQuery &q) { ids << q.value(0).toLongLong(); });
    if (!s)
        return s.error();
    return ids;
}

QString RegistryRepository::nameRepeatsOf()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM systems t WHERE t.operator_id = s.operator_id "
                          "AND t.name = s.name AND t.id <> s.id)");
}

Status RegistryRepository::upsertValue(WriteTransaction &tx, const IndicatorValue &v)
{
    Result<QSqlQuery *> r = tx.exec(
        QStringLiteral("INSERT INTO indicator_values (system_id, indicator_key, value, "
                       "reported_on) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (system_id, indicator_key) DO UPDATE SET "
                       "value = excluded.value, reported_on = excluded.reported_on"),
        {v.systemId, v.key, v.value,
         v.reportedOn.isValid() ? QVariant(v.reportedOn.toString(Qt::ISODate)) : QVariant()});
    if (!r)
        return r.error();
    return {};
}

Result<qint64> RegistryRepository::insertSystem(WriteTransaction &tx, const SystemRecord &record)
{
    const SystemInfo &s = record.system;
    const QString now = sql::nowUtc();
    Result<qint64> id = tx.insert(
        QStringLiteral("INSERT INTO systems (operator_id, name, description, category, "
                       "mlps_level, status, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {s.operatorId, s.name, s.description, s.category, s.mlpsLevel, s.status, now, now});
    if (!id)
        return id;
    for (IndicatorValue v : record.values) {
        v.systemId = id.value();
        if (Status u = upsertValue(tx, v); !u)
            return u.error();
    }
    SystemInfo stored = s;
    stored.id = id.value();
    QJsonObject after = stored.toJson();
    if (!record.values.isEmpty())
        after.insert(QStringLiteral("indicators"), valuesJson(record.values));
    if (Status a = tx.audit(QStringLiteral("create"), QStringLiteral("system"),
                            QString::number(stored.id), {}, after);
        !a)
        return a.error();
    return id;
}

Result<qint64> RegistryRepository::addSystem(const SystemInfo &system)
{
    if (const auto errors = system.validate(); !errors.isEmpty())
        return invalid(errors).error();
    if (Result<OperatorInfo> op = operatorById(system.operatorId); !op)
        return op.error();
    qint64 newId = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<qint64> id = insertSystem(tx, SystemRecord{system, {}});
        if (!id)
            return id.error();
        newId = id.value();
        return {};
    });
    if (!s)
        return s.error();
    return newId;
}

Status RegistryRepository::updateSystem(const SystemInfo &system)
{
    if (const auto errors = system.validate(); !errors.isEmpty())
        return invalid(errors);
    Result<SystemInfo> before = systemById(system.id);
    if (!before)
        return before.error();
    if (Result<OperatorInfo> op = operatorById(system.operatorId); !op)
        return op.error();
    return m_db.write([&](WriteTransaction &tx) -> Status {
        QVariantList binds = {system.operatorId, system.name,   system.description, system.category,
                              system.mlpsLevel,  system.status, sql::nowUtc(),      system.id};
        if (system.rowVersion > 0)
            binds << system.rowVersion;
        Result<QSqlQuery *> r = tx.exec(
            QStringLiteral("UPDATE systems SET operator_id = ?, name = ?, description = ?, "
                           "category = ?, mlps_level = ?, status = ?, updated_at = ?, "
                           "row_version = row_version + 1 WHERE id = ?%1 RETURNING row_version")
                .arg(system.rowVersion > 0 ? QStringLiteral(" AND row_version = ?") : QString()),
            binds);
        if (!r)
            return r.error();
        if (!r.value()->next()) {
            Result<SystemInfo> now = systemById(system.id);
            if (!now)
                return now.error();
            return EditConflict::detected(
                tx, tr("system %1 (%2)").arg(system.id).arg(now.value().name),
                QStringLiteral("systems"), QStringLiteral("id"), system.id,
                QStringLiteral("system"), system.rowVersion, system.toJson(), now.value().toJson());
        }
        return tx.audit(QStringLiteral("update"), QStringLiteral("system"),
                        QString::number(system.id), before.value().toJson(), system.toJson());
    });
}

Status RegistryRepository::deleteSystem(qint64 id)
{
    Result<SystemInfo> before = systemById(id);
    if (!before)
        return before.error();
    Result<QVector<IndicatorValue>> values = indicatorValues(id);
    if (!values)
        return values.error();
    QJsonObject beforeJson = before.value().toJson();
    beforeJson.insert(QStringLiteral("indicators"), valuesJson(values.value()));
    return m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QSqlQuery *> n = tx.exec(
            QStringLiteral("SELECT COUNT(*) FROM identification_cases WHERE system_id = ?"), {id});
        if (!n)
            return n.error();
        n.value()->next();
        if (n.value()->value(0).toLongLong() > 0)
            return Error::input(tr("%1 has been identified and is kept for the record; set its "
                                   "status to retired instead")
                                    .arg(before.value().name));
        if (auto r = tx.exec(QStringLiteral("DELETE FROM systems WHERE id = ?"), {id}); !r)
            return r.error();
        return tx.audit(QStringLiteral("delete"), QStringLiteral("system"), QString::number(id),
                        beforeJson, {});
    });
}

Result<QVector<IndicatorValue>> RegistryRepository::indicatorValues(qint64 systemId) const
{
    QVector<IndicatorValue> out;
    Status s = select(m_db,
                      QStringLiteral("SELECT v.system_id, v.indicator_key, v.value, v.reported_on "
                                     "FROM indicator_values v JOIN indicators i "
                                     "ON i.key = v.indicator_key WHERE v.system_id = ? "
                                     "ORDER BY i.sort_order"),
                      {systemId}, [&](const QSqlQuery &q) {
                          out.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                                         q.value(2).toString(),
                                         QDate::fromString(q.value(3).toString(), Qt::ISODate)});
                      });
    if (!s)
        return s.error();
    return out;
}

Result<QHash<qint64, QVector<IndicatorValue>>> RegistryRepository::allIndicatorValues() const
{
    QHash<qint64, QVector<IndicatorValue>> out;
    Status s =
        select(m_db,
               QStringLiteral("SELECT v.system_id, v.indicator_key, v.value, v.reported_on "
                              "FROM indicator_values v JOIN indicators i "
                              "ON i.key = v.indicator_key ORDER BY v.system_id, i.sort_order"),
               {}, [&](const QSqlQuery &q) {
                   const qint64 id = q.value(0).toLongLong();
                   out[id].push_back({id, q.value(1).toString(), q.value(2).toString(),
                                      QDate::fromString(q.value(3).toString(), Qt::ISODate)});
               });
    if (!s)
        return s.error();
    return out;
}

Status RegistryRepository::setIndicatorValue(qint64 systemId, const QString &key,
                                             const QString &rawValue, const QDate &reportedOn)
{
    Result<QVector<Indicator>> catalogue = indicators();
    if (!catalogue)
        return catalogue.error();
    const Indicator *indicator = nullptr;
    for (const Indicator &i : catalogue.value()) {
        if (i.key == key)
            indicator = &i;
    }
    if (!indicator)
        return Error::input(tr("unknown indicator '%1'").arg(key));
    Result<QString> value = indicator->canonicalValue(rawValue);
    if (!value)
        return value.error();
    if (Result<SystemInfo> sys = systemById(systemId); !sys)
        return sys.error();
    Result<QVector<IndicatorValue>> current = indicatorValues(systemId);
    if (!current)
        return current.error();
    QJsonObject before;
    for (const IndicatorValue &v : current.value()) {
        if (v.key == key)
            before = {{QStringLiteral("value"), v.value},
                      {QStringLiteral("reported_on"), v.reportedOn.toString(Qt::ISODate)}};
    }
    const IndicatorValue stored{systemId, key, value.value(), reportedOn};
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (Status s = upsertValue(tx, stored); !s)
            return s;
        return tx.audit(QStringLiteral("set-indicator"), QStringLiteral("system"),
                        QStringLiteral("%1/%2").arg(systemId).arg(key), before,
                        {{QStringLiteral("value"), stored.value},
                         {QStringLiteral("reported_on"), reportedOn.toString(Qt::ISODate)}});
    });
}

Status RegistryRepository::clearIndicatorValue(qint64 systemId, const QString &key)
{
    return m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QSqlQuery *> old = tx.exec(QStringLiteral("SELECT value, reported_on FROM "
                                                         "indicator_values WHERE system_id = ? AND "
                                                         "indicator_key = ?"),
                                          {systemId, key});
        if (!old)
            return old.error();
        if (!old.value()->next())
            return {};
        const QJsonObject before{{QStringLiteral("value"), old.value()->value(0).toString()},
                                 {QStringLiteral("reported_on"), old.value()->value(1).toString()}};
        if (auto r = tx.exec(QStringLiteral("DELETE FROM indicator_values WHERE system_id = ? AND "
                                            "indicator_key = ?"),
                             {systemId, key});
            !r)
            return r.error();
        return tx.audit(QStringLiteral("clear-indicator"), QStringLiteral("system"),
                        QStringLiteral("%1/%2").arg(systemId).arg(key), before, {});
    });
}

Result<QVector<qint64>> RegistryRepository::insertOperators(const QVector<OperatorInfo> &ops)
{
    QVector<qint64> ids;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        for (const OperatorInfo &op : ops) {
            Result<qint64> id = insertOperator(tx, op);
            if (!id)
                return id.error();
            ids.push_back(id.value());
        }
        return {};
    });
    if (!s)
        return s.error();
    return ids;
}

Result<QVector<qint64>> RegistryRepository::insertSystems(const QVector<SystemRecord> &records)
{
    QVector<qint64> ids;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        for (const SystemRecord &r : records) {
            Result<qint64> id = insertSystem(tx, r);
            if (!id)
                return id.error();
            ids.push_back(id.value());
        }
        return {};
    });
    if (!s)
        return s.error();
    return ids;
}

Result<qint64> RegistryRepository::count(const QString &table) const
{
    qint64 n = 0;
    Status s = select(m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {},
                      [&](const QSqlQuery &q) { n = q.value(0).toLongLong(); });
    if (!s)
        return s.error();
    return n;
}

Result<RegistryStats> RegistryRepository::stats() const
{
    RegistryStats st;
    Status s = select(m_db,
                      QStringLiteral("SELECT o.sector, s.category, COUNT(*) FROM systems s "
                                     "JOIN operators o ON o.id = s.operator_id "
                                     "GROUP BY o.sector, s.category"),
                      {}, [&](const QSqlQuery &q) {
                          st.systemsBySector[q.value(0).toString()][q.value(1).toString()] =
                              q.value(2).toInt();
                      });
    if (!s)
        return s.error();
    for (auto [table, out] : {std::pair{QStringLiteral("operators"), &st.operators},
                              std::pair{QStringLiteral("systems"), &st.systems},
                              std::pair{QStringLiteral("indicator_values"), &st.valuesReported}}) {
        Result<qint64> n = count(table);
        if (!n)
            return n.error();
        *out = n.value();
    }
    return st;
}

Result<qint64> RegistryRepository::countOperators() const
{
    return count(QStringLiteral("operators"));
}

Result<qint64> RegistryRepository::countSystems() const
{
    return count(QStringLiteral("systems"));
}

Result<qint64> RegistryRepository::countIndicatorValues() const
{
    return count(QStringLiteral("indicator_values"));
}

} // namespace cii
