#include "compliancerepository.h"

#include "domain/complianceduty.h"
#include "domain/textfield.h"
#include "domain/uscc.h"
#include "i18n/language.h"
#include "io/csvtable.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"
#include "storage/sqlread.h"
#include "storage/writetransaction.h"

#include "domain/chinatime.h"

namespace cii {
namespace {

const QString PeriodPrefix = QStringLiteral("compliance.period.");

// The decision in force of a system is its decided case with the highest id.
const char CiiOperatorsSql[] =
    "SELECT DISTINCT s.operator_id FROM systems s JOIN identification_cases c "
    "ON c.system_id = s.id WHERE c.decision = 'cii' AND c.id = (SELECT MAX(c2.id) FROM "
    "identification_cases c2 WHERE c2.system_id = s.id AND c2.decision IS NOT NULL)";

const char FactColumns[] =
    "SELECT f.id, f.operator_id, o.uscc, o.name_zh, o.name_en, f.duty, f.value, f.evidence_on, "
    "f.recorded_at, f.recorded_by FROM compliance_facts f JOIN operators o ON o.id = "
    "f.operator_id ";

ComplianceFact factOf(const QSqlQuery &q)
{
    ComplianceFact f;
    f.id = q.value(0).toLongLong();
    f.operatorId = q.value(1).toLongLong();
    f.operatorUscc = q.value(2).toString();
    f.operatorName = Language::pick(q.value(3).toString(), q.value(4).toString());
    f.duty = q.value(5).toString();
    f.value = q.value(6).toString();
    f.evidenceDate = sql::dateOf(q.value(7));
    f.recordedAt = ChinaTime::fromStored(q.value(8).toString());
    f.recordedBy = q.value(9).toString();
    return f;
}

} // namespace

QVector<FieldError> ComplianceRepository::problems(const ComplianceFact &f, const QDate &today,
                                                   const QSet<qint64> &cii)
{
    QVector<FieldError> out;
    if (f.operatorId <= 0)
        out << FieldError{QStringLiteral("operator"), tr("no such operator")};
    else if (!cii.contains(f.operatorId))
        // Art. 13–21 bind operators of CII: without a CII decision in force there is no profile.
        out << FieldError{QStringLiteral("operator"),
                          tr("operator %1 operates no CII (no system's decision in force is CII)")
                              .arg(f.operatorId)};
    const ComplianceDuty *duty = ComplianceDuty::find(f.duty);
    if (!duty)
        out << FieldError{QStringLiteral("duty"),
                          tr("unknown duty '%1'; one of %2")
                              .arg(TextField::shown(f.duty),
                                   ComplianceDuty::recordedKeys().join(QStringLiteral(", ")))};
    else if (Result<QString> v = duty->normalised(f.value); !v)
        out << FieldError{duty->isRecorded() ? QStringLiteral("value") : QStringLiteral("duty"),
                          v.error().message};
    if (!f.evidenceDate.isValid())
        out << FieldError{QStringLiteral("date"), tr("a date YYYY-MM-DD")};
    else if (f.evidenceDate > today)
        out << FieldError{
            QStringLiteral("date"),
            tr("evidence cannot be dated after today (%1)").arg(today.toString(Qt::ISODate))};
    return out;
}

Result<QSet<qint64>> ComplianceRepository::ciiOperators() const
{
    QSet<qint64> out;
    if (Status s = sql::select(m_db, QString::fromLatin1(CiiOperatorsSql), {},
                               [&](const QSqlQuery &q) { out.insert(q.value(0).toLongLong()); });
        !s)
        return s.error();
    return out;
}

Result<qint64> ComplianceRepository::findOperator(const QString &idOrUscc) const
{
    const QString text = idOrUscc.trimmed();
    bool number = false;
    const qint64 id = text.toLongLong(&number);
    qint64 found = 0;
    Status s = sql::select(m_db,
                           number ? QStringLiteral("SELECT id FROM operators WHERE id = ?")
                                  : QStringLiteral("SELECT id FROM operators WHERE uscc = ?"),
                           {number ? QVariant(id) : QVariant(text.toUpper())},
                           [&](const QSqlQuery &q) { found = q.value(0).toLongLong(); });
    if (!s)
        return s.error();
    if (!found)
        return Error::input(tr("no operator with id or code '%1'").arg(TextField::shown(text)));
    return found;
}

Result<qint64> ComplianceRepository::record(const ComplianceFact &fact, const QDate &today)
{
    Result<QVector<qint64>> ids = recordAll({fact}, today);
    if (!ids)
        return ids.error();
    return ids.value().first();
}

Result<QVector<qint64>> ComplianceRepository::recordAll(const QVector<ComplianceFact> &facts,
                                                        const QDate &today,
                                                        const QVector<int> &rows)
{
    QVector<qint64> ids;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        // Checked under the write lock, so a decision made meanwhile is seen.
        QSet<qint64> cii;
        Result<QSqlQuery *> q = tx.exec(QString::fromLatin1(CiiOperatorsSql));
        if (!q)
            return q.error();
        while (q.value()->next())
            cii.insert(q.value()->value(0).toLongLong());
        const bool single = rows.isEmpty() && facts.size() == 1;
        QStringList errors;
        int badRows = 0;
        for (int i = 0; i < facts.size(); ++i) {
            const QVector<FieldError> p = problems(facts.at(i), today, cii);
            for (const FieldError &e : p)
                errors << (single ? QStringLiteral("%1: %2").arg(e.field, e.reason)
                                  : Csv::rowError(rows.value(i, i + 1), e.field, e.reason));
            badRows += p.isEmpty() ? 0 : 1;
        }
        if (!errors.isEmpty())
            return Error::input(
                !single ? tr("%n row(s) cannot be imported; nothing was imported", nullptr, badRows)
                        : tr("the evidence cannot be recorded"),
                errors);
        const QString now = ChinaTime::stored(QDateTime::currentDateTimeUtc());
        const QString by = tx.user();
        for (const ComplianceFact &f : facts) {
            ComplianceFact stored = f;
            stored.value = ComplianceDuty::find(f.duty)->normalised(f.value).value();
            Result<qint64> id = tx.insert(
                QStringLiteral("INSERT INTO compliance_facts (operator_id, duty, value, "
                               "evidence_on, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?) "
                               "RETURNING id"),
                {stored.operatorId, stored.duty, stored.value,
                 stored.evidenceDate.toString(Qt::ISODate), now, by});
            if (!id)
                return id.error();
            stored.id = id.value();
            ids << stored.id;
            QJsonObject after = stored.toJson();
            after.remove(QStringLiteral("id"));
            if (Status a = tx.audit(QStringLiteral("create"), QStringLiteral("compliance_fact"),
                                    QString::number(stored.id), {}, after);
                !a)
                return a;
        }
        return {};
    });
    if (!s)
        return s.error();
    return ids;
}

