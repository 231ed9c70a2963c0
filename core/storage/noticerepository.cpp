#include "noticerepository.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlread.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace cii {

QString Notice::numberText(bool chinese) const
{
    if (chinese && !numberZh.isEmpty())
        return numberZh;
    if (!chinese && !numberEn.isEmpty())
        return numberEn;
    return chinese ? QStringLiteral("%1〔%2〕%3号").arg(docPrefix).arg(year).arg(number)
                   : QStringLiteral("%1[%2] No. %3")
                         .arg(docPrefix.isEmpty() ? QString() : docPrefix + QLatin1Char(' '))
                         .arg(year)
                         .arg(number);
}

Department Notice::issuedBy(Department current) const
{
    if (!departmentZh.isEmpty()) {
        current.nameZh = departmentZh;
        current.nameEn = departmentEn;
    }
    if (!contactName.isEmpty()) {
        current.contactName = contactName;
        current.contactPhone = contactPhone;
    }
    return current;
}

namespace {

Notice noticeFrom(const QSqlQuery &q)
{
    Notice n;
    n.id = q.value(0).toLongLong();
    n.kind = q.value(1).toString();
    n.department = q.value(2).toString();
    n.year = q.value(3).toInt();
    n.number = q.value(4).toInt();
    n.operatorId = q.value(5).toLongLong();
    n.issuedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    n.docPrefix = q.value(7).toString();
    n.numberZh = q.value(8).toString();
    n.numberEn = q.value(9).toString();
    n.departmentZh = q.value(10).toString();
    n.departmentEn = q.value(11).toString();
    n.contactName = q.value(12).toString();
    n.contactPhone = q.value(13).toString();
    n.statesMpsNotified = q.value(14).toInt() != 0;
    n.replacesId = q.value(15).toLongLong();
    n.reissueReason = q.value(16).toString();
    n.rulesetId = q.value(17).toLongLong();
    return n;
}

const char *NoticeSelect =
    "SELECT n.id, n.kind, n.department, n.year, n.number, n.operator_id, n.issued_on, "
    "COALESCE(d.doc_prefix, ''), n.number_zh, n.number_en, n.department_zh, n.department_en, "
    "n.contact_name, n.contact_phone, n.states_mps_notified, n.replaces_id, n.reissue_reason, "
    "n.ruleset_id FROM notices n LEFT JOIN departments d ON d.key = n.department ";

QJsonArray idArray(const QVector<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

} // namespace

Notice NoticeRepository::draft(const NoticeIssue &issue)
{
    Notice n;
    n.kind = issue.kind;
    n.department = issue.department.key.isEmpty() ? QStringLiteral("own") : issue.department.key;
    n.year = issue.date.year();
    n.operatorId = issue.operatorId;
    n.issuedOn = issue.date;
    n.caseIds = issue.caseIds;
    n.inspectionId = issue.inspectionId;
    n.rulesetId = issue.rulesetId;
    n.enforcementStepId = issue.enforcementStepId;
    n.departmentZh = issue.department.nameZh;
    n.departmentEn = issue.department.nameEn;
    n.contactName = issue.department.contactName;
    n.contactPhone = issue.department.contactPhone;
    n.statesMpsNotified = issue.statesMpsNotified;
    n.reissueReason = issue.reissue ? issue.reason.trimmed() : QString();
    return n;
}

Status NoticeRepository::insertNumbered(WriteTransaction &tx, Notice &notice)
{
    // Under the write lock: nobody else can take a number until this commits.
    Result<QSqlQuery *> q =
        tx.exec(QStringLiteral("SELECT COALESCE(MAX(n.number), 0) + 1, "
                               "(SELECT doc_prefix FROM departments WHERE key = ?) "
                               "FROM notices n WHERE n.department = ? AND n.year = ?"),
                {notice.department, notice.department, notice.year});
    if (!q)
        return q.error();
    q.value()->next();
    notice.number = q.value()->value(0).toInt();
    notice.docPrefix = q.value()->value(1).toString();
    notice.numberZh.clear();
    notice.numberEn.clear();
    notice.numberZh = notice.numberText(true);
    notice.numberEn = notice.numberText(false);
    auto optionalId = [](qint64 id) { return id ? QVariant(id) : QVariant(); };
    Result<qint64> id = tx.insert(
        QStringLiteral(
            "INSERT INTO notices (kind, department, year, number, operator_id, "
            "issued_on, issued_at, issued_by, number_zh, number_en, department_zh, "
            "department_en, contact_name, contact_phone, states_mps_notified, "
            "replaces_id, reissue_reason, ruleset_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {notice.kind, notice.department, notice.year, notice.number, optionalId(notice.operatorId),
         notice.issuedOn.toString(Qt::ISODate),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate), tx.user(), notice.numberZh,
         notice.numberEn, notice.departmentZh, notice.departmentEn, notice.contactName,
         notice.contactPhone, notice.statesMpsNotified ? 1 : 0, optionalId(notice.replacesId),
         notice.reissueReason, optionalId(notice.rulesetId)});
    if (!id)
        return id.error();
    notice.id = id.value();
    return {};
}

