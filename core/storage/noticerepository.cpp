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
    return chinese ? QStringLiteral("%1〔%2〕%3号").arg(docPrefix).arg(year).arg(number)
                   : QStringLiteral("%1[%2] No. %3")
                         .arg(docPrefix.isEmpty() ? QString() : docPrefix + QLatin1Char(' '))
                         .arg(year)
                         .arg(number);
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
    return n;
}

const char *NoticeSelect =
    "SELECT n.id, n.kind, n.department, n.year, n.number, n.operator_id, n.issued_on, "
    "COALESCE(d.doc_prefix, '') FROM notices n LEFT JOIN departments d ON d.key = n.department ";

} // namespace

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
    Result<qint64> id = tx.insert(
        QStringLiteral("INSERT INTO notices (kind, department, year, number, operator_id, "
                       "issued_on, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {notice.kind, notice.department, notice.year, notice.number,
         notice.operatorId ? QVariant(notice.operatorId) : QVariant(),
         notice.issuedOn.toString(Qt::ISODate),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate), AuditLog::osUser()});
    if (!id)
        return id.error();
    notice.id = id.value();
    return {};
}

Result<Notice> NoticeRepository::issueForInspection(qint64 inspectionId, qint64 operatorId,
                                                    const QDate &date)
{
    Result<QVector<Notice>> existing = sql::selectList(
        m_db,
        QLatin1String(NoticeSelect) +
            QStringLiteral("WHERE n.id IN (SELECT notice_id FROM notice_inspections WHERE "
                           "inspection_id = ?) ORDER BY n.id"),
        {inspectionId}, noticeFrom);
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty()) {
        Notice n = existing.value().first();
        n.inspectionId = inspectionId;
        return n;
    }
    Notice notice;
    notice.kind = QStringLiteral("inspection");
    notice.year = date.year();
    notice.operatorId = operatorId;
    notice.issuedOn = date;
    notice.inspectionId = inspectionId;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        if (Status numbered = insertNumbered(tx, notice); !numbered)
            return numbered;
        if (auto r = tx.exec(QStringLiteral("INSERT INTO notice_inspections (notice_id, "
                                            "inspection_id) VALUES (?, ?)"),
                             {notice.id, inspectionId});
            !r)
            return r.error();
        // Notifying the operator moves a planned inspection on.
        if (auto r = tx.exec(QStringLiteral("UPDATE inspections SET status = 'notified', "
                                            "updated_at = ? WHERE id = ? AND status = 'planned'"),
                             {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), inspectionId});
            !r)
            return r.error();
        return tx.audit(QStringLiteral("issue"), QStringLiteral("notice"),
                        QString::number(notice.id), {},
                        {{QStringLiteral("kind"), notice.kind},
                         {QStringLiteral("number"), notice.numberText(true)},
                         {QStringLiteral("inspection"), inspectionId},
                         {QStringLiteral("issued_on"), date.toString(Qt::ISODate)}});
    });
    if (!s)
        return s.error();
    return notice;
}

Result<QVector<Notice>> NoticeRepository::forCase(qint64 caseId) const
{
    Result<QVector<Notice>> notices = sql::selectList(
        m_db,
        QLatin1String(NoticeSelect) +
            QStringLiteral("WHERE n.id IN (SELECT notice_id FROM notice_cases WHERE case_id = ?) "
                           "ORDER BY n.id"),
        {caseId}, noticeFrom);
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

Result<Notice> NoticeRepository::issue(const QString &kind, QVector<qint64> caseIds,
                                       qint64 operatorId, const QDate &date)
{
    if (caseIds.isEmpty())
        return Error::input(tr("a notice needs at least one case"));
    std::sort(caseIds.begin(), caseIds.end());
    caseIds.erase(std::unique(caseIds.begin(), caseIds.end()), caseIds.end());
    Result<QVector<Notice>> existing = forCase(caseIds.first());
    if (!existing)
        return existing.error();
    for (const Notice &n : existing.value()) {
        if (n.kind == kind && n.caseIds == caseIds)
            return n;
    }
    Notice notice;
    notice.kind = kind;
    notice.year = date.year();
    notice.operatorId = operatorId;
    notice.issuedOn = date;
    notice.caseIds = caseIds;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        if (Status numbered = insertNumbered(tx, notice); !numbered)
            return numbered;
        QJsonArray cases;
        for (qint64 c : caseIds) {
            if (auto r = tx.exec(QStringLiteral("INSERT INTO notice_cases (notice_id, case_id) "
                                                "VALUES (?, ?)"),
                                 {notice.id, c});
                !r)
                return r.error();
            cases.append(c);
        }
        return tx.audit(QStringLiteral("issue"), QStringLiteral("notice"),
                        QString::number(notice.id), {},
                        {{QStringLiteral("kind"), kind},
                         {QStringLiteral("number"), notice.numberText(true)},
                         {QStringLiteral("operator"), operatorId},
                         {QStringLiteral("issued_on"), date.toString(Qt::ISODate)},
                         {QStringLiteral("cases"), cases}});
    });
    if (!s)
        return s.error();
    return notice;
}

} // namespace cii
