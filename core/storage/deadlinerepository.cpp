#include "deadlinerepository.h"

#include "schedule/incidentclocks.h"
#include "storage/incidentrepository.h"

#include "domain/textfield.h"
#include "i18n/language.h"
#include "storage/calendarrepository.h"
#include "storage/database.h"
#include "storage/enforcementrepository.h"
#include "storage/sqlread.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QScopeGuard>

#include <limits>

namespace cii {
namespace {

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

// The local calendar day of a stored time, as QDateTime::fromString(text, Qt::ISODate)
// .toLocalTime().date() gives it, without asking the time zone database for every row: that
// costs a stat() of /etc/localtime each time (glibc's tzset), most of reading 80,000 cases.
// A batch of decisions shares its timestamp, so most texts repeat; sql::nowUtc()'s form
// (yyyy-MM-ddTHH:mm:ssZ) is read directly and judged once per quarter of an hour: every time
// zone in use since 1980 changes its offset only on a quarter-hour boundary of UTC and has
// an offset of whole quarter hours, so its day cannot change inside one.
class LocalDayOfStoredTime
{
public:
    QDate operator()(const QString &text)
    {
        const auto seen = m_byText.constFind(text);
        if (seen != m_byText.constEnd())
            return *seen;
        QDate day;
        const qint64 quarter = utcQuarterHour(text);
        if (quarter != Invalid) {
            auto it = m_byQuarter.constFind(quarter);
            if (it == m_byQuarter.constEnd())
                it = m_byQuarter.insert(
                    quarter,
                    QDateTime::fromSecsSinceEpoch(quarter * 900, Qt::UTC).toLocalTime().date());
            day = *it;
        } else {
            day = QDateTime::fromString(text, Qt::ISODate).toLocalTime().date();
        }
        if (m_byText.size() < 4096)
            m_byText.insert(text, day);
        return day;
    }

private:
    static constexpr qint64 Invalid = std::numeric_limits<qint64>::min();

    // yyyy-MM-ddTHH:mm:ssZ from 1980 on: its quarter hour since the epoch; Invalid otherwise.
    static qint64 utcQuarterHour(const QString &t)
    {
        if (t.size() != 20 || t.at(4) != u'-' || t.at(7) != u'-' || t.at(10) != u'T' ||
            t.at(13) != u':' || t.at(16) != u':' || t.at(19) != u'Z')
            return Invalid;
        auto number = [&t](int from, int length) {
            int n = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = t.at(i).unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                n = n * 10 + (c - u'0');
            }
            return n;
        };
        const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
        const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
        const QDate date(year, month, day);
        if (year < 1980 || !date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
            second < 0 || second > 59)
            return Invalid;
        const qint64 seconds = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 +
                               hour * 3600 + minute * 60 + second;
        return seconds / 900;
    }

    QHash<QString, QDate> m_byText;
    QHash<qint64, QDate> m_byQuarter;
};

// One shared copy of each of a column's few distinct texts (sectors, decisions).
class SharedTexts
{
public:
    QString operator()(const QString &text)
    {
        auto it = m_texts.constFind(text);
        if (it == m_texts.constEnd())
            it = m_texts.insert(text, text);
        return *it;
    }

private:
    QHash<QString, QString> m_texts;
};

} // namespace

QJsonObject ChangeReport::toJson() const
{
    QJsonArray systems;
    for (qint64 s : systemIds)
        systems.append(s);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("operator"), operatorId},
            {QStringLiteral("operator_name"), operatorName},
            {QStringLiteral("received"), dateJson(received)},
            {QStringLiteral("systems"), systems},
            {QStringLiteral("description"), description},
            {QStringLiteral("attachments"), attachments}};
}

QJsonObject AssessmentReport::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("system"), systemId},
            {QStringLiteral("system_name"), systemName},
            {QStringLiteral("year"), year},
            {QStringLiteral("received"), dateJson(received)},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("rectification"), rectification}};
}