Result<QString> NoticeRepository::chainHead(WriteTransaction &tx)
{
    Result<QSqlQuery *> q =
        tx.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    QString head;
    if (q.value()->next())
        head = AuditLog::anchor(q.value()->value(0).toLongLong(), q.value()->value(1).toString());
    q.value()->finish();
    return head;
}

Result<Notice>
NoticeRepository::issueOnce(const NoticeIssue &issue, const QString &existingWhere, qint64 key,
                            const std::function<Status(WriteTransaction &, const Notice &)> &link,
                            const Render &render)
{
    Notice result;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QString> head = chainHead(tx);
        if (!head)
            return head.error();
        auto rendered = [&]() -> Status {
            result.anchor = head.value();
            return render ? render(result) : Status();
        };
        // Looked up under the write lock: two processes cannot both number the same one.
        Result<QVector<Notice>> existing = sql::selectList(
            m_db, QLatin1String(NoticeSelect) + existingWhere + QStringLiteral(" ORDER BY n.id"),
            {key}, noticeFrom);
        if (!existing)
            return existing.error();
        if (!existing.value().isEmpty()) {
            result = existing.value().constLast();
            result.inspectionId = issue.inspectionId;
            result.reprinted = true;
            return rendered();
        }
        Notice notice = draft(issue);
        if (Status numbered = insertNumbered(tx, notice); !numbered)
            return numbered;
        if (Status linked = link(tx, notice); !linked)
            return linked;
        result = notice;
        return rendered();
    });
    if (!s)
        return s.error();
    return result;
}

Result<Notice> NoticeRepository::issueForInspection(const NoticeIssue &issue, const Render &render)
{
    const qint64 inspectionId = issue.inspectionId;
    return issueOnce(
        issue,
        QStringLiteral("WHERE n.id IN (SELECT notice_id FROM notice_inspections WHERE "
                       "inspection_id = ?)"),
        inspectionId,
        [&](WriteTransaction &tx, const Notice &notice) -> Status {
            if (auto r = tx.exec(QStringLiteral("INSERT INTO notice_inspections (notice_id, "
                                                "inspection_id) VALUES (?, ?)"),
                                 {notice.id, inspectionId});
                !r)
                return r.error();
            // Notifying the operator moves a planned inspection on.
            if (auto r = tx.exec(QStringLiteral("UPDATE inspections SET row_version = row_version "
                                                "+ 1, status = 'notified', "
                                                "updated_at = ? WHERE id = ? AND "
                                                "status = 'planned'"),
                                 {sql::nowUtc(), inspectionId});
                !r)
                return r.error();
            return tx.audit(QStringLiteral("issue"), QStringLiteral("notice"),
                            QString::number(notice.id), {},
                            {{QStringLiteral("kind"), notice.kind},
                             {QStringLiteral("number"), notice.numberZh},
                             {QStringLiteral("inspection"), inspectionId},
                             {QStringLiteral("issued_on"), notice.issuedOn.toString(Qt::ISODate)}});
        },
        render);
}

Result<Notice> NoticeRepository::issueFilingLetter(const NoticeIssue &issue, const Render &render)
{
    return issueOnce(
        issue, QStringLiteral("WHERE n.kind = 'filing-letter' AND n.ruleset_id = ?"),
        issue.rulesetId,
        [&](WriteTransaction &tx, const Notice &notice) -> Status {
            return tx.audit(QStringLiteral("issue"), QStringLiteral("notice"),
                            QString::number(notice.id), {},
                            {{QStringLiteral("kind"), notice.kind},
                             {QStringLiteral("number"), notice.numberZh},
                             {QStringLiteral("ruleset"), notice.rulesetId},
                             {QStringLiteral("issued_on"), notice.issuedOn.toString(Qt::ISODate)}});
        },
        render);
}

