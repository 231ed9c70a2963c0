#include "enforcementrepository.h"

#include "domain/enforcementarticle.h"
#include "domain/textfield.h"
#include "i18n/language.h"
#include "schedule/enforcementprocedure.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlread.h"
#include "storage/writetransaction.h"

#include <QHash>
#include <QJsonArray>

namespace cii {

namespace {

const char *CaseSelect =
    "SELECT c.id, c.operator_id, o.name_zh, o.name_en, o.uscc, o.sector, c.article, c.facts, "
    "c.person, c.purchase_amount, c.opened_on FROM enforcement_cases c "
    "JOIN operators o ON o.id = c.operator_id ";

EnforcementCase caseFrom(const QSqlQuery &q)
{
    EnforcementCase c;
    c.id = q.value(0).toLongLong();
    c.operatorId = q.value(1).toLongLong();
    c.operatorName = q.value(2).toString();
    c.operatorNameEn = q.value(3).toString();
    c.operatorUscc = q.value(4).toString();
    c.sector = q.value(5).toString();
    c.article = q.value(6).toString();
    c.facts = q.value(7).toString();
    c.person = q.value(8).toString();
    c.purchaseAmount = q.value(9).toLongLong();
    c.openedOn = sql::dateOf(q.value(10));
    return c;
}

EnforcementStep stepFrom(const QSqlQuery &q)
{
    EnforcementStep s;
    s.id = q.value(0).toLongLong();
    s.caseId = q.value(1).toLongLong();
    s.kind = q.value(2).toString();
    s.date = sql::dateOf(q.value(3));
    s.rectifyBy = sql::dateOf(q.value(4));
    s.warning = q.value(5).toInt() != 0;
    s.rectified = q.value(6).toInt() != 0;
    s.harm = q.value(7).toInt() != 0;
    s.fineOperator = q.value(8).toLongLong();
    s.finePerson = q.value(9).toLongLong();
    s.hearingHeld = q.value(10).toInt() != 0;
    s.hearingOn = sql::dateOf(q.value(11));
    s.note = q.value(12).toString();
    s.recordedBy = q.value(13).toString();
    s.noticeId = q.value(14).toLongLong();
    s.noticeNumber = q.value(15).toString();
    return s;
}

QVariant optionalDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<qint64> EnforcementRepository::open(const EnforcementCase &in)
{
    EnforcementCase c = in;
    c.facts = c.facts.trimmed();
    c.person = c.person.trimmed();
    const EnforcementArticle *a = EnforcementArticle::find(c.article);
    if (!a)
        return Error::input(
            tr("article: one of %1").arg(EnforcementArticle::keys().join(QStringLiteral(", "))));
    c.article = a->key;
    if (const QString p =
            TextField::problem(c.facts, TextField::DescriptionLength, TextField::Lines::Multi);
        !p.isEmpty())
        return Error::input(QStringLiteral("facts: %1").arg(p));
    if (const QString p = TextField::problem(c.person, TextField::ShortLength); !p.isEmpty())
        return Error::input(QStringLiteral("person: %1").arg(p));
    if (a->operatorFine.multiple && c.purchaseAmount <= 0)
        return Error::input(tr("purchase-amount: %1 fines a multiple of the purchase amount; "
                               "record it (yuan)")
                                .arg(a->key));
    if (!a->operatorFine.multiple && c.purchaseAmount != 0)
        return Error::input(tr("purchase-amount: only Art. 41 fines a multiple of a purchase"));
    if (!c.openedOn.isValid())
        return Error::input(tr("date: the day the case is opened is required"));
    qint64 id = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QSqlQuery *> op =
            tx.exec(QStringLiteral("SELECT name_zh FROM operators WHERE id = ?"), {c.operatorId});
        if (!op)
            return op.error();
        if (!op.value()->next())
            return Error::input(tr("operator: no operator with id %1").arg(c.operatorId));
        c.operatorName = op.value()->value(0).toString();
        op.value()->finish();
        Result<qint64> r = tx.insert(
            QStringLiteral("INSERT INTO enforcement_cases (operator_id, article, facts, person, "
                           "purchase_amount, opened_on, created_at, created_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {c.operatorId, c.article, c.facts, c.person, c.purchaseAmount,
             c.openedOn.toString(Qt::ISODate), sql::nowUtc(), tx.user()});
        if (!r)
            return r.error();
        id = r.value();
        c.id = id;
        for (const QString &link : c.evidence) {
            const QString kind = link.section(QLatin1Char(':'), 0, 0);
            const QString ref = link.section(QLatin1Char(':'), 1);
            if (auto e = tx.exec(QStringLiteral("INSERT INTO enforcement_evidence (case_id, kind, "
                                                "ref) VALUES (?, ?, ?)"),
                                 {id, kind, ref});
                !e)
                return e.error();
        }
        return tx.audit(QStringLiteral("create"), QStringLiteral("enforcement_case"),
                        QString::number(id), {}, c.toJson());
    });
    if (!s)
        return s.error();
    return id;
}