QStringList OperatorEvent::kinds()
{
    return {QStringLiteral("incident"), QStringLiteral("threat"), QStringLiteral("merger"),
            QStringLiteral("separation"), QStringLiteral("dissolution")};
}

QJsonObject OperatorEvent::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("operator"), operatorId},
            {QStringLiteral("operator_name"), operatorName},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("occurred"), dateJson(occurred)},
            {QStringLiteral("description"), description},
            {QStringLiteral("follow_up_due"), dateJson(followUpDue)},
            {QStringLiteral("closed"), dateJson(closed)}};
}

Result<DeadlineSettings> DeadlineRepository::settings() const
{
    DeadlineSettings s;
    Status read = sql::select(
        m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'deadline.%'"), {},
        [&](const QSqlQuery &q) {
            const QString key = q.value(0).toString();
            const int v = q.value(1).toInt();
            if (key == QLatin1String("deadline.assessment_month"))
                s.assessmentMonth = v;
            else if (key == QLatin1String("deadline.assessment_day"))
                s.assessmentDay = v;
            else if (key == QLatin1String("deadline.notification_days"))
                s.notificationDays = v;
            else if (key == QLatin1String("deadline.due_soon_days"))
                s.dueSoonDays = v;
            else if (key == QLatin1String("deadline.assessment_same_year_before_month"))
                s.assessmentSameYearBeforeMonth = v;
        });
    if (!read)
        return read.error();
    return s;
}

Status DeadlineRepository::saveSettings(const DeadlineSettings &s)
{
    if (s.assessmentMonth < 1 || s.assessmentMonth > 12 || s.assessmentDay < 1 ||
        s.assessmentDay > 31 || !QDate(2024, s.assessmentMonth, 1).isValid() ||
        s.assessmentDay > QDate(2024, s.assessmentMonth, 1).daysInMonth())
        return Error::input(tr("the assessment due day must be a day of the year (MM-DD)"));
    if (s.notificationDays < 0 || s.notificationDays > 3650 || s.dueSoonDays < 0 ||
        s.dueSoonDays > 365)
        return Error::input(tr("day counts must be between 0 and 3650 (due soon: 0 to 365)"));
    if (s.assessmentSameYearBeforeMonth < 0 || s.assessmentSameYearBeforeMonth > 12)
        return Error::input(tr("the first-assessment cut-off month must be 1 to 12, or 0 for "
                               "always the year after identification"));
    Result<DeadlineSettings> before = settings();
    if (!before)
        return before.error();
    auto json = [](const DeadlineSettings &d) {
        return QJsonObject{
            {QStringLiteral("assessment_due"), QStringLiteral("%1-%2")
                                                   .arg(d.assessmentMonth, 2, 10, QLatin1Char('0'))
                                                   .arg(d.assessmentDay, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("notification_days"), d.notificationDays},
            {QStringLiteral("due_soon_days"), d.dueSoonDays},
            {QStringLiteral("assessment_same_year_before_month"), d.assessmentSameYearBeforeMonth}};
    };
    return m_db.write([&](WriteTransaction &tx) -> Status {
        const QVector<QPair<QString, int>> values = {
            {QStringLiteral("deadline.assessment_month"), s.assessmentMonth},
            {QStringLiteral("deadline.assessment_day"), s.assessmentDay},
            {QStringLiteral("deadline.notification_days"), s.notificationDays},
            {QStringLiteral("deadline.due_soon_days"), s.dueSoonDays},
            {QStringLiteral("deadline.assessment_same_year_before_month"),
             s.assessmentSameYearBeforeMonth}};
        for (const auto &[key, value] : values) {
            if (Status put = tx.putSetting(key, QString::number(value)); !put)
                return put;
        }
        return tx.audit(QStringLiteral("update"), QStringLiteral("settings"),
                        QStringLiteral("deadlines"), json(before.value()), json(s));
    });
}

Result<qint64> DeadlineRepository::addChangeReport(const ChangeReport &r)
{
    if (!r.received.isValid())
        return Error::input(tr("received: the date the report was received is required"));
    if (r.received > QDate::currentDate())
        return Error::input(tr("received: a report cannot be received in the future"));
    if (r.description.trimmed().isEmpty())
        return Error::input(tr("description: say what changed"));
    if (const QString p = TextField::problem(r.description, TextField::DescriptionLength,
                                             TextField::Lines::Multi);
        !p.isEmpty())
        return Error::input(QStringLiteral("description: %1").arg(p));
    if (r.systemIds.isEmpty())
        return Error::input(tr("systems: name the systems the change affects"));
    qint64 id = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        for (qint64 system : r.systemIds) {
            Result<QSqlQuery *> q =
                tx.exec(QStringLiteral("SELECT operator_id FROM systems WHERE id = ?"), {system});
            if (!q)
                return q.error();
            if (!q.value()->next())
                return Error::input(tr("systems: no system with id %1").arg(system));
            if (q.value()->value(0).toLongLong() != r.operatorId)
                return Error::input(
                    tr("systems: system %1 belongs to another operator").arg(system));
        }
        Result<qint64> inserted = tx.insert(
            QStringLiteral("INSERT INTO change_reports (operator_id, received_on, description, "
                           "attachments, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {r.operatorId, r.received.toString(Qt::ISODate), r.description.trimmed(),
             r.attachments.trimmed(), sql::nowUtc()});
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        for (qint64 system : r.systemIds) {
            if (auto q = tx.exec(QStringLiteral("INSERT INTO change_report_systems (report_id, "
                                                "system_id) VALUES (?, ?)"),
                                 {id, system});
                !q)
                return q.error();
        }
        ChangeReport stored = r;
        stored.id = id;
        return tx.audit(QStringLiteral("create"), QStringLiteral("change_report"),
                        QString::number(id), {}, stored.toJson());
    });
    if (!s)
        return s.error();
    return id;
}