Status NoticeRepository::linkEnforcementStep(WriteTransaction &tx, const Notice &notice)
{
    if (auto r = tx.exec(QStringLiteral("INSERT INTO notice_enforcement_steps (notice_id, "
                                        "step_id) VALUES (?, ?)"),
                         {notice.id, notice.enforcementStepId});
        !r)
        return r.error();
    return tx.audit(QStringLiteral("issue"), QStringLiteral("notice"), QString::number(notice.id),
                    {},
                    {{QStringLiteral("kind"), notice.kind},
                     {QStringLiteral("number"), notice.numberZh},
                     {QStringLiteral("operator"), notice.operatorId},
                     {QStringLiteral("enforcement_step"), notice.enforcementStepId},
                     {QStringLiteral("issued_on"), notice.issuedOn.toString(Qt::ISODate)}});
}

Result<Notice> NoticeRepository::issueForEnforcementStep(const NoticeIssue &issue,
                                                         const Render &render)
{
    return issueOnce(
        issue,
        QStringLiteral("WHERE n.id IN (SELECT notice_id FROM notice_enforcement_steps WHERE "
                       "step_id = ?)"),
        issue.enforcementStepId,
        [&](WriteTransaction &tx, const Notice &notice) { return linkEnforcementStep(tx, notice); },
        render);
}

Result<Notice> NoticeRepository::issueForEnforcementStep(WriteTransaction &tx,
                                                         const NoticeIssue &issue,
                                                         const Render &render)
{
    Result<QString> head = chainHead(tx);
    if (!head)
        return head.error();
    Notice notice = draft(issue);
    if (Status numbered = insertNumbered(tx, notice); !numbered)
        return numbered.error();
    if (Status linked = linkEnforcementStep(tx, notice); !linked)
        return linked.error();
    notice.anchor = head.value();
    if (render)
        if (Status written = render(notice); !written)
            return written.error();
    return notice;
}

Result<QVector<Notice>> NoticeRepository::withCases(Result<QVector<Notice>> notices) const
{
    if (!notices)
        return notices;
    for (Notice &n : notices.value()) {
        Status s = sql::select(
            m_db,
            QStringLiteral("SELECT case_id FROM notice_cases WHERE notice_id = ? ORDER BY case_id"),
            {n.id}, [&](const QSqlQuery &q) { n.caseIds << q.value(0).toLongLong(); });
        if (!s)
            return s.error();
    }
    return notices;
}

Result<QVector<Notice>> NoticeRepository::forCase(qint64 caseId) const
{
    return withCases(sql::selectList(
        m_db,
        QLatin1String(NoticeSelect) +
            QStringLiteral("WHERE n.id IN (SELECT notice_id FROM notice_cases WHERE case_id = ?) "
                           "ORDER BY n.id"),
        {caseId}, noticeFrom));
}

Result<QVector<Notice>> NoticeRepository::earlierForSystem(const QString &kind, qint64 operatorId,
                                                           qint64 systemId, qint64 beforeCase,
                                                           qint64 beforeNotice) const
{
    return withCases(sql::selectList(
        m_db,
        QLatin1String(NoticeSelect) +
            QStringLiteral("WHERE n.kind = ? AND (? = 0 OR n.operator_id = ?) AND "
                           "(? = 0 OR n.id < ?) AND n.id IN (SELECT nc.notice_id FROM "
                           "notice_cases nc JOIN identification_cases c ON c.id = nc.case_id "
                           "WHERE c.system_id = ? AND c.id < ?) ORDER BY n.id"),
        {kind, operatorId, operatorId, beforeNotice, beforeNotice, systemId, beforeCase},
        noticeFrom));
}

Result<Notice> NoticeRepository::byId(qint64 id) const
{
    Result<QVector<Notice>> found = withCases(sql::selectList(
        m_db, QLatin1String(NoticeSelect) + QStringLiteral("WHERE n.id = ?"), {id}, noticeFrom));
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error::input(tr("no notice with id %1").arg(id));
    return found.value().first();
}

Result<qint64> NoticeRepository::count() const
{
    qint64 n = 0;
    if (Status s = sql::select(m_db, QStringLiteral("SELECT COUNT(*) FROM notices"), {},
                               [&](const QSqlQuery &q) { n = q.value(0).toLongLong(); });
        !s)
        return s.error();
    return n;
}