Result<QVector<ComplianceFact>> ComplianceRepository::read(const QString &where,
                                                           const QVariantList &binds) const
{
    return sql::selectList<ComplianceFact>(m_db, QString::fromLatin1(FactColumns) + where, binds,
                                           factOf);
}

Result<QVector<ComplianceFact>> ComplianceRepository::history(qint64 operatorId) const
{
    return read(QStringLiteral("WHERE f.operator_id = ? ORDER BY f.id DESC"), {operatorId});
}

Result<QVector<ComplianceFact>> ComplianceRepository::inForce() const
{
    Result<QVector<ComplianceFact>> all =
        read(QStringLiteral("WHERE f.id = (SELECT MAX(g.id) FROM compliance_facts g WHERE "
                            "g.operator_id = f.operator_id AND g.duty = f.duty) "
                            "ORDER BY o.name_zh, o.id"),
             {});
    if (!all)
        return all;
    // Within an operator (in the order read), in the catalogue's order.
    const QStringList order = ComplianceDuty::keys();
    QVector<ComplianceFact> out = std::move(all).value();
    QHash<qint64, int> position;
    for (const ComplianceFact &f : out)
        position.insert(f.operatorId, position.value(f.operatorId, int(position.size())));
    std::stable_sort(out.begin(), out.end(), [&](const ComplianceFact &a, const ComplianceFact &b) {
        const int pa = position.value(a.operatorId), pb = position.value(b.operatorId);
        return pa != pb ? pa < pb : order.indexOf(a.duty) < order.indexOf(b.duty);
    });
    return out;
}

Result<ComplianceFacts> ComplianceRepository::facts() const
{
    ComplianceFacts f;
    Status s =
        sql::select(m_db,
                    QStringLiteral("SELECT id, uscc, name_zh, name_en, sector FROM operators "
                                   "ORDER BY name_zh, id"),
                    {}, [&](const QSqlQuery &q) {
                        f.operators << ComplianceFacts::Operator{
                            q.value(0).toLongLong(), q.value(1).toString(),
                            Language::pick(q.value(2).toString(), q.value(3).toString()),
                            q.value(4).toString()};
                    });
    if (!s)
        return s.error();
    Result<QVector<ComplianceFact>> recorded = read(QStringLiteral("ORDER BY f.id"), {});
    if (!recorded)
        return recorded.error();
    f.facts = std::move(recorded).value();
    Result<QHash<QString, int>> periods = this->periods();
    if (!periods)
        return periods.error();
    f.periodMonths = periods.value();
    DeadlineRepository deadlines(m_db);
    Result<DeadlineFacts> d = deadlines.facts();
    if (!d)
        return d.error();
    f.deadlines = std::move(d).value();
    Result<QVector<AssessmentReport>> assessments = deadlines.assessments();
    if (!assessments)
        return assessments.error();
    for (const AssessmentReport &a : assessments.value())
        f.assessments << ComplianceFacts::Assessment{a.systemId, a.year, a.received, a.findings,
                                                     a.rectification};
    return f;
}

Result<QHash<QString, int>> ComplianceRepository::periods() const
{
    QHash<QString, int> out;
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'compliance.period.%'"), {},
        [&](const QSqlQuery &q) {
            out.insert(q.value(0).toString().mid(PeriodPrefix.size()), q.value(1).toInt());
        });
    if (!s)
        return s.error();
    return out;
}

Status ComplianceRepository::savePeriod(const QString &duty, int months)
{
    const ComplianceDuty *d = ComplianceDuty::find(duty);
    if (!d || !d->takesPeriod()) {
        QStringList renewed;
        for (const ComplianceDuty &c : ComplianceDuty::all())
            if (c.takesPeriod())
                renewed << c.key;
        return Error::input(
            tr("a renewal period is set for %1 only").arg(renewed.join(QStringLiteral(", "))));
    }
    if (months < 0 || months > 240)
        return Error::input(tr("months: 0 (no period) to 240"));
    Result<QHash<QString, int>> before = periods();
    if (!before)
        return before.error();
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (Status put = tx.putSetting(PeriodPrefix + duty, QString::number(months)); !put)
            return put;
        return tx.audit(
            QStringLiteral("update"), QStringLiteral("settings"), QStringLiteral("compliance"),
            {{QStringLiteral("duty"), duty}, {QStringLiteral("months"), before->value(duty)}},
            {{QStringLiteral("duty"), duty}, {QStringLiteral("months"), months}});
    });
}

} // namespace cii
