#include "compliance/complianceevidencedialog.h"
#include "compliance/complianceperiodsdialog.h"
#include "deadlines/deadlinefactdialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/departmentdialog.h"
#include "dialogs/editconflictdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/operatordialog.h"
#include "dialogs/systemdialog.h"
#include "enforcement/enforcementrecorddialog.h"
#include "enforcement/enforcementstepdialog.h"
#include "enforcement/openenforcementcasedialog.h"
#include "i18n/language.h"
#include "identification/decidedialog.h"
#include "identification/identificationpage.h"
#include "identification/noticedialog.h"
#include "identification/notificationdialog.h"
#include "identification/systemcasemodel.h"
#include "incidents/gradingcriteriadialog.h"
#include "incidents/gradingdialog.h"
#include "incidents/incidentdialog.h"
#include "incidents/incidentreportdialog.h"
#include "incidents/reportrecorddialog.h"
#include "inspections/inspectiondialog.h"
#include "inspections/inspectionmodel.h"
#include "inspections/inspectionnoticedialog.h"
#include "inspections/inspectionspage.h"
#include "mainwindow.h"
#include "reports/sectorreportdialog.h"
#include "rules/filerulesetdialog.h"
#include "rules/filingdocumentdialog.h"
#include "services/demogenerator.h"
#include "settings/otherdepartmentdialog.h"
#include "setup/firstrunassistant.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"
#include "widgets/filterabletable.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "laptopscreentest.h"

#include "testartifacts.h"

#include <functional>
#include <memory>

using namespace cii;