Result<QVector<Notice>> NoticeRepository::issue(QVector<NoticeIssue> issues, const Render &render)
{
    for (NoticeIssue &issue : issues) {
        QVector<qint64> &caseIds = issue.caseIds;
        if (caseIds.isEmpty())
            return Error::input(tr("a notice needs at least one case"));
        std::sort(caseIds.begin(), caseIds.end());
        caseIds.erase(std::unique(caseIds.begin(), caseIds.end()), caseIds.end());
        if (issue.reissue && issue.reason.trimmed().isEmpty())
            return Error::input(tr("a reissued notice needs the reason (--reason)"));
    }
    QVector<Notice> out;
    // One transaction: a refusal of any notice numbers none of them.
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QString> head = chainHead(tx);
        if (!head)
            return head.error();
        for (const NoticeIssue &issue : issues) {
            Notice notice;
            if (Status one = issueOne(tx, issue, &notice); !one)
                return one;
            notice.anchor = head.value();
            if (render) {
                if (Status written = render(notice); !written)
                    return written;
            }
            out << notice;
        }
        return {};
    });
    if (!s)
        return s.error();
    return out;
}

Status NoticeRepository::issueOne(WriteTransaction &tx, const NoticeIssue &issue, Notice *result)
{
    const QVector<qint64> &caseIds = issue.caseIds;
    // Read under the write lock, so that two processes cannot both issue a case.
    QVector<Notice> earlier; // of this kind, sharing a case, oldest first
    for (qint64 c : caseIds) {
        Result<QVector<Notice>> found = forCase(c);
        if (!found)
            return found.error();
        for (const Notice &n : found.value()) {
            if (n.kind == issue.kind && std::none_of(earlier.cbegin(), earlier.cend(),
                                                     [&](const Notice &e) { return e.id == n.id; }))
                earlier << n;
        }
    }
    std::sort(earlier.begin(), earlier.end(),
              [](const Notice &a, const Notice &b) { return a.id < b.id; });
    if (!issue.reissue) {
        for (auto it = earlier.crbegin(); it != earlier.crend(); ++it) {
            if (it->caseIds == caseIds) {
                *result = *it;
                result->reprinted = true;
                return {};
            }
        }
        if (!earlier.isEmpty()) {
            const Notice &last = earlier.constLast();
            qint64 shared = 0;
            for (qint64 c : caseIds) {
                if (last.caseIds.contains(c)) {
                    shared = c;
                    break;
                }
            }
            return Error::input(
                tr("case %1 is already in notice %2; reprint it, or use --reissue --reason T")
                    .arg(shared)
                    .arg(last.numberText(true)));
        }
    } else if (earlier.isEmpty()) {
        return Error::input(tr("none of these cases is in a notice of this kind yet; issue it "
                               "without --reissue"));
    }
    Notice notice = draft(issue);
    notice.replacesId = earlier.isEmpty() ? 0 : earlier.constLast().id;
    if (Status numbered = insertNumbered(tx, notice); !numbered)
        return numbered;
    for (qint64 c : caseIds) {
        if (auto r = tx.exec(QStringLiteral("INSERT INTO notice_cases (notice_id, case_id) "
                                            "VALUES (?, ?)"),
                             {notice.id, c});
            !r)
            return r.error();
    }
    QJsonObject after{{QStringLiteral("kind"), notice.kind},
                      {QStringLiteral("number"), notice.numberZh},
                      {QStringLiteral("operator"), notice.operatorId},
                      {QStringLiteral("issued_on"), notice.issuedOn.toString(Qt::ISODate)},
                      {QStringLiteral("cases"), idArray(caseIds)}};
    if (issue.reissue) {
        QJsonArray replaced;
        for (const Notice &e : earlier)
            replaced.append(QJsonObject{{QStringLiteral("id"), e.id},
                                        {QStringLiteral("number"), e.numberText(true)}});
        after.insert(QStringLiteral("replaces"), replaced);
        after.insert(QStringLiteral("reason"), notice.reissueReason);
    }
    if (Status audited =
            tx.audit(issue.reissue ? QStringLiteral("reissue") : QStringLiteral("issue"),
                     QStringLiteral("notice"), QString::number(notice.id), {}, after);
        !audited)
        return audited;
    *result = notice;
    return {};
}

} // namespace cii