Result<QVector<ChangeReport>> DeadlineRepository::changeReports() const
{
    QVector<ChangeReport> out;
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT r.id, r.operator_id, o.name_zh, o.name_en, r.received_on, "
                       "r.description, r.attachments FROM change_reports r JOIN operators o ON "
                       "o.id = r.operator_id ORDER BY r.received_on, r.id"),
        {}, [&](const QSqlQuery &q) {
            ChangeReport r;
            r.id = q.value(0).toLongLong();
            r.operatorId = q.value(1).toLongLong();
            r.operatorName = Language::pick(q.value(2).toString(), q.value(3).toString());
            r.received = sql::dateOf(q.value(4));
            r.description = q.value(5).toString();
            r.attachments = q.value(6).toString();
            out << r;
        });
    if (!s)
        return s.error();
    QHash<qint64, int> index;
    for (int i = 0; i < out.size(); ++i)
        index.insert(out.at(i).id, i);
    s = sql::select(m_db,
                    QStringLiteral("SELECT report_id, system_id FROM change_report_systems "
                                   "ORDER BY report_id, system_id"),
                    {}, [&](const QSqlQuery &q) {
                        const int i = index.value(q.value(0).toLongLong(), -1);
                        if (i >= 0)
                            out[i].systemIds << q.value(1).toLongLong();
                    });
    if (!s)
        return s.error();
    return out;
}

