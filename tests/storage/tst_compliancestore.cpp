#include "domain/complianceduty.h"
#include "domain/sector.h"
#include "io/compliancetransfer.h"
#include "rules/ruletemplates.h"
#include "schedule/compliancechecklist.h"
#include "services/compliancegaps.h"
#include "services/demogenerator.h"
#include "services/identifier.h"
#include "storage/auditlog.h"
#include "storage/caserepository.h"
#include "storage/compliancerepository.h"
#include "storage/database.h"
#include "storage/rulesetrepository.h"
#include "teststore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

// Compliance evidence in the store (migration 11): recorded with its audit record, history
// kept (never changed or deleted), the newest per duty in force, all-or-nothing batches, the
// department's periods, and the CSV round trip with its row and column errors.
class TestComplianceStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_cii = 0;   // an operator with a system decided CII
    qint64 m_other = 0; // an operator without one
    QString m_ciiUscc;

    qint64 factCount()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM compliance_facts"));
        q.next();
        return q.value(0).toLongLong();
    }
    ComplianceFact fact(const QString &duty, const QString &value, const QDate &date) const
    {
        ComplianceFact f;
        f.operatorId = m_cii;
        f.duty = duty;
        f.value = value;
        f.evidenceDate = date;
        return f;
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("c.sqlite")),
                           Database::OpenMode::CreateIfMissing)
                    .ok());
        RegistryRepository registry(*m_db);
        QVERIFY(DemoGenerator::populate(registry, 5, 6, 18).ok());
        RuleSetRepository rulesets(*m_db);
        for (const Sector &sector : Sector::all()) {
            Result<RuleSet> rules = RuleTemplates::nationalGuide2016();
            QVERIFY(rules.ok());
            RuleSet r = rules.value();
            r.sector = sector.key;
            Result<qint64> id = rulesets.importAsDraft(r);
            QVERIFY(id.ok());
            QVERIFY(
                rulesets
                    .file(id.value(), QStringLiteral("T-%1").arg(sector.key), QDate::currentDate())
                    .ok());
        }
        Result<IdentificationSummary> run = Identifier::run(*m_db, IdentificationRequest{});
        QVERIFY(run.ok());
        CaseRepository cases(*m_db);
        CaseFilter filter;
        filter.runId = run.value().runId;
        Result<QVector<IdentificationCase>> list = cases.list(filter);
        QVERIFY(list.ok() && !list.value().isEmpty());
        const IdentificationCase first = list.value().first();
        const bool engineSaysCii = first.outcome == QLatin1String("cii");
        QVERIFY(cases
                    .decide(first.id, engineSaysCii ? QString() : QStringLiteral("cii"),
                            engineSaysCii ? QString() : QStringLiteral("test"))
                    .ok());
        Result<QSet<qint64>> cii = ComplianceRepository(*m_db).ciiOperators();
        QVERIFY(cii.ok());
        QCOMPARE(cii.value().size(), 1);
        m_cii = *cii.value().cbegin();
        Result<QVector<OperatorInfo>> ops = registry.operators();
        for (const OperatorInfo &o : ops.value()) {
            if (o.id == m_cii)
                m_ciiUscc = o.uscc;
            else if (!m_other)
                m_other = o.id;
        }
        QVERIFY(m_other && !m_ciiUscc.isEmpty());
    }

    void recordsWithItsAuditRecordAndReadsBack()
    {
        const qint64 before = factCount();
        Result<qint64> id = ComplianceRepository(*m_db).record(
            fact(QStringLiteral("budget"), QStringLiteral("1,200,000.5"), QDate(2026, 1, 5)));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(factCount(), before + 1);
        Result<QVector<ComplianceFact>> h = ComplianceRepository(*m_db).history(m_cii);
        QVERIFY(h.ok());
        const ComplianceFact &back = h.value().first();
        QCOMPARE(back.id, id.value());
        QCOMPARE(back.value, QStringLiteral("1200000.50")); // normalised before it is stored
        QCOMPARE(back.evidenceDate, QDate(2026, 1, 5));
        QCOMPARE(back.recordedBy, m_db->user()); // the OS login, or the database user
        QVERIFY(back.recordedAt.isValid());
        QVERIFY(qAbs(back.recordedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(back.operatorUscc, m_ciiUscc);
        Result<QVector<AuditRecord>> audit = AuditLog::recent(*m_db, 1);
        QVERIFY(audit.ok());
        QCOMPARE(audit.value().first().entity, QStringLiteral("compliance_fact"));
        QCOMPARE(audit.value().first().entityId, QString::number(id.value()));
        QVERIFY(audit.value().first().afterJson.contains(QStringLiteral("1200000.50")));
        QVERIFY(AuditLog::verify(*m_db).ok());
    }

    void theNewestRecordIsInForceAndTheOlderIsKept()
    {
        ComplianceRepository repo(*m_db);
        const QString duty = QStringLiteral("principal-person");
        QVERIFY(repo.record(fact(duty, QStringLiteral("张三"), QDate(2025, 6, 1))).ok());
        QVERIFY(repo.record(fact(duty, QStringLiteral("李四"), QDate(2025, 5, 1))).ok());
        Result<QVector<ComplianceFact>> h = repo.history(m_cii);
        QStringList names;
        for (const ComplianceFact &f : h.value())
            if (f.duty == duty)
                names << f.value;
        QCOMPARE(names, (QStringList{QStringLiteral("李四"), QStringLiteral("张三")}));
        // In force: the newest recorded, even with an older evidence date (a correction).
        Result<QVector<ComplianceFact>> inForce = repo.inForce();
        int principal = 0;
        for (const ComplianceFact &f : inForce.value())
            if (f.duty == duty) {
                ++principal;
                QCOMPARE(f.value, QStringLiteral("李四"));
            }
        QCOMPARE(principal, 1);
        Result<QVector<OperatorCompliance>> list =
            ComplianceGaps::checklist(*m_db, QDate::currentDate());
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        const DutyStatus *s = list.value().first().duty(duty);
        QCOMPARE(s->state, DutyStatus::Evidenced);
        QCOMPARE(s->date, QDate(2025, 5, 1));
        QCOMPARE(s->value, QStringLiteral("李四"));
    }

    void recordsAreNeverChangedOrDeleted()
    {
        QVERIFY(factCount() > 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE compliance_facts SET value = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM compliance_facts")));
        QVERIFY(factCount() > 0);
    }

    void refusesWhatCannotBeStored_data()
    {
        QTest::addColumn<bool>("ciiOperator");
        QTest::addColumn<QString>("duty");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("field");
        QTest::newRow("operator without CII") << false << "principal-person"
                                              << "张三" << QDate(2026, 1, 1) << "operator";
        QTest::newRow("unknown duty") << true << "principal"
                                      << "张三" << QDate(2026, 1, 1) << "duty";
        QTest::newRow("derived duty") << true << "annual-assessment"
                                      << "yes" << QDate(2026, 1, 1) << "duty";
        QTest::newRow("not a number") << true << "staffing"
                                      << "five" << QDate(2026, 1, 1) << "value";
        QTest::newRow("tomorrow") << true << "staffing"
                                  << "5" << QDate::currentDate().addDays(1) << "date";
        QTest::newRow("no date") << true << "staffing"
                                 << "5" << QDate() << "date";
    }
    void refusesWhatCannotBeStored()
    {
        QFETCH(bool, ciiOperator);
        QFETCH(QString, duty);
        QFETCH(QString, value);
        QFETCH(QDate, date);
        QFETCH(QString, field);
        ComplianceFact f = fact(duty, value, date);
        if (!ciiOperator)
            f.operatorId = m_other;
        const qint64 before = factCount();
        const qint64 auditBefore = AuditLog::recent(*m_db, 1).value().first().id;
        Result<qint64> id = ComplianceRepository(*m_db).record(f);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, Error::Kind::Input);
        QCOMPARE(id.error().details.size(), 1);
        QVERIFY2(id.error().details.first().startsWith(field + QStringLiteral(": ")),
                 qPrintable(id.error().details.first()));
        QCOMPARE(factCount(), before);
        QCOMPARE(AuditLog::recent(*m_db, 1).value().first().id, auditBefore);
    }

    void aBatchIsAllOrNothingWithEachBadRowNamed()
    {
        const qint64 before = factCount();
        const QVector<ComplianceFact> facts = {
            fact(QStringLiteral("staffing"), QStringLiteral("6"), QDate(2026, 1, 1)),
            fact(QStringLiteral("staffing"), QStringLiteral("-6"), QDate(2026, 1, 1)),
            fact(QStringLiteral("nonsense"), QStringLiteral("1"), QDate(2026, 1, 1)),
        };
        Result<QVector<qint64>> r =
            ComplianceRepository(*m_db).recordAll(facts, QDate::currentDate(), {2, 3, 5});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().details.size(), 2);
        QVERIFY2(r.error().details.at(0).startsWith(QStringLiteral("row 3, column value: ")),
                 qPrintable(r.error().details.at(0)));
        QVERIFY2(r.error().details.at(1).startsWith(QStringLiteral("row 5, column duty: ")),
                 qPrintable(r.error().details.at(1)));
        QCOMPARE(factCount(), before);
    }

    void periodsAreSavedAndAudited()
    {
        ComplianceRepository repo(*m_db);
        QVERIFY(repo.savePeriod(QStringLiteral("head-background-check"), 36).ok());
        QCOMPARE(repo.periods().value().value(QStringLiteral("head-background-check")), 36);
        QCOMPARE(AuditLog::recent(*m_db, 1).value().first().entityId, QStringLiteral("compliance"));
        QVERIFY(!repo.savePeriod(QStringLiteral("principal-person"), 12).ok()); // takes none
        QVERIFY(!repo.savePeriod(QStringLiteral("emergency-drill"), -1).ok());
        QVERIFY(!repo.savePeriod(QStringLiteral("emergency-drill"), 241).ok());
        // Judged with it: a check of four years ago is overdue as a target.
        QVERIFY(repo.record(fact(QStringLiteral("head-background-check"), QStringLiteral("yes"),
                                 QDate::currentDate().addYears(-4)))
                    .ok());
        const DutyStatus *s = ComplianceGaps::checklist(*m_db, QDate::currentDate())
                                  .value()
                                  .first()
                                  .duty(QStringLiteral("head-background-check"));
        QCOMPARE(s->state, DutyStatus::Overdue);
        QVERIFY(s->target);
        QVERIFY(repo.savePeriod(QStringLiteral("head-background-check"), 0).ok());
    }

    void csvRoundTripsTheEvidenceInForce()
    {
        ComplianceRepository repo(*m_db);
        Result<QVector<ComplianceFact>> inForce = repo.inForce();
        QVERIFY(inForce.ok() && inForce.value().size() >= 3);
        const QByteArray csv =
            ComplianceTransfer::toCsv(inForce.value(), QStringLiteral("内部资料"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF# 内部资料"));
        QHash<QString, qint64> byUscc{{m_ciiUscc, m_cii}};
        Result<ComplianceTransfer::Read> back =
            ComplianceTransfer::fromCsv(csv, byUscc, {m_cii, m_other});
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().details.join('\n')));
        QCOMPARE(back->facts.size(), inForce.value().size());
        for (int i = 0; i < back->facts.size(); ++i) {
            QCOMPARE(back->facts.at(i).operatorId, m_cii);
            QCOMPARE(back->facts.at(i).duty, inForce.value().at(i).duty);
            QCOMPARE(back->facts.at(i).value, inForce.value().at(i).value);
            QCOMPARE(back->facts.at(i).evidenceDate, inForce.value().at(i).evidenceDate);
            QCOMPARE(back->rows.at(i), i + 3); // the classification line, the header
        }
        // And stored again: as many new records, all in force, none changed.
        const qint64 before = factCount();
        Result<QVector<qint64>> ids = repo.recordAll(back->facts, QDate::currentDate(), back->rows);
        QVERIFY(ids.ok());
        QCOMPARE(factCount(), before + back->facts.size());
    }

    void csvProblemsNameRowAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("details");
        QTest::newRow("missing column") << QByteArray("operator,duty,value\n1,staffing,3\n")
                                        << QStringList{"row 1, column date: "};
        QTest::newRow("unknown operator and bad date")
            << QByteArray("operator,duty,value,date\n999999,staffing,3,2026-01-01\n"
                          "OPID,staffing,3,2026-13-01\n")
            << QStringList{"row 2, column operator: ", "row 3, column date: "};
        QTest::newRow("CRLF and a quoted line break count as one row")
            << QByteArray("operator,duty,value,date\r\nOPID,security-body,\"网络安全\r\n部\","
                          "2026-01-01\r\nOPID,staffing,3,01/02/2026\r\n")
            << QStringList{"row 3, column date: "};
    }
    void csvProblemsNameRowAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, details);
        csv.replace("OPID", QByteArray::number(m_cii));
        Result<ComplianceTransfer::Read> r =
            ComplianceTransfer::fromCsv(csv, {{m_ciiUscc, m_cii}}, {m_cii, m_other});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().details.size(), details.size());
        for (int i = 0; i < details.size(); ++i)
            QVERIFY2(r.error().details.at(i).startsWith(details.at(i)),
                     qPrintable(r.error().details.at(i)));
    }

    void gbkFileIsReadByCode()
    {
        const QString text = QStringLiteral("operator,duty,value,date\n%1,principal-person,王五,"
                                            "2026-02-01\n")
                                 .arg(m_ciiUscc.toLower());
        QStringEncoder gbk("GB18030");
        const QByteArray bytes = gbk.encode(text);
        Result<ComplianceTransfer::Read> r =
            ComplianceTransfer::fromCsv(bytes, {{m_ciiUscc, m_cii}}, {m_cii});
        QVERIFY(r.ok());
        QCOMPARE(r->facts.first().operatorId, m_cii);
        QCOMPARE(r->facts.first().value, QStringLiteral("王五"));
    }
};

QTEST_GUILESS_MAIN(TestComplianceStore)
#include "tst_compliancestore.moc"
