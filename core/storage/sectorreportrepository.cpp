#include "sectorreportrepository.h"

#include "storage/auditlog.h"
#include "storage/sqlread.h"

namespace cii {
namespace {

QString yearStart(int year)
{
    return QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
}

// The first day after the year: timestamps (created_at, decided_at) are compared as text, and
// "2026-12-31T10:00:00Z" sorts after "2026-12-31".
QString yearEnd(int year)
{
    return yearStart(year + 1);
}

} // namespace

Result<qint64> SectorReportRepository::countOperators(const QString &sector) const
{
    qint64 n = 0;
    Status s = sql::select(m_db, QStringLiteral("SELECT COUNT(*) FROM operators WHERE sector = ?"),
                           {sector}, [&](const QSqlQuery &q) { n = q.value(0).toLongLong(); });
    if (!s)
        return s.error();
    return n;
}

Result<QMap<int, qint64>> SectorReportRepository::coverage(const QString &sector,
                                                           const QStringList &indicators) const
{
    QMap<int, qint64> out;
    QVariantList binds;
    QStringList marks;
    for (const QString &key : indicators) {
        marks << QStringLiteral("?");
        binds << key;
    }
    binds << sector;
    // With no indicator asked for, every system has reported none of them.
    const QString join =
        marks.isEmpty()
            ? QStringLiteral("1 = 0")
            : QStringLiteral("v.indicator_key IN (%1)").arg(marks.join(QLatin1Char(',')));
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT n, COUNT(*) FROM (SELECT s.id, COUNT(v.indicator_key) AS n FROM "
                       "systems s JOIN operators o ON o.id = s.operator_id LEFT JOIN "
                       "indicator_values v ON v.system_id = s.id AND %1 WHERE o.sector = ? "
                       "GROUP BY s.id) per_system GROUP BY n")
            .arg(join),
        binds, [&](const QSqlQuery &q) { out[q.value(0).toInt()] = q.value(1).toLongLong(); });
    if (!s)
        return s.error();
    return out;
}

Result<SectorCaseYear> SectorReportRepository::caseYear(const QString &sector, int year) const
{
    SectorCaseYear y;
    const QString from = yearStart(year), to = yearEnd(year);
    const QString cases = QStringLiteral("FROM identification_cases c JOIN systems s ON s.id = "
                                         "c.system_id JOIN operators o ON o.id = s.operator_id "
                                         "WHERE o.sector = ?");
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT c.outcome, COUNT(*) %1 AND c.created_at >= ? AND c.created_at < ? "
                       "GROUP BY c.outcome")
            .arg(cases),
        {sector, from, to}, [&](const QSqlQuery &q) {
            y.byOutcome[q.value(0).toString()] = q.value(1).toLongLong();
            y.evaluated += q.value(1).toLongLong();
        });
    if (!s)
        return s.error();
    const auto in = [](const char *column) {
        return QStringLiteral("CASE WHEN %1 >= ? AND %1 < ? THEN 1 ELSE 0 END")
            .arg(QLatin1String(column));
    };
    s = sql::select(
        m_db,
        QStringLiteral("SELECT COALESCE(SUM(%1), 0), "
                       "COALESCE(SUM(CASE WHEN c.decision = c.outcome THEN %1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN c.decision <> c.outcome THEN %1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN c.decision = 'cii' THEN %1 ELSE 0 END), 0), "
                       "COALESCE(SUM(%2), 0), COALESCE(SUM(%3), 0) %4 AND "
                       "c.decision IS NOT NULL")
            .arg(in("c.decided_at"), in("c.operator_notified_on"), in("c.mps_notified_on"), cases),
        {from, to, from, to, from, to, from, to, from, to, from, to, sector},
        [&](const QSqlQuery &q) {
            y.decided = q.value(0).toLongLong();
            y.confirmed = q.value(1).toLongLong();
            y.overridden = q.value(2).toLongLong();
            y.identifiedCii = q.value(3).toLongLong();
            y.operatorNotified = q.value(4).toLongLong();
            y.mpsNotified = q.value(5).toLongLong();
        });
    if (!s)
        return s.error();
    // A notification to the MPS may list several sectors' cases: it counts in each of them.
    s = sql::select(
        m_db,
        QStringLiteral("SELECT n.kind, COUNT(DISTINCT n.id) FROM notices n JOIN notice_cases nc "
                       "ON nc.notice_id = n.id JOIN identification_cases c ON c.id = nc.case_id "
                       "JOIN systems s ON s.id = c.system_id JOIN operators o ON o.id = "
                       "s.operator_id WHERE o.sector = ? AND n.issued_on >= ? AND n.issued_on < ? "
                       "GROUP BY n.kind"),
        {sector, from, to}, [&](const QSqlQuery &q) {
            y.noticesByKind[q.value(0).toString()] = q.value(1).toLongLong();
        });
    if (!s)
        return s.error();
    return y;
}

Result<QString> SectorReportRepository::chainHead() const
{
    const Result<QVector<AuditRecord>> newest = AuditLog::recent(m_db, 1);
    if (!newest)
        return newest.error();
    return newest->isEmpty() ? QString()
                             : AuditLog::anchor(newest->first().id, newest->first().hash);
}

} // namespace cii