Result<qint64> DeadlineRepository::addAssessment(const AssessmentReport &a)
{
    if (!a.received.isValid() || a.received > QDate::currentDate())
        return Error::input(tr("received: a date on or before today is required"));
    if (a.year < 2000 || a.year > a.received.year() + 1)
        return Error::input(tr("year: %1 is not a plausible assessment year").arg(a.year));
    if (a.findings < 0)
        return Error::input(tr("findings: cannot be negative"));
    if (const QString p = TextField::problem(a.rectification, TextField::DescriptionLength,
                                             TextField::Lines::Multi);
        !p.isEmpty())
        return Error::input(QStringLiteral("rectification: %1").arg(p));
    qint64 id = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<QSqlQuery *> q = tx.exec(
            QStringLiteral("SELECT COUNT(*) FROM assessments WHERE system_id = ? AND year = ?"),
            {a.systemId, a.year});
        if (!q)
            return q.error();
        q.value()->next();
        if (q.value()->value(0).toLongLong() > 0)
            return Error::input(tr("the %1 assessment of system %2 is already recorded")
                                    .arg(a.year)
                                    .arg(a.systemId));
        Result<qint64> inserted = tx.insert(
            QStringLiteral("INSERT INTO assessments (system_id, year, received_on, findings, "
                           "rectification, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {a.systemId, a.year, a.received.toString(Qt::ISODate), a.findings,
             a.rectification.trimmed(), sql::nowUtc()});
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        AssessmentReport stored = a;
        stored.id = id;
        return tx.audit(QStringLiteral("create"), QStringLiteral("assessment"), QString::number(id),
                        {}, stored.toJson());
    });
    if (!s)
        return s.error();
    return id;
}

Result<QVector<AssessmentReport>> DeadlineRepository::assessments() const
{
    QVector<AssessmentReport> out;
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT a.id, a.system_id, s.name, a.year, a.received_on, a.findings, "
                       "a.rectification FROM assessments a JOIN systems s ON s.id = a.system_id "
                       "ORDER BY a.year, a.system_id"),
        {}, [&](const QSqlQuery &q) {
            out << AssessmentReport{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                    q.value(2).toString(),   q.value(3).toInt(),
                                    sql::dateOf(q.value(4)), q.value(5).toInt(),
                                    q.value(6).toString()};
        });
    if (!s)
        return s.error();
    return out;
}

Result<qint64> DeadlineRepository::addEvent(const OperatorEvent &e)
{
    if (!OperatorEvent::kinds().contains(e.kind))
        return Error::input(
            tr("kind: one of %1").arg(OperatorEvent::kinds().join(QStringLiteral(", "))));
    if (!e.occurred.isValid() || e.occurred > QDate::currentDate())
        return Error::input(tr("date: a date on or before today is required"));
    if (!e.followUpDue.isValid() || e.followUpDue < e.occurred)
        return Error::input(tr("due: the follow-up is due on or after the event"));
    if (e.description.trimmed().isEmpty())
        return Error::input(tr("description: say what happened"));
    if (const QString p = TextField::problem(e.description, TextField::DescriptionLength,
                                             TextField::Lines::Multi);
        !p.isEmpty())
        return Error::input(QStringLiteral("description: %1").arg(p));
    qint64 id = 0;
    Status s = m_db.write([&](WriteTransaction &tx) -> Status {
        Result<qint64> inserted = tx.insert(
            QStringLiteral("INSERT INTO operator_events (operator_id, kind, occurred_on, "
                           "description, follow_up_due, closed_on, created_at) "
                           "VALUES (?, ?, ?, ?, ?, NULL, ?) RETURNING id"),
            {e.operatorId, e.kind, e.occurred.toString(Qt::ISODate), e.description.trimmed(),
             e.followUpDue.toString(Qt::ISODate), sql::nowUtc()});
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        OperatorEvent stored = e;
        stored.id = id;
        return tx.audit(QStringLiteral("create"), QStringLiteral("operator_event"),
                        QString::number(id), {}, stored.toJson());
    });
    if (!s)
        return s.error();
    return id;
}