// Every top-level dialog of the application, and the main window, fits a 1366×768 screen
// with a panel (1366×740), in Chinese and in English: a dialog taller than that puts its
// buttons off screen. The offscreen platform is given a 1366×768 screen (see main()).
class TestDialogFit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegistryRepository> m_registry;
    QVector<qint64> m_decided;
    qint64 m_inspection = 0;
    qint64 m_incident = 0;
    const QSize m_limit{1366, 740};

    // An enforcement case of `op` under Art. 39(8) after its first `steps` steps (order,
    // check not rectified, advance notice), dated back from today so each next step is due.
    static EnforcementCase enforcementCase(const OperatorInfo &op, int steps)
    {
        const QDate today = QDate::currentDate();
        EnforcementCase c;
        c.id = 1;
        c.operatorId = op.id;
        c.operatorName = op.nameZh;
        c.operatorNameEn = op.nameEn;
        c.operatorUscc = op.uscc;
        c.article = QStringLiteral("Art. 39(8)");
        c.facts = QStringLiteral("2025年度未开展网络安全检测和风险评估");
        c.person = QStringLiteral("张三（信息中心主任）");
        c.openedOn = today.addDays(-60);
        const char *kinds[] = {"order", "check", "advance-notice"};
        for (int i = 0; i < steps; ++i) {
            EnforcementStep s;
            s.id = i + 1;
            s.kind = QString::fromLatin1(kinds[i]);
            s.date = today.addDays(-60 + 20 * i);
            s.rectifyBy = today.addDays(-50);
            s.warning = i == 0;
            s.fineOperator = i == 2 ? 200000 : 0;
            s.finePerson = i == 2 ? 20000 : 0;
            c.steps << s;
        }
        return c;
    }

    using Factory = std::function<std::unique_ptr<QDialog>()>;
    QVector<QPair<QString, Factory>> dialogs()
    {
        Database &db = *m_db;
        RegistryRepository &registry = *m_registry;
        const QVector<OperatorInfo> operators = registry.operators().value();
        const OperatorInfo op = operators.first();
        SystemInfo system;
        system.operatorId = op.id;
        const IdentificationCase c = CaseRepository(db).byId(m_decided.first()).value();
        const Inspection inspection = InspectionRepository(db).byId(m_inspection).value();
        return {
            {QStringLiteral("notice"),
             [&db, this] { return std::make_unique<NoticeDialog>(db, m_decided); }},
            {QStringLiteral("connection"), [] { return std::make_unique<ConnectionDialog>(); }},
            {QStringLiteral("inspection-notice"),
             [&db, this] { return std::make_unique<InspectionNoticeDialog>(db, m_inspection); }},
            {QStringLiteral("notification"), [] { return std::make_unique<NotificationDialog>(); }},
            {QStringLiteral("decide"), [c] { return std::make_unique<DecideDialog>(c); }},
            {QStringLiteral("file-rules"), [] { return std::make_unique<FileRuleSetDialog>(2); }},
            {QStringLiteral("filing-document"),
             [] {
                 return std::make_unique<FilingDocumentDialog>(
                     QStringLiteral("能源行业网络安全保护工作办公室"),
                     QStringLiteral("Energy Sector Cybersecurity Protection Office"));
             }},
            {QStringLiteral("inspection-new"),
             [&db] { return std::make_unique<InspectionDialog>(db); }},
            {QStringLiteral("inspection-merge"),
             [&db, inspection] {
                 return std::make_unique<InspectionDialog>(db, QVector<Inspection>{inspection});
             }},
            {QStringLiteral("operator"),
             [&registry, op] { return std::make_unique<OperatorDialog>(registry, op); }},
            {QStringLiteral("department"),
             [&db] { return std::make_unique<DepartmentDialog>(db); }},
            {QStringLiteral("import-operators"),
             [&registry] {
                 return std::make_unique<ImportDialog>(registry, ImportPreview::Kind::Operators);
             }},
            {QStringLiteral("import-systems"),
             [&registry] {
                 return std::make_unique<ImportDialog>(registry, ImportPreview::Kind::Systems);
             }},
            {QStringLiteral("system"),
             [&registry, system, operators] {
                 return std::make_unique<SystemDialog>(registry, system, operators);
             }},
            {QStringLiteral("change-report"),
             [&db] {
                 return std::make_unique<DeadlineFactDialog>(
                     db, DeadlineFactDialog::Kind::ChangeReport);
             }},
            {QStringLiteral("assessment"),
             [&db] {
                 return std::make_unique<DeadlineFactDialog>(db,
                                                             DeadlineFactDialog::Kind::Assessment);
             }},
            {QStringLiteral("event"),
             [&db] {
                 return std::make_unique<DeadlineFactDialog>(db, DeadlineFactDialog::Kind::Event);
             }},
            {QStringLiteral("first-run-assistant"),
             [&db] { return std::make_unique<FirstRunAssistant>(db); }},
            {QStringLiteral("sector-report"),
             [&db] { return std::make_unique<SectorReportDialog>(db); }},
            {QStringLiteral("department-add"),
             [&db] { return std::make_unique<OtherDepartmentDialog>(db, Department{}); }},
            {QStringLiteral("compliance-evidence"),
             [&db] {
                 return std::make_unique<ComplianceEvidenceDialog>(
                     db, 0, QStringLiteral("key-staff-background-check"));
             }},
            {QStringLiteral("compliance-periods"),
             [&db] { return std::make_unique<CompliancePeriodsDialog>(db); }},
            {QStringLiteral("enforcement-open"),
             [&db] { return std::make_unique<OpenEnforcementCaseDialog>(db); }},
            {QStringLiteral("enforcement-order"),
             [&db, op] {
                 return std::make_unique<EnforcementStepDialog>(db, enforcementCase(op, 0),
                                                                QStringLiteral("order"));
             }},
            {QStringLiteral("enforcement-check"),
             [&db, op] {
                 return std::make_unique<EnforcementRecordDialog>(db, enforcementCase(op, 1),
                                                                  QStringLiteral("check"));
             }},
            {QStringLiteral("enforcement-advance-notice"),
             [&db, op] {
                 return std::make_unique<EnforcementStepDialog>(db, enforcementCase(op, 2),
                                                                QStringLiteral("advance-notice"));
             }},
            {QStringLiteral("enforcement-decision"),
             [&db, op] {
                 return std::make_unique<EnforcementStepDialog>(db, enforcementCase(op, 3),
                                                                QStringLiteral("decision"));
             }},
            {QStringLiteral("enforcement-close"),
             [&db, op] {
                 return std::make_unique<EnforcementRecordDialog>(db, enforcementCase(op, 0),
                                                                  QStringLiteral("closed"));
             }},
            {QStringLiteral("incident-new"),
             [&db] { return std::make_unique<IncidentDialog>(db); }},
            {QStringLiteral("incident-grade"),
             [&db, this] { return std::make_unique<GradingDialog>(db, m_incident); }},
            {QStringLiteral("incident-report-record"),
             [&db, this] {
                 return std::make_unique<ReportRecordDialog>(
                     db, IncidentRepository(db).byId(m_incident).value(),
                     QStringLiteral("onward-report"));
             }},
            {QStringLiteral("incident-report"),
             [&db, this] {
                 return std::make_unique<IncidentReportDialog>(db, m_incident,
                                                               QStringLiteral("cac-mps"));
             }},
            {QStringLiteral("grading-criteria"),
             [&db] { return std::make_unique<GradingCriteriaDialog>(db); }},
            {QStringLiteral("edit-conflict"),
             [] {
                 EditConflict c;
                 c.changedBy = QStringLiteral("zhangwei");
                 c.changedAt = QDateTime::currentDateTimeUtc();
                 return std::make_unique<EditConflictDialog>(
                     c, QVector<EditConflictDialog::Field>{
                            {QStringLiteral("Name"), QStringLiteral("省电网调度系统"),
                             QStringLiteral("省电网调度控制系统")},
                            {QStringLiteral("Description"), QString(), QStringLiteral("调度")}});
             }},
        };
    }

    static QString shotsDir() { return qEnvironmentVariable("CII_SHOTS"); }
    static void shoot(QWidget *w, const QString &name)
    {
        saveArtifact(w, name);
        if (!shotsDir().isEmpty() && QDir().mkpath(shotsDir()))
            w->grab().save(shotsDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("fit.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        QVERIFY(DemoGenerator::populateShowcase(*m_db, 42).ok());
        QVERIFY(DemoGenerator::populateInspections(*m_db, 42, 6, QDate::currentDate().year()).ok());
        m_registry = std::make_unique<RegistryRepository>(*m_db);
        CaseFilter decided;
        decided.status = QStringLiteral("decided");
        for (const IdentificationCase &c : CaseRepository(*m_db).list(decided).value())
            m_decided << c.id;
        QVERIFY(!m_decided.isEmpty());
        Result<QVector<Inspection>> inspections = InspectionRepository(*m_db).list();
        QVERIFY(inspections.ok() && !inspections.value().isEmpty());
        m_inspection = inspections.value().first().id;
        Incident incident;
        incident.operatorId = m_registry->operators().value().first().id;
        incident.type = QStringLiteral("intrusion");
        incident.received = QDateTime::currentDateTimeUtc().addSecs(-600);
        incident.discovered = incident.received.addSecs(-1200);
        Result<qint64> added = IncidentRepository(*m_db).add(incident);
        QVERIFY(added.ok());
        m_incident = added.value();
    }

    void everyDialogFitsTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dialog");
        const auto list = dialogs();
        for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")})
            for (const auto &d : list)
                QTest::newRow(qPrintable(language + QLatin1Char('/') + d.first))
                    << language << d.first;
    }

    void everyDialogFitsTheScreen()
    {
        QFETCH(QString, language);
        QFETCH(QString, dialog);
        Language::apply(language);
        std::unique_ptr<QDialog> d;
        for (const auto &entry : dialogs())
            if (entry.first == dialog)
                d = entry.second();
        QVERIFY(d);
        const QSize hint = d->sizeHint();
        const QSize minimum = d->minimumSizeHint();
        QVERIFY2(
            hint.width() <= m_limit.width() && hint.height() <= m_limit.height(),
            qPrintable(QStringLiteral("size hint %1×%2").arg(hint.width()).arg(hint.height())));
        QVERIFY2(
            minimum.width() <= m_limit.width() && minimum.height() <= m_limit.height(),
            qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        const QSize shown = d->size();
        QVERIFY2(shown.width() <= m_limit.width() && shown.height() <= m_limit.height(),
                 qPrintable(QStringLiteral("opens %1×%2").arg(shown.width()).arg(shown.height())));
        shoot(d.get(), QStringLiteral("dialog-%1-%2").arg(dialog, language));
    }

    void theMainWindowOpensInsideTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh") << QStringLiteral("zh");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void theMainWindowOpensInsideTheScreen()
    {
        QFETCH(QString, language);
        Language::apply(language);
        MainWindow w(*m_db);
        const QSize opens = w.size();
        QVERIFY2(opens.width() <= m_limit.width() && opens.height() <= m_limit.height(),
                 qPrintable(QStringLiteral("opens %1×%2").arg(opens.width()).arg(opens.height())));
        const QSize minimum = w.minimumSizeHint();
        QVERIFY2(
            minimum.width() <= m_limit.width() && minimum.height() <= m_limit.height(),
            qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.statusBar()->isVisible());
        QVERIFY(w.geometry().bottom() < 768);
    }
    void everyPageIsShotAndItsValueColumnsShowTheirWordsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh") << QStringLiteral("zh");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyPageIsShotAndItsValueColumnsShowTheirWordsWhole()
    {
        QFETCH(QString, language);
        Language::apply(language);
        MainWindow w(*m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int a = 0; a < MainWindow::AreaCount; ++a) {
            w.showArea(MainWindow::Area(a));
            QTest::qWait(50);
            shoot(&w, QStringLiteral("page-%1-%2").arg(a).arg(language));
        }
        // The columns of known values (outcomes, statuses, kinds, dates) are never cut:
        // "Insufficient data" reads whole in the identification list.
        w.showArea(MainWindow::Identification);
        IdentificationPage *identification = w.identificationPage();
        QTRY_VERIFY(identification->model()->rowCount() > 0);
        QTableView *view = identification->table()->view();
        const QFontMetrics metrics(view->font());
        auto check = [&](QTableView *v, const QVector<int> &columns) {
            for (int column : columns)
                for (int row = 0; row < qMin(60, v->model()->rowCount()); ++row) {
                    const QString text = v->model()->index(row, column).data().toString();
                    QVERIFY2(metrics.horizontalAdvance(text) + 12 <=
                                 v->horizontalHeader()->sectionSize(column),
                             qPrintable(QStringLiteral("column %1, row %2: “%3” in %4 px")
                                            .arg(column)
                                            .arg(row)
                                            .arg(text)
                                            .arg(v->horizontalHeader()->sectionSize(column))));
                }
        };
        // (The sector's width is capped: "National defence science, technology and industry"
        // elides, with its tooltip.)
        QVERIFY(!view->model()->index(0, SystemCaseModel::Sector).data(Qt::ToolTipRole).isNull());
        check(view, {SystemCaseModel::Category, SystemCaseModel::Engine, SystemCaseModel::Decision,
                     SystemCaseModel::Status, SystemCaseModel::Identified});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
        w.showArea(MainWindow::Inspections);
        auto *inspections = qobject_cast<InspectionsPage *>(w.page(MainWindow::Inspections));
        QVERIFY(inspections);
        QTRY_VERIFY(inspections->model()->rowCount() > 0);
        check(inspections->table()->view(), {InspectionModel::Kind, InspectionModel::Start,
                                             InspectionModel::End, InspectionModel::Status});
    }
};

CII_LAPTOP_SCREEN_TEST_MAIN(TestDialogFit)

#include "tst_dialogfit.moc"
