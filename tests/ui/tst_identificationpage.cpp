#include "i18n/displaynames.h"
#include "i18n/language.h"
#include "identification/decidedialog.h"
#include "identification/identificationpage.h"
#include "identification/systemcasemodel.h"
#include "rules/ruletemplates.h"
#include "services/demogenerator.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"
#include "teststore.h"
#include "widgets/filterabletable.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "testartifacts.h"
#include <QTextBrowser>

using namespace cii;

// The identification page on a real store: run the filed rules over a sector from the page,
// read the explanation of a result, decide it.
class TestIdentificationPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("id.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        RegistryRepository registry(*m_db);
        QVERIFY(DemoGenerator::populate(registry, 11, 60, 600).ok());
        RuleSetRepository rules(*m_db);
        RuleSet r = RuleTemplates::nationalGuide2016().value();
        r.sector = QStringLiteral("energy");
        const qint64 id = rules.importAsDraft(r).value();
        QVERIFY(rules.file(id, QStringLiteral("公网安备〔2026〕3号"), QDate(2026, 11, 20)).ok());
    }

    void identifyingASectorFromThePageFillsTheTable()
    {
        IdentificationPage page(*m_db);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.scopeBox()->setCurrentIndex(page.scopeBox()->findData(QStringLiteral("energy")));
        const IdentificationRequest request = page.scopeRequest();
        QCOMPARE(request.kind, IdentificationRequest::Kind::Sector);
        const std::optional<IdentificationSummary> summary = page.identify(request);
        QVERIFY(summary.has_value());
        QVERIFY(summary->cases > 0);
        QCOMPARE(summary->cii + summary->notCii + summary->insufficient, summary->cases);
        page.reload();
        page.showBox()->setCurrentIndex(
            page.showBox()->findData(int(SystemCaseModel::AwaitingDecision)));
        QCOMPARE(page.model()->rowCount(), int(summary->cases));
    }

    void theExplanationSaysWhyAndADecisionIsRecorded()
    {
        IdentificationPage page(*m_db);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showBox()->setCurrentIndex(page.showBox()->findData(int(SystemCaseModel::Cii)));
        QVERIFY(page.model()->rowCount() > 0);
        page.table()->selectSourceRow(0);
        const QString text = page.explanation()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("CII because")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("value")), qPrintable(text));
        saveArtifact(&page, QStringLiteral("identification-en"));

        // An override without a reason is refused; with one it is the decision in force.
        QVERIFY(!page.applyDecision(Outcome::NotCii, QString()).ok());
        QVERIFY(page.applyDecision(Outcome::NotCii, QStringLiteral("decommissioned in 2026")).ok());
        CaseFilter decided;
        decided.status = QStringLiteral("decided");
        const QVector<IdentificationCase> cases = CaseRepository(*m_db).list(decided).value();
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.first().decision, Outcome::NotCii);
        QVERIFY(cases.first().isOverride());
        QCOMPARE(cases.first().overrideReason, QStringLiteral("decommissioned in 2026"));
        // The headline is the decision in force, with the engine's result beside it.
        page.showBox()->setCurrentIndex(page.showBox()->findData(int(SystemCaseModel::All)));
        page.showSystem(cases.first().systemId);
        const QString after = page.explanation()->toPlainText();
        QVERIFY2(after.section(QLatin1Char('\n'), 0, 0)
                     .endsWith(QStringLiteral(" — Decided: Not CII (override) — engine: CII")),
                 qPrintable(after));
        // Its times are in the one display format of the GUI (ISO, local time).
        QVERIFY2(after.contains(DisplayNames::dateTime(cases.first().createdAt)) &&
                     after.contains(DisplayNames::dateTime(cases.first().decidedAt)),
                 qPrintable(after));
    }

    void decideDialogWantsAReasonToOverride()
    {
        CaseFilter evaluated;
        evaluated.status = QStringLiteral("evaluated");
        const IdentificationCase c = CaseRepository(*m_db).list(evaluated).value().first();
        DecideDialog dialog(c);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (c.outcome != Outcome::Insufficient) {
            QVERIFY(dialog.confirmButton()->isChecked());
            QVERIFY(ok->isEnabled());
            QCOMPARE(dialog.decision(), QString());
        }
        dialog.overrideButton()->setChecked(true);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("serves the whole province"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog.decision().isEmpty());
        QVERIFY(dialog.decision() != c.outcome);
        QCOMPARE(dialog.reason(), QStringLiteral("serves the whole province"));
    }
};

QTEST_MAIN(TestIdentificationPage)
#include "tst_identificationpage.moc"