Status EnforcementRepository::readSteps(QVector<EnforcementCase> &cases) const
{
    if (cases.isEmpty())
        return {};
    QHash<qint64, int> index;
    for (int i = 0; i < cases.size(); ++i)
        index.insert(cases.at(i).id, i);
    const bool one = cases.size() == 1;
    const QString where = one ? QStringLiteral("WHERE s.case_id = ? ") : QString();
    const QVariantList binds = one ? QVariantList{cases.first().id} : QVariantList{};
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT s.id, s.case_id, s.kind, s.step_on, s.rectify_by, s.warning, "
                       "s.rectified, s.harm, s.fine_operator, s.fine_person, s.hearing_held, "
                       "s.hearing_on, s.note, s.created_by, COALESCE(n.id, 0), "
                       "COALESCE(n.number_zh, '') FROM enforcement_steps s "
                       "LEFT JOIN notice_enforcement_steps ns ON ns.step_id = s.id "
                       "LEFT JOIN notices n ON n.id = ns.notice_id ") +
            where + QStringLiteral("ORDER BY s.id"),
        binds, [&](const QSqlQuery &q) {
            const EnforcementStep step = stepFrom(q);
            if (auto it = index.constFind(step.caseId); it != index.constEnd())
                cases[*it].steps << step;
        });
    if (!s)
        return s;
    return sql::select(m_db,
                       QStringLiteral("SELECT case_id, kind, ref FROM enforcement_evidence ") +
                           (one ? QStringLiteral("WHERE case_id = ? ") : QString()) +
                           QStringLiteral("ORDER BY case_id, kind, ref"),
                       binds, [&](const QSqlQuery &q) {
                           if (auto it = index.constFind(q.value(0).toLongLong());
                               it != index.constEnd())
                               cases[*it].evidence << q.value(1).toString() + QLatin1Char(':') +
                                                          q.value(2).toString();
                       });
}

Result<QVector<EnforcementCase>> EnforcementRepository::list(qint64 operatorId) const
{
    Result<QVector<EnforcementCase>> cases =
        sql::selectList(m_db,
                        QLatin1String(CaseSelect) +
                            QStringLiteral("WHERE (? = 0 OR c.operator_id = ?) ORDER BY c.id DESC"),
                        {operatorId, operatorId}, caseFrom);
    if (!cases)
        return cases;
    if (Status s = readSteps(cases.value()); !s)
        return s.error();
    return cases;
}

Result<EnforcementCase> EnforcementRepository::byId(qint64 id) const
{
    Result<EnforcementCase> c =
        sql::selectOne(m_db, QLatin1String(CaseSelect) + QStringLiteral("WHERE c.id = ?"), id,
                       caseFrom, tr("no enforcement case with id %1").arg(id));
    if (!c)
        return c;
    QVector<EnforcementCase> one{c.value()};
    if (Status s = readSteps(one); !s)
        return s.error();
    return one.first();
}

Status EnforcementRepository::addDeadlines(DeadlineFacts &facts) const
{
    Result<QVector<EnforcementCase>> cases = list();
    if (!cases)
        return cases.error();
    for (auto c = cases.value().crbegin(); c != cases.value().crend(); ++c) {
        const QString name = Language::pick(c->operatorName, c->operatorNameEn);
        for (const EnforcementProcedure::Due &d :
             EnforcementProcedure::deadlines(*c, facts.calendar))
            facts.enforcementDeadlines << DeadlineFacts::EnforcementDeadline{
                c->id, name, c->sector, d.step, d.due, d.done, d.statutory, d.basis};
    }
    return {};
}

