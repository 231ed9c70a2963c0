#include "domain/chinatime.h"
#include "domain/enforcementcase.h"
#include "domain/incident.h"
#include "pages/dashboardpage.h"
#include "services/compliancegaps.h"
#include "services/dashboardfigures.h"
#include "services/demogenerator.h"
#include "storage/database.h"
#include "storage/enforcementrepository.h"
#include "storage/incidentrepository.h"
#include "storage/registryrepository.h"
#include "teststore.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cii;

// The dashboard's incidents, compliance and enforcement figures (issue 14) are the lists'
// own counts: open incidents by the grade in force, the onward reports due, the operators of
// CII missing or overdue on each duty, the cases by the step they reached; and the page draws
// them (a tab of three charts, a tile that turns red while an onward report is due).
class TestDashboardPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static int total(QChartView *view)
    {
        int sum = 0;
        const auto series = view->chart()->series();
        for (QAbstractSeries *s : series)
            for (QBarSet *set : static_cast<QAbstractBarSeries *>(s)->barSets())
                for (int i = 0; i < set->count(); ++i)
                    sum += int(set->at(i));
        return sum;
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("showcase.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        QVERIFY(DemoGenerator::populateShowcase(*m_db, 7).ok());
        // One enforcement case, just opened, against an operator of the showcase.
        const QVector<OperatorInfo> operators = RegistryRepository(*m_db).operators().value();
        QVERIFY(!operators.isEmpty());
        EnforcementCase c;
        c.operatorId = operators.first().id;
        c.article = QStringLiteral("Art. 39(8)");
        c.facts = QStringLiteral("2025年度未开展网络安全检测和风险评估");
        c.openedOn = ChinaTime::localDate(QDateTime::currentDateTimeUtc());
        const Result<qint64> opened = EnforcementRepository(*m_db).open(c);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    }

    void figuresAreTheListsCounts()
    {
        const DashboardFigures f =
            DashboardFigures::read(*m_db, QDate::currentDate().year(), DashboardFigures::Oversight);
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        IncidentRepository incidents(*m_db);
        const QVector<Incident> open = incidents.list(true).value();
        QVERIFY(!open.isEmpty());
        int counted = 0;
        for (auto it = f.openIncidentsByGrade.cbegin(); it != f.openIncidentsByGrade.cend(); ++it) {
            const int expected =
                int(std::count_if(open.cbegin(), open.cend(),
                                  [&](const Incident &i) { return i.grade() == it.key(); }));
            QCOMPARE(it.value(), expected);
            counted += it.value();
        }
        QCOMPARE(counted, int(open.size()));
        // The showcase's ungraded incident was received minutes ago: its half hour runs.
        QCOMPARE(f.onwardReportsDue, int(incidents.onwardReportsDue().value().size()));
        QVERIFY(f.onwardReportsDue > 0);

        const QDate today = ChinaTime::localDate(QDateTime::currentDateTimeUtc());
        const QVector<OperatorCompliance> checklist =
            ComplianceGaps::checklist(*m_db, today).value();
        QVERIFY(!checklist.isEmpty());
        QVERIFY(!f.complianceGaps.isEmpty());
        for (const DutyGap &gap : f.complianceGaps) {
            int missing = 0, overdue = 0;
            for (const OperatorCompliance &o : checklist) {
                if (const DutyStatus *d = o.duty(gap.duty)) {
                    missing += d->state == DutyStatus::Missing;
                    overdue += d->state == DutyStatus::Overdue;
                }
            }
            QCOMPARE(gap.missing, missing);
            QCOMPARE(gap.overdue, overdue);
        }
        QCOMPARE(f.enforcementByStep.value(QStringLiteral("opened")), 1);
        QCOMPARE(f.enforcementByStep.size(), 1);
    }

    void pageDrawsThemOnItsOwnTab()
    {
        RegistryRepository repo(*m_db);
        DashboardPage page(repo, *m_db, nullptr);
        page.resize(1366, 740);
        page.show();
        page.reload();
        const DashboardFigures &f = page.figures();
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("dashboardCharts"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        QWidget *oversight = page.findChild<QWidget *>(QStringLiteral("oversightCharts"));
        QVERIFY(oversight);
        tabs->setCurrentWidget(oversight);
        const QList<QChartView *> views = oversight->findChildren<QChartView *>();
        QCOMPARE(views.size(), 3);
        int open = 0;
        for (int n : f.openIncidentsByGrade)
            open += n;
        int gaps = 0;
        for (const DutyGap &g : f.complianceGaps)
            gaps += g.missing + g.overdue;
        QCOMPARE(total(views.at(0)), open);
        QCOMPARE(total(views.at(1)), gaps);
        QCOMPARE(total(views.at(2)), 1);
        auto *onward = page.findChild<QLabel *>(QStringLiteral("onwardTile"));
        QVERIFY(onward);
        QVERIFY(onward->text().contains(QLocale().toString(f.onwardReportsDue)));
        QVERIFY(onward->text().contains(QStringLiteral("#b00020"))); // red while one is due
        if (const QString dir = qEnvironmentVariable("CII_TEST_ARTIFACTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            page.grab().save(dir + QStringLiteral("/dashboard-oversight.png"));
        }
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
