#include "deadlines/deadlinemodel.h"
#include "deadlines/deadlinespage.h"
#include "domain/enforcementarticle.h"
#include "enforcement/enforcementcasemodel.h"
#include "enforcement/enforcementpage.h"
#include "enforcement/enforcementrecorddialog.h"
#include "enforcement/enforcementstepdialog.h"
#include "enforcement/openenforcementcasedialog.h"
#include "i18n/language.h"
#include "services/demogenerator.h"
#include "services/issuingdepartment.h"
#include "storage/database.h"
#include "storage/enforcementrepository.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"
#include "teststore.h"
#include "widgets/filterabletable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "testartifacts.h"

using namespace cii;

// The enforcement page driven as a department uses it: a case opened on an operator's
// finding, each step through its dialog in the law's order, the buttons following what the
// procedure admits, the order's document written; shown at 1366×768 in both languages.
class TestEnforcementPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    OperatorInfo m_op;
    qint64 m_finding = 0;

    static QPushButton *ok(QDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QString shotsDir() { return qEnvironmentVariable("CII_SHOTS"); }
    static void shoot(QWidget *w, const QString &name)
    {
        saveArtifact(w, name);
        if (!shotsDir().isEmpty() && QDir().mkpath(shotsDir()))
            w->grab().save(shotsDir() + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    // The page in both languages, for people to look at.
    void shootPage(const QString &name, qint64 caseId)
    {
        for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
            Language::apply(language);
            EnforcementPage page(*m_db);
            page.resize(1366 - 190, 740);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.reload();
            page.selectCase(caseId);
            shoot(&page, QStringLiteral("page-%1-%2").arg(name, language));
        }
        Language::apply(QStringLiteral("en"));
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("enf.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        RegistryRepository registry(*m_db);
        QVERIFY(DemoGenerator::populate(registry, 9, 6, 20).ok());
        m_op = registry.operators().value().first();
        Department own = IssuingDepartment::own(*m_db).value();
        own.nameZh = QStringLiteral("电信行业网络安全保护办公室");
        own.nameEn = QStringLiteral("Telecom Cybersecurity Office");
        own.docPrefix = QStringLiteral("电网保");
        own.contactName = QStringLiteral("王工");
        own.contactPhone = QStringLiteral("010-55550000");
        QVERIFY(registry.updateDepartment(own).ok());
        Inspection in;
        in.operatorId = m_op.id;
        in.start = QDate::currentDate().addDays(-90);
        in.end = in.start.addDays(2);
        InspectionRepository inspections(*m_db);
        Finding f;
        f.inspectionId = inspections.add(in).value();
        f.severity = QStringLiteral("high");
        f.description = QStringLiteral("未开展年度检测评估");
        f.rectificationDue = QDate::currentDate().addDays(-70);
        m_finding = inspections.addFinding(f).value();
    }

    void aCaseOpensOnTheOperatorsFinding()
    {
        OpenEnforcementCaseDialog d(*m_db, nullptr, m_op.id);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.articleBox()->setCurrentIndex(d.articleBox()->findData(QStringLiteral("Art. 39(8)")));
        d.factsEdit()->setPlainText(QStringLiteral("未开展年度检测评估"));
        d.findChild<QLineEdit *>(QStringLiteral("casePerson"))->setText(QStringLiteral("张三"));
        d.findChild<QDateEdit *>()->setDate(QDate::currentDate().addDays(-60));
        QStandardItemModel *evidence = d.evidenceModel();
        int findingRow = -1;
        for (int i = 0; i < evidence->rowCount(); ++i)
            if (evidence->item(i)->data(Qt::UserRole).toString() ==
                QStringLiteral("finding:%1").arg(m_finding))
                findingRow = i;
        QVERIFY2(findingRow >= 0, "the operator's finding is offered as evidence");
        evidence->item(findingRow)->setCheckState(Qt::Checked);
        shoot(&d, QStringLiteral("dialog-open-case-en"));
        QTest::mouseClick(ok(d), Qt::LeftButton);
        QVERIFY2(d.caseId() > 0, qPrintable(d.errorLabel()->text()));
        const EnforcementCase c = EnforcementRepository(*m_db).byId(d.caseId()).value();
        QCOMPARE(c.evidence, QStringList{QStringLiteral("finding:%1").arg(m_finding)});
        QCOMPARE(c.person, QStringLiteral("张三"));
    }

    void anOverdueDeadlineOpensACaseWithItAsEvidence()
    {
        DeadlinesPage deadlines(*m_db);
        deadlines.show();
        QVERIFY(QTest::qWaitForWindowExposed(&deadlines));
        deadlines.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!deadlines.isLoading(), 20000);
        int row = -1;
        for (int r = 0; r < deadlines.model()->rowCount(); ++r) {
            const DeadlineItem item = deadlines.model()->item(r);
            if (item.subjectType == QLatin1String("finding") && item.subjectId == m_finding)
                row = r;
        }
        QVERIFY(row >= 0);
        QSignalSpy asked(&deadlines, &DeadlinesPage::openEnforcementCase);
        QVERIFY(deadlines.enforceItem(row));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toLongLong(), m_op.id);
        const QString evidence = asked.first().at(1).toString();
        QCOMPARE(evidence, QStringLiteral("deadline:") + deadlines.model()->item(row).uid());
        // The dialog opens on that operator with the item ticked.
        OpenEnforcementCaseDialog d(*m_db, nullptr, m_op.id, evidence);
        QCOMPARE(d.operatorBox()->currentData().toLongLong(), m_op.id);
        bool ticked = false;
        for (int i = 0; i < d.evidenceModel()->rowCount(); ++i)
            ticked =
                ticked || (d.evidenceModel()->item(i)->data(Qt::UserRole).toString() == evidence &&
                           d.evidenceModel()->item(i)->checkState() == Qt::Checked);
        QVERIFY(ticked);
    }

    void theButtonsFollowTheProcedure()
    {
        EnforcementPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(page.stepButton(QStringLiteral("order"))->isEnabled());
        QVERIFY(!page.stepButton(QStringLiteral("advance-notice"))->isEnabled());
        QVERIFY(!page.stepButton(QStringLiteral("decision"))->isEnabled());
        QVERIFY(page.detail()->toPlainText().contains(QStringLiteral("Art. 39(8)")));
        shootPage(QStringLiteral("opened"), page.model()->caseAt(0).id);
    }

    void theOrderIsIssuedFromItsDialog()
    {
        const EnforcementCase c = EnforcementRepository(*m_db).list().value().first();
        EnforcementStepDialog d(*m_db, c, QStringLiteral("order"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.dateEdit()->setDate(QDate::currentDate().addDays(-60));
        d.rectifyByEdit()->setDate(QDate::currentDate().addDays(-40));
        d.folderEdit()->setText(m_dir.filePath(QStringLiteral("orders")));
        QVERIFY2(d.issueButton()->isEnabled(), qPrintable(d.summaryLabel()->text()));
        QVERIFY(d.preview()->toPlainText().contains(QStringLiteral("电网保")) ||
                !d.preview()->toPlainText().isEmpty());
        for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
            d.languageBox()->setCurrentIndex(d.languageBox()->findData(language));
            shoot(&d, QStringLiteral("dialog-order-%1").arg(language));
        }
        // The day to rectify by before the order: the procedure refuses, nothing can be issued.
        d.rectifyByEdit()->setDate(QDate::currentDate().addDays(-61));
        QVERIFY(!d.issueButton()->isEnabled());
        d.rectifyByEdit()->setDate(QDate::currentDate().addDays(-40));
        QTest::mouseClick(d.issueButton(), Qt::LeftButton);
        QVERIFY(QFile::exists(d.recorded().path));
        QVERIFY(d.recorded().notice.numberText(true).startsWith(QStringLiteral("电网保")));
        shootPage(QStringLiteral("ordered"), c.id);
    }

    void aCheckBeforeTheDayIsRefusedInTheDialog()
    {
        const EnforcementCase c = EnforcementRepository(*m_db).list().value().first();
        EnforcementRecordDialog d(*m_db, c, QStringLiteral("check"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.notRectifiedButton()->setChecked(true);
        d.dateEdit()->setDate(QDate::currentDate().addDays(-40)); // the day to rectify by
        QTest::mouseClick(ok(d), Qt::LeftButton);
        QVERIFY(d.isVisible());
        QVERIFY(d.errorLabel()->text().contains(QStringLiteral("after that day")));
        d.dateEdit()->setDate(QDate::currentDate().addDays(-39));
        for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
            Language::apply(language);
            EnforcementRecordDialog shown(*m_db, c, QStringLiteral("check"));
            shown.show();
            shoot(&shown, QStringLiteral("dialog-check-%1").arg(language));
        }
        Language::apply(QStringLiteral("en"));
        QTest::mouseClick(ok(d), Qt::LeftButton);
        QVERIFY2(d.stepId() > 0, qPrintable(d.errorLabel()->text()));
        shootPage(QStringLiteral("checked"), c.id);
    }

    void theAdvanceNoticeKeepsTheFinesInTheRange()
    {
        const EnforcementCase c = EnforcementRepository(*m_db).list().value().first();
        EnforcementStepDialog d(*m_db, c, QStringLiteral("advance-notice"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.dateEdit()->setDate(QDate::currentDate().addDays(-30));
        d.folderEdit()->setText(m_dir.filePath(QStringLiteral("notices")));
        d.operatorFineBox()->setValue(99999);
        QVERIFY(!d.issueButton()->isEnabled());
        QVERIFY(d.summaryLabel()->text().contains(QStringLiteral("outside")));
        d.operatorFineBox()->setValue(300000);
        d.personFineBox()->setValue(20000);
        QVERIFY2(d.issueButton()->isEnabled(), qPrintable(d.summaryLabel()->text()));
        for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
            d.languageBox()->setCurrentIndex(d.languageBox()->findData(language));
            shoot(&d, QStringLiteral("dialog-advance-notice-%1").arg(language));
        }
        QTest::mouseClick(d.issueButton(), Qt::LeftButton);
        QVERIFY(QFile::exists(d.recorded().path));
        shootPage(QStringLiteral("advance-notice"), c.id);
    }

    void theDecisionAndTheClose()
    {
        EnforcementCase c = EnforcementRepository(*m_db).list().value().first();
        EnforcementStepDialog d(*m_db, c, QStringLiteral("decision"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.dateEdit()->setDate(QDate::currentDate().addDays(-10));
        d.folderEdit()->setText(m_dir.filePath(QStringLiteral("decisions")));
        // The proposed fines are where the decision starts.
        QCOMPARE(d.operatorFineBox()->value(), 300000);
        d.operatorFineBox()->setValue(300001); // heavier than proposed: APL Art. 45
        QVERIFY(!d.issueButton()->isEnabled());
        d.operatorFineBox()->setValue(250000);
        QVERIFY2(d.issueButton()->isEnabled(), qPrintable(d.summaryLabel()->text()));
        for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
            d.languageBox()->setCurrentIndex(d.languageBox()->findData(language));
            shoot(&d, QStringLiteral("dialog-decision-%1").arg(language));
        }
        QTest::mouseClick(d.issueButton(), Qt::LeftButton);
        QVERIFY(QFile::exists(d.recorded().path));
        shootPage(QStringLiteral("decision"), c.id);
        c = EnforcementRepository(*m_db).list().value().first();
        EnforcementRecordDialog close(*m_db, c, QStringLiteral("closed"));
        close.show();
        QVERIFY(QTest::qWaitForWindowExposed(&close));
        shoot(&close, QStringLiteral("dialog-close-en"));
        QTest::mouseClick(ok(close), Qt::LeftButton);
        QVERIFY2(close.stepId() > 0, qPrintable(close.errorLabel()->text()));
        EnforcementPage page(*m_db);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        for (const QString &kind : EnforcementStep::kinds())
            QVERIFY(!page.stepButton(kind)->isEnabled());
        QCOMPARE(page.model()->caseAt(0).step(), QStringLiteral("closed"));
        shootPage(QStringLiteral("closed"), c.id);
    }
};

QTEST_MAIN(TestEnforcementPage)
#include "tst_enforcementpage.moc"