Status DeadlineRepository::closeEvent(qint64 id, const QDate &closed)
{
    Result<QVector<OperatorEvent>> all = events();
    if (!all)
        return all.error();
    const auto it = std::find_if(all.value().cbegin(), all.value().cend(),
                                 [id](const OperatorEvent &e) { return e.id == id; });
    if (it == all.value().cend())
        return Error::input(tr("no operator event with id %1").arg(id));
    if (it->closed.isValid())
        return Error::input(
            tr("event %1 was already closed on %2").arg(id).arg(it->closed.toString(Qt::ISODate)));
    if (!closed.isValid() || closed < it->occurred || closed > QDate::currentDate())
        return Error::input(tr("date: between the event and today"));
    return m_db.write([&](WriteTransaction &tx) -> Status {
        if (auto r = tx.exec(QStringLiteral("UPDATE operator_events SET closed_on = ? WHERE id = ? "
                                            "AND closed_on IS NULL"),
                             {closed.toString(Qt::ISODate), id});
            !r)
            return r.error();
        return tx.audit(QStringLiteral("close"), QStringLiteral("operator_event"),
                        QString::number(id), {{QStringLiteral("closed"), QJsonValue()}},
                        {{QStringLiteral("closed"), closed.toString(Qt::ISODate)}});
    });
}

Result<QVector<OperatorEvent>> DeadlineRepository::events() const
{
    QVector<OperatorEvent> out;
    Status s = sql::select(
        m_db,
        QStringLiteral("SELECT e.id, e.operator_id, o.name_zh, o.name_en, e.kind, e.occurred_on, "
                       "e.description, e.follow_up_due, e.closed_on FROM operator_events e "
                       "JOIN operators o ON o.id = e.operator_id ORDER BY e.occurred_on, e.id"),
        {}, [&](const QSqlQuery &q) {
            OperatorEvent e;
            e.id = q.value(0).toLongLong();
            e.operatorId = q.value(1).toLongLong();
            e.operatorName = Language::pick(q.value(2).toString(), q.value(3).toString());
            e.kind = q.value(4).toString();
            e.occurred = sql::dateOf(q.value(5));
            e.description = q.value(6).toString();
            e.followUpDue = sql::dateOf(q.value(7));
            e.closed = sql::dateOf(q.value(8));
            out << e;
        });
    if (!s)
        return s.error();
    return out;
}

