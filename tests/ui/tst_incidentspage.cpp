#include "domain/chinatime.h"
#include "i18n/language.h"
#include "incidents/gradingcriteriadialog.h"
#include "incidents/gradingcriteriamodel.h"
#include "incidents/gradingdialog.h"
#include "incidents/incidentdialog.h"
#include "incidents/incidentexplanation.h"
#include "incidents/incidentspage.h"
#include "incidents/incidenttablemodel.h"
#include "incidents/onwardreportbanner.h"
#include "incidents/onwardreporttext.h"
#include "incidents/onwardreporttray.h"
#include "incidents/reportrecorddialog.h"
#include "mainwindow.h"
#include "services/demogenerator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"
#include "storage/registryrepository.h"
#include "teststore.h"
#include "widgets/chinatimeedit.h"
#include "widgets/filterabletable.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "laptopscreentest.h"
#include <QTextBrowser>
#include <QTimer>

#include "testartifacts.h"

using namespace cii;

// The incidents GUI: the countdown banner above every page turns red in the last 10 minutes
// of an onward report and goes when the report is recorded as sent; an incident is added,
// graded with its trace and reported through the page's dialogs; the criteria editor
// confirms a criterion the reference could not (audited).
class TestIncidentsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_operator = 0;
    QDateTime m_received; // of the incident the banner test reports on

    static QString shotsDir() { return qEnvironmentVariable("CII_SHOTS"); }
    static void shoot(QWidget *w, const QString &name)
    {
        saveArtifact(w, name);
        if (!shotsDir().isEmpty() && QDir().mkpath(shotsDir()))
            w->grab().save(shotsDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // Runs `interact` on the next modal dialog once it is shown.
    template <typename F> static void whenDialogOpens(F interact)
    {
        QTimer::singleShot(0, [interact] {
            QWidget *modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            interact(modal);
        });
    }

    // A major incident received `minutesAgo` minutes ago (real time), graded by the department.
    qint64 addMajorIncident(int minutesAgo, const QString &description)
    {
        IncidentRepository repo(*m_db);
        Incident in;
        in.operatorId = m_operator;
        in.type = QStringLiteral("ransomware");
        in.place = QStringLiteral("福州数据中心");
        in.description = description;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        in.received = QDateTime::fromSecsSinceEpoch(
            now.toSecsSinceEpoch() / 60 * 60 - minutesAgo * 60, QTimeZone::utc());
        in.discovered = in.received.addSecs(-25 * 60);
        in.occurred = in.discovered.addSecs(-40 * 60);
        const Result<qint64> id = repo.add(in, QStringLiteral("运营者值班员"));
        if (!id)
            qWarning() << id.error().message << id.error().details;
        const qint64 incident = id ? id.value() : 0;
        QMap<QString, QString> facts;
        facts.insert(QStringLiteral("personal-information-records"), QStringLiteral("12000000"));
        if (incident && !repo.propose(incident, facts).ok())
            return 0;
        if (incident && !repo.decideGrade(incident, QStringLiteral("major"), QString()).ok())
            return 0;
        return incident;
    }

    static qint64 auditCount(Database &db)
    {
        const Result<QVector<AuditRecord>> r = AuditLog::recent(db, 1);
        return r && !r.value().isEmpty() ? r.value().first().id : 0;
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("incidents.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        QVERIFY(DemoGenerator::populateShowcase(*m_db, 42).ok());
        const QVector<OperatorInfo> ops = RegistryRepository(*m_db).operators().value();
        QVERIFY(!ops.isEmpty());
        m_operator = ops.first().id;
        // The showcase's own incidents may have an onward report running: sent, so each test
        // sees only the clocks it makes.
        IncidentRepository repo(*m_db);
        for (const OnwardReportDue &d : repo.onwardReportsDue().value()) {
            IncidentReport sent;
            sent.incidentId = d.incidentId;
            sent.kind = QStringLiteral("onward-report");
            sent.action = QStringLiteral("sent");
            sent.at = QDateTime::currentDateTimeUtc();
            QVERIFY(repo.recordReport(sent).ok());
        }
        QVERIFY(repo.onwardReportsDue().value().isEmpty());
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void theBannerTurnsRedInTheLastTenMinutesOnEveryPageAndGoesWhenSent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh");
    }
    void theBannerTurnsRedInTheLastTenMinutesOnEveryPageAndGoesWhenSent()
    {
        QFETCH(QString, language);
        Language::apply(language);
        const qint64 id = addMajorIncident(1, QStringLiteral("勒索软件加密了营销系统的数据库"));
        QVERIFY(id);
        const Incident in = IncidentRepository(*m_db).byId(id).value();
        const QDateTime due = in.received.addSecs(30 * 60); // Reporting Measures Art. 4

        MainWindow w(*m_db);
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        OnwardReportBanner *banner = w.onwardReportBanner();
        QDateTime now = due.addSecs(-11 * 60);
        banner->setClock([&now] { return now; });
        w.showArea(MainWindow::Incidents);
        w.incidentsPage()->showIncident(id);
        banner->reload();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->state().soonest.incidentId, id);
        QVERIFY(!banner->isRed());
        QCOMPARE(banner->property("urgency").toString(), QStringLiteral("amber"));
        if (language == QLatin1String("en"))
            QVERIFY2(banner->label()->text().contains(QStringLiteral("11 min left")),
                     qPrintable(banner->label()->text()));
        QVERIFY(banner->label()->text().contains(OnwardReportText::dueTime(due, now)));
        shoot(&w, QStringLiteral("incidents-banner-amber-%1").arg(language));

        // Nine minutes left: red, on whichever page is on screen.
        now = due.addSecs(-9 * 60);
        banner->tick();
        QVERIFY(banner->isRed());
        QCOMPARE(banner->property("urgency").toString(), QStringLiteral("red"));
        shoot(&w, QStringLiteral("incidents-banner-red-%1").arg(language));
        for (int a = 0; a < MainWindow::AreaCount; ++a) {
            w.showArea(MainWindow::Area(a));
            QCoreApplication::processEvents();
            QVERIFY2(banner->isVisible(), qPrintable(QString::number(a)));
        }
        w.showArea(MainWindow::Dashboard);
        QCoreApplication::processEvents();
        shoot(&w, QStringLiteral("dashboard-banner-red-%1").arg(language));

        // Overdue: still red, and it says by how long.
        now = due.addSecs(4 * 60);
        banner->tick();
        QVERIFY(banner->isRed());
        QCOMPARE(banner->state().urgency, OnwardReportCountdown::Urgency::Overdue);
        if (language == QLatin1String("en"))
            QVERIFY2(banner->label()->text().contains(QStringLiteral("overdue by 4 min")),
                     qPrintable(banner->label()->text()));

        // The button opens the incident on its page.
        QTest::mouseClick(banner->openButton(), Qt::LeftButton);
        QCOMPARE(w.navigation()->currentRow(), int(MainWindow::Incidents));
        QCOMPARE(w.incidentsPage()->currentId(), id);

        // Recorded as sent: the banner goes.
        IncidentReport sent;
        sent.incidentId = id;
        sent.kind = QStringLiteral("onward-report");
        sent.action = QStringLiteral("sent");
        sent.at = QDateTime::currentDateTimeUtc();
        sent.party = QStringLiteral("国家网信办值班室");
        QVERIFY(IncidentRepository(*m_db).recordReport(sent).ok());
        emit w.incidentsPage()->storeChanged();
        QVERIFY(!banner->isVisible());
        QCOMPARE(banner->state().urgency, OnwardReportCountdown::Urgency::None);
    }

    void severalOnwardReportsCollapseToTheSoonest()
    {
        const qint64 older = addMajorIncident(3, QStringLiteral("门户网站被篡改"));
        const qint64 newer = addMajorIncident(1, QStringLiteral("数据库遭入侵"));
        QVERIFY(older && newer);
        OnwardReportBanner banner;
        const QDateTime due = IncidentRepository(*m_db).byId(older).value().received.addSecs(1800);
        banner.setClock([due] { return due.addSecs(-20 * 60); });
        banner.setSource([this] { return IncidentRepository(*m_db).onwardReportsDue().value(); });
        QCOMPARE(banner.state().soonest.incidentId, older);
        QVERIFY(banner.state().others >= 1);
        QVERIFY2(banner.label()->text().contains(QStringLiteral("more")),
                 qPrintable(banner.label()->text()));
        // Sent, both of them: no banner.
        for (qint64 id : {older, newer}) {
            IncidentReport sent;
            sent.incidentId = id;
            sent.kind = QStringLiteral("onward-report");
            sent.action = QStringLiteral("sent");
            sent.at = QDateTime::currentDateTimeUtc();
            QVERIFY(IncidentRepository(*m_db).recordReport(sent).ok());
        }
    }

    void noTrayMeansNoMessageEvenWhenMinimised()
    {
        // The offscreen platform has no system tray: the decision is made, nothing is shown.
        QWidget window;
        window.showMinimized();
        OnwardReportTray tray(&window);
        QVERIFY(!OnwardReportTray::trayAvailable());
        OnwardReportDue d;
        d.incidentId = 1;
        d.operatorName = QStringLiteral("某电力公司");
        d.dueAt = QDateTime::currentDateTimeUtc().addSecs(300);
        tray.update({d}, QDateTime::currentDateTimeUtc());
        QCOMPARE(tray.shownCount(), 0);
    }

    void theNewIncidentDialogRefusesAReceiptBeforeTheDiscovery()
    {
        IncidentDialog dialog(*m_db);
        dialog.show();
        const QDateTime t = ChinaTime::at(QDate(2026, 11, 26), QTime(9, 30));
        dialog.discoveredEdit()->setInstant(t);
        dialog.receivedEdit()->setInstant(t.addSecs(-60));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        // At the same minute it is accepted; more than an hour later it is late.
        dialog.receivedEdit()->setInstant(t);
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("operatorReportLate"))->isVisible());
        dialog.receivedEdit()->setInstant(t.addSecs(3600));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("operatorReportLate"))->isVisible());
        dialog.receivedEdit()->setInstant(t.addSecs(3660));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("operatorReportLate"))->isVisible());
        // The edit shows China time whatever the workstation's zone.
        QCOMPARE(dialog.discoveredEdit()->text(), QStringLiteral("2026-11-26 09:30"));
        QCOMPARE(dialog.discoveredEdit()->instant(), t);
    }

    void anIncidentIsAddedGradedAndReportedThroughThePage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh");
    }
    void anIncidentIsAddedGradedAndReportedThroughThePage()
    {
        QFETCH(QString, language);
        Language::apply(language);
        MainWindow w(*m_db);
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showArea(MainWindow::Incidents);
        IncidentsPage *page = w.incidentsPage();
        OnwardReportBanner *banner = w.onwardReportBanner();
        const int before = page->model()->rowCount();

        // New incident: operator, a system, type, times; received 20 minutes after discovery.
        const QDateTime received = QDateTime::fromSecsSinceEpoch(
            QDateTime::currentSecsSinceEpoch() / 60 * 60 - 120, QTimeZone::utc());
        bool added = false;
        whenDialogOpens([&](QWidget *modal) {
            auto *d = qobject_cast<IncidentDialog *>(modal);
            QVERIFY(d);
            d->operatorBox()->setCurrentIndex(qMax(0, d->operatorBox()->findData(m_operator)));
            if (d->systemsList()->count() > 0)
                d->systemsList()->item(0)->setCheckState(Qt::Checked);
            d->typeBox()->setCurrentIndex(d->typeBox()->findData(QStringLiteral("data-leak")));
            QTest::keyClicks(d->placeEdit(), QStringLiteral("Fuzhou"));
            QTest::keyClicks(d->descriptionEdit(), QStringLiteral("Customer records leaked"));
            d->discoveredEdit()->setInstant(received.addSecs(-20 * 60));
            d->receivedEdit()->setInstant(received);
            QTest::keyClicks(d->partyEdit(), QStringLiteral("Duty officer Wang"));
            shoot(d, QStringLiteral("new-incident-dialog-%1").arg(language));
            QVERIFY(d->okButton()->isEnabled());
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
            added = true;
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newIncident")),
                          Qt::LeftButton);
        QVERIFY(added);
        QCOMPARE(page->model()->rowCount(), before + 1);
        const qint64 id = page->currentId();
        QVERIFY(id);
        const Incident stored = IncidentRepository(*m_db).byId(id).value();
        QCOMPARE(stored.received, received);
        QCOMPARE(stored.type, QStringLiteral("data-leak"));
        // Ungraded, its onward clock shows at once.
        banner->reload();
        QVERIFY(banner->isVisible());

        // Grade: 10,000,000 people's personal information is "1000万人以上": major.
        bool graded = false;
        whenDialogOpens([&](QWidget *modal) {
            auto *d = qobject_cast<GradingDialog *>(modal);
            QVERIFY(d);
            auto *records = qobject_cast<QLineEdit *>(
                d->factInput(QStringLiteral("personal-information-records")));
            QVERIFY(records);
            QTest::keyClicks(records, QStringLiteral("9999999"));
            QCOMPARE(d->proposal().grade, QStringLiteral("large"));
            records->clear();
            QTest::keyClicks(records, QStringLiteral("10000000"));
            QCOMPARE(d->proposal().grade, QStringLiteral("major"));
            QCOMPARE(d->proposal().decidingCriterion, QStringLiteral("ma-personal-information"));
            const QString trace = d->trace()->toPlainText();
            QVERIFY2(trace.contains(IncidentExplanation::resultName(QStringLiteral("disabled"))),
                     qPrintable(trace));
            shoot(d, QStringLiteral("grading-dialog-%1").arg(language));
            // Another grade needs a reason.
            d->gradeBox()->setCurrentIndex(d->gradeBox()->findData(QStringLiteral("large")));
            QVERIFY(!d->okButton()->isEnabled());
            d->gradeBox()->setCurrentIndex(0); // as proposed
            QVERIFY(d->okButton()->isEnabled());
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
            graded = true;
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("gradeIncident")),
                          Qt::LeftButton);
        QVERIFY(graded);
        const Incident gradedIncident = IncidentRepository(*m_db).byId(id).value();
        QCOMPARE(gradedIncident.grade(), QStringLiteral("major"));
        QCOMPARE(gradedIncident.decidingCriterion, QStringLiteral("ma-personal-information"));
        QVERIFY(
            page->details()->toPlainText().contains(Incident::gradeName(QStringLiteral("major"))));
        // Major: the 30 minutes run; the banner is on, amber with 28 minutes or so left.
        QVERIFY(banner->isVisible());
        bool thisOne = false;
        for (const OnwardReportDue &d : banner->openReports())
            thisOne = thisOne || d.incidentId == id;
        QVERIFY(thisOne);
        shoot(&w, QStringLiteral("incidents-page-%1").arg(language));

        // Record the onward report as sent: its clock ends and the banner goes.
        bool recorded = false;
        whenDialogOpens([&](QWidget *modal) {
            auto *d = qobject_cast<ReportRecordDialog *>(modal);
            QVERIFY(d);
            QCOMPARE(d->kindBox()->currentData().toString(), QStringLiteral("onward-report"));
            QCOMPARE(d->actionBox()->currentData().toString(), QStringLiteral("sent"));
            QTest::keyClicks(d->partyEdit(), QStringLiteral("CAC duty office"));
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
            recorded = true;
        });
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("recordIncidentReport")),
                          Qt::LeftButton);
        QVERIFY(recorded);
        bool stillOpen = false;
        for (const OnwardReportDue &d : IncidentRepository(*m_db).onwardReportsDue().value())
            stillOpen = stillOpen || d.incidentId == id;
        QVERIFY(!stillOpen);
        QVERIFY(!banner->isVisible());
        QVERIFY(page->details()->toPlainText().contains(QStringLiteral("CAC duty office")));
    }

    void theCriteriaEditorConfirmsAFigureAndTheChangeIsAudited_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh");
    }
    void theCriteriaEditorConfirmsAFigureAndTheChangeIsAudited()
    {
        QFETCH(QString, language);
        Language::apply(language);
        GradingCriteriaDialog dialog(*m_db);
        dialog.resize(1280, 680);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        GradingCriteriaModel *model = dialog.model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->criteria().at(r).key == QStringLiteral("ma-cii-outage"))
                row = r;
        QVERIFY(row >= 0);
        const IncidentCriterion was = model->criteria().at(row);
        shoot(&dialog, QStringLiteral("grading-criteria-%1").arg(language));
        if (language != QLatin1String("en"))
            return; // the edit once is enough
        QVERIFY(!was.enabled);
        QCOMPARE(was.source, QStringLiteral("unconfirmed"));
        QCOMPARE(model->index(row, GradingCriteriaModel::Source).data().toString(),
                 IncidentCriterion::sourceName(QStringLiteral("unconfirmed")));
        // Enabled without its figure: refused before saving.
        QVERIFY(model->setData(model->index(row, GradingCriteriaModel::Enabled), Qt::Checked,
                               Qt::CheckStateRole));
        if (was.threshold.isEmpty())
            QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(model->setData(model->index(row, GradingCriteriaModel::Threshold),
                               QStringLiteral("2"), Qt::EditRole));
        QVERIFY(dialog.saveButton()->isEnabled());
        const qint64 auditBefore = auditCount(*m_db);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.savedCount(), 1);
        QCOMPARE(auditCount(*m_db), auditBefore + 1);
        IncidentCriterion now;
        for (const IncidentCriterion &c : IncidentRepository(*m_db).criteria().value())
            if (c.key == was.key)
                now = c;
        QVERIFY(now.enabled);
        QCOMPARE(now.threshold, QStringLiteral("2"));
        QCOMPARE(now.source, QStringLiteral("department"));
        QVERIFY(!dialog.saveButton()->isEnabled());
    }
};

CII_LAPTOP_SCREEN_TEST_MAIN(TestIncidentsPage)

#include "tst_incidentspage.moc"
