// Many workstations at once (issue 15): eight cii-workbench-cli clients started together on
// one store, each running a loop of identification runs, decisions, notices, indicator and
// department edits, operator events, change reports and compliance evidence. Afterwards one
// connection checks that nothing was lost or doubled: the notice numbers of each department
// and year are 1..K without a gap or a repeat, every id a client was told is in the store and
// nothing else is, every client's last edit of its own field survived the others' edits of
// the same record, and the audit log is one unbroken chain with one record per write.
// The same run on PostgreSQL and on an SQLite file (several processes on one WAL file).
#include "postgres/testpostgres.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <vector>

using namespace cii;

namespace {

constexpr int Clients = 8;
constexpr int Rounds = 3;
// Cases two clients try to decide and notify at once: four pairs of clients per round.
constexpr int SharedCases = Rounds * Clients / 2;
// Cases each client decides and notifies on its own, one per round.
constexpr int OwnCases = Rounds * Clients;
// The sector of the systems the clients identify again (no decided case is in it): a newer
// case of a system would make its older one undecidable.
constexpr const char *PoolSector = "telecom";
constexpr int PoolSize = 20;

// One command a client runs, and what came of it.
struct Step
{
    QString kind; // "identify", "decide", "notice", "indicator", "department", …
    QStringList args;
    // What the step is about: a case id (decide, notice), "system/key" (indicator),
    // "field" (department).
    QString subject;
    QString value; // the value an edit wrote
    int code = -1;
    QByteArray out;
    QString err;
};

struct Client
{
    QList<Step> steps;
    int next = 0;
    std::unique_ptr<QProcess> process;
    QString config;
};

QJsonObject jsonOf(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

} // namespace

class TestManyClients : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    Run cli(const QString &store, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("setup")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CII_CLI_PATH), QStringList{QStringLiteral("--db"), store} + args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
    Run cli(const QString &store, const QString &words)
    {
        return cli(store, words.split(QLatin1Char(' ')));
    }