Result<DeadlineFacts> DeadlineRepository::facts() const
{
    DeadlineFacts f;
    Result<DeadlineSettings> settings = this->settings();
    if (!settings)
        return settings.error();
    f.settings = settings.value();
    Result<HolidayCalendar> calendar = CalendarRepository(m_db).calendar();
    if (!calendar)
        return calendar.error();
    f.calendar = calendar.value();
    Result<QVector<ChangeReport>> reports = changeReports();
    if (!reports)
        return reports.error();
    QHash<qint64, QString> sectorOfOperator;
    Status s = sql::select(
        m_db, QStringLiteral("SELECT id, sector FROM operators"), {}, [&](const QSqlQuery &q) {
            sectorOfOperator.insert(q.value(0).toLongLong(), q.value(1).toString());
        });
    if (!s)
        return s.error();
    for (const ChangeReport &r : reports.value())
        f.changeReports << DeadlineFacts::ChangeReport{
            r.id,       r.operatorName, sectorOfOperator.value(r.operatorId),
            r.received, r.systemIds,    r.description};
    // Per decided case only what the engine reads; the case's inputs and trace stay on disk.
    // The read passes once over the cases' pages (most of a big store): keeping them in the
    // connection's 64 MiB page cache would gain nothing and make the process that much
    // bigger, and push out the pages other reads use. A small cache for the scan, then the
    // connection's own again.
    // (SQLite's own: PostgreSQL's shared buffers are the server's.)
    qint64 cacheSize = 0;
    if (!m_db.isShared())
        s = sql::select(m_db, QStringLiteral("PRAGMA cache_size"), {},
                        [&](const QSqlQuery &q) { cacheSize = q.value(0).toLongLong(); });
    if (!s)
        return s.error();
    struct CacheSize
    {
        const Database &db;
        qint64 size;
        void set(qint64 pages) const
        {
            if (db.isShared())
                return;
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(pages));
        }
    };
    const CacheSize cache{m_db, cacheSize};
    cache.set(-2048); // KiB
    const auto restore = qScopeGuard([&] { cache.set(cache.size); });
    LocalDayOfStoredTime localDay;
    SharedTexts shared;
    s = sql::select(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.system_id, s.name, o.sector, c.created_at, c.decided_at, c.decision, "
            "c.operator_notified_on, c.mps_notified_on, s.operator_id "
            "FROM identification_cases c JOIN systems s ON s.id = c.system_id "
            "JOIN operators o ON o.id = s.operator_id WHERE c.decision IS NOT NULL ORDER BY c.id"),
        {}, [&](const QSqlQuery &q) {
            DeadlineFacts::DecidedCase &c = f.decidedCases.emplace_back();
            c.caseId = q.value(0).toLongLong();
            c.systemId = q.value(1).toLongLong();
            c.systemName = q.value(2).toString();
            c.sector = shared(q.value(3).toString());
            c.created = localDay(q.value(4).toString());
            c.decided = localDay(q.value(5).toString());
            c.decision = shared(q.value(6).toString());
            c.operatorNotified = sql::dateOf(q.value(7));
            c.mpsNotified = sql::dateOf(q.value(8));
            c.operatorId = q.value(9).toLongLong();
        });
    if (!s)
        return s.error();
    // The decision in force is each system's decided case with the highest id: with the
    // cases in id order, the last one read of its system (cheaper than a subquery per case).
    QHash<qint64, qsizetype> newest;
    newest.reserve(f.decidedCases.size());
    for (qsizetype i = 0; i < f.decidedCases.size(); ++i)
        newest.insert(f.decidedCases.at(i).systemId, i);
    for (qsizetype i : std::as_const(newest))
        f.decidedCases[i].newestDecision = true;
    Result<QVector<AssessmentReport>> assessments = this->assessments();
    if (!assessments)
        return assessments.error();
    for (const AssessmentReport &a : assessments.value())
        f.assessments << DeadlineFacts::Assessment{a.systemId, a.year, a.received};
    Result<QVector<OperatorEvent>> events = this->events();
    if (!events)
        return events.error();
    for (const OperatorEvent &e : events.value())
        f.events << DeadlineFacts::Event{
            e.id,   e.operatorId, e.operatorName, sectorOfOperator.value(e.operatorId),
            e.kind, e.occurred,   e.followUpDue,  e.closed};
    s = sql::select(
        m_db,
        QStringLiteral("SELECT f.id, f.inspection_id, o.name_zh, o.name_en, o.sector, f.severity, "
                       "f.rectification_due, f.fixed_on FROM findings f "
                       "JOIN inspections i ON i.id = f.inspection_id "
                       "JOIN operators o ON o.id = i.operator_id ORDER BY f.id"),
        {}, [&](const QSqlQuery &q) {
            f.findings << DeadlineFacts::Finding{
                q.value(0).toLongLong(),
                q.value(1).toLongLong(),
                Language::pick(q.value(2).toString(), q.value(3).toString()),
                q.value(4).toString(),
                q.value(5).toString(),
                sql::dateOf(q.value(6)),
                sql::dateOf(q.value(7))};
        });
    if (!s)
        return s.error();
    // The 2025 reporting measures: each incident's reports and when they are due.
    Result<QVector<Incident>> incidents = IncidentRepository(m_db).listWithTimelines();
    if (!incidents)
        return incidents.error();
    f.incidentClocks = IncidentClocks::of(incidents.value());
    if (Status enforcement = EnforcementRepository(m_db).addDeadlines(f); !enforcement)
        return enforcement.error();
    return f;
}

} // namespace cii