Result<qint64> EnforcementRepository::caseOfStep(qint64 stepId) const
{
    qint64 caseId = 0;
    if (Status s =
            sql::select(m_db, QStringLiteral("SELECT case_id FROM enforcement_steps WHERE id = ?"),
                        {stepId}, [&](const QSqlQuery &q) { caseId = q.value(0).toLongLong(); });
        !s)
        return s.error();
    if (!caseId)
        return Error::input(tr("no enforcement step with id %1").arg(stepId));
    return caseId;
}

Result<qint64> EnforcementRepository::addStep(const EnforcementStep &in,
                                              const HolidayCalendar &calendar,
                                              const WithinStep &within)
{
    EnforcementStep step = in;
    step.note = step.note.trimmed();
    if (const QString p =
            TextField::problem(step.note, TextField::DescriptionLength, TextField::Lines::Multi);
        !p.isEmpty())
        return Error::input(QStringLiteral("note: %1").arg(p));
    qint64 id = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        // Read under the write lock: the case as it is now decides what may follow.
        Result<EnforcementCase> c = byId(step.caseId);
        if (!c)
            return c.error();
        if (Status admitted = EnforcementProcedure::admits(c.value(), step, calendar); !admitted)
            return admitted;
        const EnforcementArticle *a = EnforcementArticle::find(c.value().article);
        step.warning = step.kind == QLatin1String("order") && a->warning;
        if (step.kind != QLatin1String("order"))
            step.rectifyBy = QDate();
        if (step.kind != QLatin1String("check"))
            step.rectified = step.harm = false;
        if (step.kind != QLatin1String("advance-notice") && step.kind != QLatin1String("decision"))
            step.fineOperator = step.finePerson = 0;
        if (step.kind != QLatin1String("decision")) {
            step.hearingHeld = false;
            step.hearingOn = QDate();
        }
        step.recordedBy = tx.user();
        Result<qint64> r = tx.insert(
            QStringLiteral("INSERT INTO enforcement_steps (case_id, kind, step_on, rectify_by, "
                           "warning, rectified, harm, fine_operator, fine_person, hearing_held, "
                           "hearing_on, note, created_at, created_by) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {step.caseId, step.kind, step.date.toString(Qt::ISODate), optionalDate(step.rectifyBy),
             step.warning ? 1 : 0, step.rectified ? 1 : 0, step.harm ? 1 : 0, step.fineOperator,
             step.finePerson, step.hearingHeld ? 1 : 0, optionalDate(step.hearingOn), step.note,
             sql::nowUtc(), step.recordedBy});
        if (!r)
            return r.error();
        id = step.id = r.value();
        QJsonObject after = step.toJson();
        after.insert(QStringLiteral("case"), step.caseId);
        if (Status audited = tx.audit(QStringLiteral("step"), QStringLiteral("enforcement_case"),
                                      QString::number(step.caseId),
                                      {{QStringLiteral("step"), c.value().step()}}, after);
            !audited)
            return audited;
        return within ? within(tx, c.value(), step) : Status();
    });
    if (!s)
        return s.error();
    return id;
}

Result<qint64> EnforcementRepository::recordOperator(const QString &kind, const QString &ref) const
{
    QString query;
    if (kind == QLatin1String("finding"))
        query = QStringLiteral("SELECT i.operator_id FROM findings f JOIN inspections i "
                               "ON i.id = f.inspection_id WHERE f.id = ?");
    else if (kind == QLatin1String("incident"))
        query = QStringLiteral("SELECT operator_id FROM incidents WHERE id = ?");
    else if (kind == QLatin1String("compliance"))
        query = QStringLiteral("SELECT operator_id FROM compliance_facts WHERE id = ?");
    else
        return Error::input(tr("%1 records cannot be linked in this store").arg(kind));
    // The incident register and the compliance evidence arrive with their own schema
    // versions; a store without them has no such record to link.
    const QString table = query.section(QStringLiteral("FROM "), 1).section(QLatin1Char(' '), 0, 0);
    if (!m_db.connection().tables().contains(table))
        return Error::input(tr("this store keeps no %1 records").arg(kind));
    qint64 op = 0;
    if (Status s = sql::select(m_db, query, {ref},
                               [&](const QSqlQuery &q) { op = q.value(0).toLongLong(); });
        !s)
        return s.error();
    return op;
}

} // namespace cii
