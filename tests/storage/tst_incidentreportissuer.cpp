#include "domain/chinatime.h"
#include "schedule/deadlineengine.h"
#include "services/incidentreportissuer.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"
#include "storage/incidentrepository.h"
#include "storage/registryrepository.h"
#include "teststore.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

// The incident report issuer on a store: the document holds what the register records and
// nothing it does not (read back with pdftotext), the issue is a timeline entry with its
// audit record, the refusals the measures imply, and that a report SENT closes its clock in
// the deadline list while an issued document does not.
class TestIncidentReportIssuer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_incident = 0;

    static QDateTime t(const char *text) { return ChinaTime::parse(QString::fromLatin1(text)); }
    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        // Lines are broken by the layout: compare without the breaks.
        return QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char('\n'));
    }
    qint64 audits() const
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        q.next();
        return q.value(0).toLongLong();
    }
    QString clockStatus(const QString &clock, const QDateTime &now) const
    {
        Result<DeadlineFacts> f = DeadlineRepository(*m_db).facts();
        if (!f)
            return QStringLiteral("error");
        f.value().now = now;
        for (const DeadlineItem &i : DeadlineEngine::items(f.value(), ChinaTime::localDate(now)))
            if (i.kind == QLatin1String("incident") && i.subjectId == m_incident &&
                i.clock == clock)
                return i.status;
        return {};
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("s.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        RegistryRepository registry(*m_db);
        OperatorInfo o;
        o.uscc = QStringLiteral("91350100M000100Y43");
        o.nameZh = QStringLiteral("福州电力有限公司");
        o.nameEn = QStringLiteral("Fuzhou Power Co., Ltd.");
        o.sector = QStringLiteral("energy");
        const qint64 op = registry.addOperator(o).value();
        SystemInfo s;
        s.operatorId = op;
        s.name = QStringLiteral("电力调度系统");
        const qint64 system = registry.addSystem(s).value();
        Incident i;
        i.operatorId = op;
        i.systems = {system};
        i.type = QStringLiteral("ransomware");
        i.place = QStringLiteral("福州调度中心机房");
        i.description = QStringLiteral("调度系统服务器文件被加密");
        i.discovered = t("2026-11-26T09:00");
        i.received = t("2026-11-26T09:35");
        i.narrative.impact = QStringLiteral("调度业务中断约6小时");
        m_incident = IncidentRepository(*m_db).add(i).value();
        QVERIFY(IncidentRepository(*m_db)
                    .propose(m_incident, {{QStringLiteral("cii-main-function-outage-hours"),
                                           QStringLiteral("30")}})
                    .ok());
    }

    void theOnwardReportHoldsWhatIsRecordedAndNothingElse()
    {
        const qint64 before = audits();
        const Result<IssuedIncidentReport> issued = IncidentReportIssuer::issue(
            *m_db, m_incident, QStringLiteral("cac-mps"), DocumentFile::Format::Pdf,
            DocLanguage::Zh, m_dir.filePath(QStringLiteral("out")));
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
        QVERIFY(QFileInfo::exists(issued->path));
        QCOMPARE(audits(), before + 1);
        const QString text = pdfText(issued->path);
        for (const char *recorded :
             {"福州电力有限公司", "91350100M000100Y43", "电力调度系统", "福州调度中心机房",
              "调度系统服务器文件被加密", "调度业务中断约6小时", "特别重大",
              "2026年11月26日9时00分", "2026年11月26日9时35分"})
            QVERIFY2(text.contains(QString::fromUtf8(recorded)), recorded);
        // Measures, next steps, support were not recorded: the document says so.
        QVERIFY(text.contains(QStringLiteral("未报告")));
        const Incident back = IncidentRepository(*m_db).byId(m_incident).value();
        QCOMPARE(back.timeline.last().kind, QStringLiteral("onward-report"));
        QCOMPARE(back.timeline.last().action, QStringLiteral("issued"));
        QVERIFY(back.timeline.last().note.contains(QFileInfo(issued->path).fileName()));
    }

    void issuingClosesNoClockSendingDoes()
    {
        const QDateTime later = t("2026-11-26T12:00");
        QCOMPARE(clockStatus(QStringLiteral("onward-report"), later), QStringLiteral("overdue"));
        QVERIFY(IncidentReportIssuer::markSent(*m_db, m_incident, QStringLiteral("cac-mps"),
                                               t("2026-11-26T10:05"))
                    .ok());
        QCOMPARE(clockStatus(QStringLiteral("onward-report"), later),
                 QStringLiteral("done-on-time"));
        QVERIFY(IncidentRepository(*m_db).onwardReportsDue()->isEmpty());
        const Incident back = IncidentRepository(*m_db).byId(m_incident).value();
        QCOMPARE(back.timeline.at(1).party, QStringLiteral("国家网信部门、国务院公安部门"));
    }

    void refusesWhatTheMeasuresDoNotAsk()
    {
        const qint64 before = audits();
        // Art. 8: no summary before handling ended.
        QVERIFY(!IncidentReportIssuer::issue(*m_db, m_incident, QStringLiteral("summary"),
                                             DocumentFile::Format::Pdf, DocLanguage::Zh,
                                             m_dir.filePath(QStringLiteral("out"))));
        QVERIFY(!IncidentReportIssuer::markSent(*m_db, m_incident, QStringLiteral("summary"),
                                                t("2026-11-27T10:00")));
        QVERIFY(!IncidentReportIssuer::markSent(*m_db, m_incident, QStringLiteral("nonsense"),
                                                t("2026-11-27T10:00")));
        QCOMPARE(audits(), before);
        // Art. 4: a large incident is not reported on to the CAC and the MPS.
        IncidentRepository repo(*m_db);
        Incident large = repo.byId(m_incident).value();
        large.id = 0;
        large.systems.clear();
        const qint64 other = repo.add(large).value();
        QVERIFY(repo.decideGrade(other, QStringLiteral("large"), QStringLiteral("研判")));
        QVERIFY(!IncidentReportIssuer::preview(*m_db, other, QStringLiteral("cac-mps")));
        QVERIFY(IncidentReportIssuer::preview(*m_db, other, QStringLiteral("followup")));
    }

    void theSummaryListsTheReportsSentAndIsBilingual()
    {
        IncidentRepository repo(*m_db);
        QVERIFY(repo.close(m_incident, t("2026-11-28T18:00")));
        IncidentNarrative n = repo.byId(m_incident)->narrative;
        n.cause = QStringLiteral("VPN账号弱口令被暴力破解");
        QVERIFY(repo.updateNarrative(m_incident, n));
        const Result<IssuedIncidentReport> issued = IncidentReportIssuer::issue(
            *m_db, m_incident, QStringLiteral("summary"), DocumentFile::Format::Pdf,
            DocLanguage::Bilingual, m_dir.filePath(QStringLiteral("out")));
        QVERIFY(issued);
        QVERIFY(issued->path.contains(QLatin1String("bilingual")));
        const QString text = pdfText(issued->path);
        QVERIFY(text.contains(QStringLiteral("VPN账号弱口令被暴力破解")));
        QVERIFY(text.contains(QStringLiteral("2026年11月26日10时05分"))); // the onward report sent
        QVERIFY(text.contains(QStringLiteral("2026年11月28日18时00分"))); // handling ended
        QCOMPARE(clockStatus(QStringLiteral("summary-report"), t("2026-12-01T09:00")),
                 QStringLiteral("open"));
        QVERIFY(IncidentReportIssuer::markSent(*m_db, m_incident, QStringLiteral("summary"),
                                               t("2026-12-01T10:00"), QStringLiteral("原渠道"))
                    .ok());
        QCOMPARE(clockStatus(QStringLiteral("summary-report"), t("2026-12-02T09:00")),
                 QStringLiteral("done-on-time"));
    }
};

QTEST_MAIN(TestIncidentReportIssuer)
#include "tst_incidentreportissuer.moc"