    static qint64 scalar(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next()) {
            qWarning("query failed: %s", qPrintable(sql));
            return -1;
        }
        return q.value(0).toLongLong();
    }
    static QSet<qint64> ids(const Database &db, const QString &sql)
    {
        QSet<qint64> out;
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            qWarning("query failed: %s", qPrintable(sql));
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    }

    // The store every client starts from: demo data, the national template filed in every
    // sector, the own department able to number documents, one identification of everything.
    bool prepare(const QString &store)
    {
        if (cli(store, QStringLiteral("demo --seed 15 --operators 30 --systems 300")).code != 0) {
            qWarning("demo failed");
            return false;
        }
        const QString tpl = m_dir.filePath(QStringLiteral("template.json"));
        if (cli(store,
                {QStringLiteral("rules"), QStringLiteral("template"), QStringLiteral("--out"), tpl})
                .code != 0)
            return false;
        for (const char *sector :
             {"telecom", "energy", "transport", "water", "finance", "public-services",
              "e-government", "defence-industry", "other"}) {
            const Run imported =
                cli(store, {QStringLiteral("rules"), QStringLiteral("import"), tpl,
                            QStringLiteral("--sector"), QString::fromLatin1(sector)});
            const QString id = QString::fromUtf8(imported.out).trimmed();
            if (imported.code != 0 ||
                cli(store,
                    {QStringLiteral("rules"), QStringLiteral("file"), id,
                     QStringLiteral("--reference"), QStringLiteral("公网安备〔2026〕%1号").arg(id),
                     QStringLiteral("--date"), QStringLiteral("2026-01-15")})
                        .code != 0) {
                qWarning("rules for %s: %s", sector, qPrintable(imported.err));
                return false;
            }
        }
        if (cli(store, {QStringLiteral("departments"), QStringLiteral("set"), QStringLiteral("own"),
                        QStringLiteral("--name-zh"), QStringLiteral("金融行业网络安全保护办公室"),
                        QStringLiteral("--name-en"), QStringLiteral("Finance Cybersecurity Office"),
                        QStringLiteral("--doc-prefix"), QStringLiteral("金网保"),
                        QStringLiteral("--contact-name"), QStringLiteral("张三"),
                        QStringLiteral("--contact-phone"), QStringLiteral("010-12345678")})
                .code != 0)
            return false;
        const Run identified = cli(store, QStringLiteral("identify --all"));
        if (identified.code != 0) {
            qWarning("identify --all: %s", qPrintable(identified.err));
            return false;
        }
        return true;
    }

    // Each client's loop. Rounds of: an identification run over two systems (from a pool
    // the decisions never touch), a decision and a notice of a case its neighbour decides
    // and notifies at the same moment, a decision and a notice of a case of its own, an
    // edit of its own indicator of systems every client edits, an edit of its own field of
    // the own department (every other client edits another field of the same row), an
    // operator event, a change report and compliance evidence of a shared operator. Two
    // clients also identify the whole sector of the identification pool once.
    std::vector<Client> plan(const QVector<qint64> &cii, const QVector<qint64> &identifyPool,
                             const QStringList &keys, const QStringList &shared)
    {
        static const char *fields[] = {"contact-name", "contact-phone", "name-en", "name-zh"};
        std::vector<Client> clients(Clients);
        for (int i = 0; i < Clients; ++i) {
            Client &c = clients[i];
            c.config = m_dir.filePath(QStringLiteral("config%1").arg(i));
            const QString out = m_dir.filePath(QStringLiteral("notices%1").arg(i));
            auto add = [&](const QString &kind, const QStringList &args,
                           const QString &subject = {}, const QString &value = {}) {
                Step s;
                s.kind = kind;
                s.args = args;
                s.subject = subject;
                s.value = value;
                c.steps << s;
            };
            for (int r = 0; r < Rounds; ++r) {
                const QString a =
                    QString::number(identifyPool.at((i * Rounds + r) % identifyPool.size()));
                const QString b =
                    QString::number(identifyPool.at((i * Rounds + r + 5) % identifyPool.size()));
                add(QStringLiteral("identify"),
                    {QStringLiteral("--json"), QStringLiteral("identify"),
                     QStringLiteral("--system"), a, QStringLiteral("--system"), b});
                const QString pairCase = QString::number(cii.at(r * (Clients / 2) + i / 2));
                const QString own = QString::number(cii.at(SharedCases + i * Rounds + r));
                const QString to = r % 2 ? QStringLiteral("mps") : QStringLiteral("operator");
                for (const QString &kase : {pairCase, own}) {
                    add(QStringLiteral("decide"),
                        {QStringLiteral("--json"), QStringLiteral("decide"), kase,
                         QStringLiteral("--confirm")},
                        kase);
                    add(QStringLiteral("notice"),
                        {QStringLiteral("--json"), QStringLiteral("notice"),
                         QStringLiteral("export"), kase, QStringLiteral("--to"), to,
                         QStringLiteral("--format"), QStringLiteral("odt"),
                         QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"),
                         out},
                        kase + QLatin1Char('/') + to);
                }
                const QString value = QString::number(1000 + 100 * i + r);
                for (const QString &system : shared)
                    add(QStringLiteral("indicator"),
                        {QStringLiteral("systems"), QStringLiteral("set-indicator"), system,
                         keys.at(i), value, QStringLiteral("--date"),
                         QStringLiteral("2026-02-0%1").arg(r + 1)},
                        system + QLatin1Char('/') + keys.at(i), value);
                if (i < 4) {
                    const QString field = QString::fromLatin1(fields[i]);
                    const QString written = QStringLiteral("客户%1第%2轮").arg(i).arg(r);
                    add(QStringLiteral("department"),
                        {QStringLiteral("departments"), QStringLiteral("set"),
                         QStringLiteral("own"), QStringLiteral("--") + field, written},
                        field, written);
                }
                add(QStringLiteral("event"),
                    {QStringLiteral("--json"), QStringLiteral("event"), QStringLiteral("add"),
                     QStringLiteral("--operator"), QStringLiteral("1"), QStringLiteral("--kind"),
                     QStringLiteral("incident"), QStringLiteral("--date"),
                     QStringLiteral("2026-03-01"), QStringLiteral("--due"),
                     QStringLiteral("2026-03-20"), QStringLiteral("--description"),
                     QStringLiteral("client %1 round %2").arg(i).arg(r)});
                add(QStringLiteral("change-report"),
                    {QStringLiteral("--json"), QStringLiteral("change-report"),
                     QStringLiteral("add"), QStringLiteral("--operator"), QStringLiteral("1"),
                     QStringLiteral("--systems"), shared.join(QLatin1Char(',')),
                     QStringLiteral("--received"), QStringLiteral("2026-03-02"),
                     QStringLiteral("--description"),
                     QStringLiteral("client %1 round %2").arg(i).arg(r)});
                add(QStringLiteral("compliance"),
                    {QStringLiteral("--json"), QStringLiteral("compliance"), QStringLiteral("set"),
                     QStringLiteral("1"), QStringLiteral("staffing"), value});
            }
            if (i == 3 || i == Clients - 1)
                add(QStringLiteral("identify"),
                    {QStringLiteral("--json"), QStringLiteral("identify"),
                     QStringLiteral("--sector"), QString::fromLatin1(PoolSector)});
        }
        return clients;
    }

    // Starts every client's first command at once; each next command when its last ended.
    void runAll(const QString &store, std::vector<Client> &clients)
    {
        QEventLoop loop;
        int running = 0;
        std::function<void(Client &)> startNext = [&](Client &c) {
            if (c.next >= c.steps.size()) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            c.process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), c.config);
            c.process->setProcessEnvironment(env);
            QProcess *p = c.process.get();
            connect(p, &QProcess::finished, &loop,
                    [&c, p, &startNext, &loop](int code, QProcess::ExitStatus status) {
                        Step &s = c.steps[c.next];
                        s.code = status == QProcess::NormalExit ? code : -1;
                        s.out = p->readAllStandardOutput();
                        s.err = QString::fromUtf8(p->readAllStandardError());
                        ++c.next;
                        QTimer::singleShot(0, &loop, [&c, &startNext] { startNext(c); });
                    });
            p->start(QStringLiteral(CII_CLI_PATH),
                     QStringList{QStringLiteral("--db"), store} + c.steps[c.next].args);
        };
        running = int(clients.size());
        for (Client &c : clients)
            startNext(c);
        QTimer::singleShot(300000, &loop, &QEventLoop::quit);
        loop.exec();
    }

    void manyClientsLeaveEveryRecordOnce(const QString &store)
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(prepare(store));
        QStringList keys;
        QVector<qint64> cii, identifyPool;
        QStringList shared;
        qint64 casesBefore = 0, auditBefore = 0, eventsBefore = 0, reportsBefore = 0,
               evidenceBefore = 0;
        {
            Database db;
            QVERIFY(db.open(store));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT key FROM indicators WHERE type = 'integer' "
                                          "ORDER BY key")));
            while (q.next() && keys.size() < Clients)
                keys << q.value(0).toString();
            QCOMPARE(keys.size(), Clients);
            QVERIFY(q.exec(QStringLiteral("SELECT c.id FROM identification_cases c JOIN systems s "
                                          "ON s.id = c.system_id JOIN operators o ON o.id = "
                                          "s.operator_id WHERE c.outcome = 'cii' AND o.sector <> "
                                          "'%1' ORDER BY c.id")
                               .arg(QLatin1String(PoolSector))));
            while (q.next() && cii.size() < SharedCases + OwnCases)
                cii << q.value(0).toLongLong();
            QCOMPARE(cii.size(), SharedCases + OwnCases);
            QVERIFY(q.exec(QStringLiteral("SELECT s.id FROM systems s JOIN operators o ON o.id = "
                                          "s.operator_id WHERE o.sector = '%1' AND s.status <> "
                                          "'retired' ORDER BY s.id")
                               .arg(QLatin1String(PoolSector))));
            while (q.next() && identifyPool.size() < PoolSize)
                identifyPool << q.value(0).toLongLong();
            QCOMPARE(identifyPool.size(), PoolSize);
            // Two systems of operator 1, which every client edits and reports changes of.
            QVERIFY(
                q.exec(QStringLiteral("SELECT id FROM systems WHERE operator_id = 1 ORDER BY id")));
            while (q.next() && shared.size() < 2)
                shared << q.value(0).toString();
            QCOMPARE(shared.size(), 2);
            casesBefore = scalar(db, QStringLiteral("SELECT MAX(id) FROM identification_cases"));
            auditBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
            eventsBefore =
                scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM operator_events"));
            reportsBefore =
                scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_reports"));
            evidenceBefore =
                scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM compliance_facts"));
        }
        const qint64 prepared = clock.restart();

        std::vector<Client> clients = plan(cii, identifyPool, keys, shared);
        runAll(store, clients);
        const qint64 ran = clock.restart();

        // What the clients were told.
        QMap<QString, int> okCount, rejectedCount;
        int commands = 0;
        QSet<qint64> toldCases, toldEvents, toldReports, toldEvidence;
        QHash<QString, int> decidedOk;         // case → clients told "decided"
        QHash<QString, QSet<qint64>> noticeOf; // case/addressee → notice ids told
        QHash<qint64, QString> numberOf;       // notice id → "year/number" told
        QSet<qint64> toldNotices;
        QHash<QString, QString> lastValue; // system/key or department field → last value
        for (const Client &c : clients) {
            QCOMPARE(c.next, int(c.steps.size()));
            for (const Step &s : c.steps) {
                ++commands;
                if (s.code == 3) {
                    // Documented refusals only: a case another client decided first.
                    QVERIFY2(s.kind == QLatin1String("decide"),
                             qPrintable(s.kind + QLatin1String(": ") + s.err));
                    ++rejectedCount[s.kind];
                    continue;
                }
                QVERIFY2(s.code == 0, qPrintable(QStringLiteral("%1 (%2) exited %3: %4")
                                                     .arg(s.kind, s.args.join(QLatin1Char(' ')))
                                                     .arg(s.code)
                                                     .arg(s.err)));
                ++okCount[s.kind];
                const QJsonObject j = jsonOf(s.out);
                if (s.kind == QLatin1String("identify")) {
                    for (const QJsonValue &v : j.value(QStringLiteral("cases")).toArray())
                        toldCases << v.toObject().value(QStringLiteral("id")).toInteger();
                } else if (s.kind == QLatin1String("decide")) {
                    ++decidedOk[s.subject];
                } else if (s.kind == QLatin1String("notice")) {
                    const QJsonArray list = j.value(QStringLiteral("notices")).toArray();
                    QCOMPARE(list.size(), 1);
                    const QJsonObject n = list.first().toObject();
                    const qint64 id = n.value(QStringLiteral("id")).toInteger();
                    noticeOf[s.subject] << id;
                    toldNotices << id;
                    const QString number = QStringLiteral("%1/%2")
                                               .arg(n.value(QStringLiteral("year")).toInteger())
                                               .arg(n.value(QStringLiteral("number")).toInteger());
                    QVERIFY(!numberOf.contains(id) || numberOf.value(id) == number);
                    numberOf.insert(id, number);
                } else if (s.kind == QLatin1String("indicator") ||
                           s.kind == QLatin1String("department")) {
                    lastValue.insert(s.subject, s.value);
                } else if (s.kind == QLatin1String("event")) {
                    toldEvents << j.value(QStringLiteral("id")).toInteger();
                } else if (s.kind == QLatin1String("change-report")) {
                    toldReports << j.value(QStringLiteral("id")).toInteger();
                } else if (s.kind == QLatin1String("compliance")) {
                    toldEvidence << j.value(QStringLiteral("id")).toInteger();
                }
            }
        }
        // Each case was decided by exactly one client; the other of a pair was refused.
        for (int k = 0; k < SharedCases + OwnCases; ++k)
            QCOMPARE(decidedOk.value(QString::number(cii.at(k))), 1);
        QCOMPARE(rejectedCount.value(QStringLiteral("decide")), SharedCases);
        // Both clients of a pair were given the same notice (one numbered it, one reprinted).
        for (auto it = noticeOf.cbegin(); it != noticeOf.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key()));
        QCOMPARE(toldNotices.size(), SharedCases + OwnCases);

        // What the store holds, from one connection.
        Database db;
        QVERIFY(db.open(store));
        // Notice numbers: 1..K per department and year, no gap, no repeat.
        int duplicates = 0, gaps = 0;
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT department, year, COUNT(*), COUNT(DISTINCT "
                                          "number), MIN(number), MAX(number) FROM notices GROUP "
                                          "BY department, year")));
            int groups = 0;
            while (q.next()) {
                ++groups;
                const qint64 count = q.value(2).toLongLong();
                duplicates += int(count - q.value(3).toLongLong());
                if (q.value(4).toLongLong() != 1 || q.value(5).toLongLong() != count)
                    gaps += int(q.value(5).toLongLong() - q.value(3).toLongLong());
            }
            QVERIFY(groups >= 1);
        }
        QCOMPARE(duplicates, 0);
        QCOMPARE(gaps, 0);
        // Every notice told is there with the number told, and no other.
        const QSet<qint64> notices = ids(db, QStringLiteral("SELECT id FROM notices"));
        QCOMPARE(notices, toldNotices);
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id, year, number FROM notices")));
            while (q.next())
                QCOMPARE(QStringLiteral("%1/%2")
                             .arg(q.value(1).toLongLong())
                             .arg(q.value(2).toLongLong()),
                         numberOf.value(q.value(0).toLongLong()));
        }
        // Every decision stands; every case told is there, and no other was made.
        for (int k = 0; k < SharedCases + OwnCases; ++k)
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM identification_cases WHERE "
                                               "id = %1 AND decision IS NOT NULL")
                                    .arg(cii.at(k))),
                     qint64(1));
        QCOMPARE(ids(db, QStringLiteral("SELECT id FROM identification_cases WHERE id > %1")
                             .arg(casesBefore)),
                 toldCases);
        QCOMPARE(
            ids(db,
                QStringLiteral("SELECT id FROM operator_events WHERE id > %1").arg(eventsBefore)),
            toldEvents);
        QCOMPARE(
            ids(db,
                QStringLiteral("SELECT id FROM change_reports WHERE id > %1").arg(reportsBefore)),
            toldReports);
        QCOMPARE(ids(db, QStringLiteral("SELECT id FROM compliance_facts WHERE id > %1")
                             .arg(evidenceBefore)),
                 toldEvidence);
        QCOMPARE(toldEvents.size(), Clients * Rounds);
        QCOMPARE(toldReports.size(), Clients * Rounds);
        QCOMPARE(toldEvidence.size(), Clients * Rounds);
        // No lost update: every client's own field of the shared records has its last value.
        int lost = 0;
        for (auto it = lastValue.cbegin(); it != lastValue.cend(); ++it) {
            QString stored;
            QSqlQuery q(db.connection());
            const QStringList parts = it.key().split(QLatin1Char('/'));
            if (parts.size() == 2) {
                q.prepare(QStringLiteral("SELECT value FROM indicator_values WHERE system_id = ? "
                                         "AND indicator_key = ?"));
                q.addBindValue(parts.at(0).toLongLong());
                q.addBindValue(parts.at(1));
            } else {
                q.prepare(QStringLiteral("SELECT %1 FROM departments WHERE key = 'own'")
                              .arg(QString(it.key()).replace(QLatin1Char('-'), QLatin1Char('_'))));
            }
            QVERIFY(q.exec());
            QVERIFY(q.next());
            stored = q.value(0).toString();
            if (stored != it.value()) {
                ++lost;
                qWarning("lost update of %s: %s, not %s", qPrintable(it.key()), qPrintable(stored),
                         qPrintable(it.value()));
            }
        }
        QCOMPARE(lastValue.size(), 2 * Clients + 4);
        QCOMPARE(lost, 0);
        // One chain, no fork: ids 1..N, it verifies, and every write that said ok added to it.
        const qint64 records = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT MIN(id) FROM audit_log")), qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(id) FROM audit_log")), records);
        const Result<AuditVerification> v = AuditLog::verify(db);
        QVERIFY(v.ok());
        QVERIFY(v->ok);
        QCOMPARE(v->records, records);
        // One record per write: a new notice, a decision, an edit, an event, a report, a piece
        // of evidence, an identification run each add one; every notice file written (a
        // reprint too) adds its export.
        const qint64 added = records - auditBefore;
        const qint64 writes = okCount.value(QStringLiteral("identify")) +
                              okCount.value(QStringLiteral("decide")) + toldNotices.size() +
                              okCount.value(QStringLiteral("notice")) +
                              okCount.value(QStringLiteral("indicator")) +
                              okCount.value(QStringLiteral("department")) + toldEvents.size() +
                              toldReports.size() + toldEvidence.size();
        if (added != writes) {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT entity, action, COUNT(*) FROM audit_log WHERE "
                                          "id > %1 GROUP BY entity, action ORDER BY 1, 2")
                               .arg(auditBefore)));
            while (q.next())
                qWarning("audit records of %s %s: %lld", qPrintable(q.value(0).toString()),
                         qPrintable(q.value(1).toString()), q.value(2).toLongLong());
        }
        QCOMPARE(added, writes);

        qInfo("%d clients, %d commands (%s), %d refused as documented (a case decided by the "
              "other client of its pair); %lld notices, %d duplicate and %d missing numbers; "
              "%lld identification runs; %d lost updates; audit chain of %lld records verified; "
              "prepared in %lld ms, ran in %lld ms",
              Clients, commands, qPrintable([&] {
                  QStringList parts;
                  for (auto it = okCount.cbegin(); it != okCount.cend(); ++it)
                      parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
                  return parts.join(QStringLiteral(", "));
              }()),
              rejectedCount.value(QStringLiteral("decide")), qint64(notices.size()), duplicates,
              gaps, qint64(okCount.value(QStringLiteral("identify"))), lost, records, prepared,
              ran);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("setup")));
    }

    void eightClientsOnPostgresLoseAndDoubleNothing()
    {
        CII_REQUIRE_POSTGRES();
        manyClientsLeaveEveryRecordOnce(TestPostgres::freshDatabase(QStringLiteral("manyclients")));
    }

    void eightClientsOnOneSqliteFileLoseAndDoubleNothing()
    {
        manyClientsLeaveEveryRecordOnce(m_dir.filePath(QStringLiteral("store.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestManyClients)
#include "tst_manyclients.moc"
