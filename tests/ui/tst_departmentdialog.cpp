#include "dialogs/departmentdialog.h"
#include "i18n/language.h"
#include "identification/noticedialog.h"
#include "rules/ruletemplates.h"
#include "services/demogenerator.h"
#include "services/identifier.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/noticerepository.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testartifacts.h"

using namespace cii;

// The department's settings as numbered documents need them: typed into the dialog, saved
// (audited) to the store; the notice dialog refuses to issue until they are complete.
class TestDepartmentDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    Department own()
    {
        for (const Department &d : RegistryRepository(*m_db).departments().value())
            if (d.own)
                return d;
        return {};
    }
    static QLineEdit *field(QWidget *w, const char *name)
    {
        return w->findChild<QLineEdit *>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("dept.sqlite")),
                           Database::OpenMode::CreateIfMissing));
    }

    void noticeDialogRefusesUntilTheDepartmentIsComplete()
    {
        RegistryRepository registry(*m_db);
        QVERIFY(DemoGenerator::populate(registry, 5, 8, 40).ok());
        RuleSetRepository rules(*m_db);
        RuleSet r = RuleTemplates::nationalGuide2016().value();
        const QString sector = registry.operators().value().first().sector;
        r.sector = sector;
        const qint64 id = rules.importAsDraft(r).value();
        QVERIFY(rules.file(id, QStringLiteral("公网安备〔2026〕3号"), QDate(2026, 11, 20)).ok());
        CaseRepository cases(*m_db);
        IdentificationRequest request;
        request.kind = IdentificationRequest::Kind::Sector;
        request.sector = sector;
        QVERIFY(Identifier::run(*m_db, request).ok());
        QVector<qint64> decided;
        for (const IdentificationCase &c : cases.list(CaseFilter()).value()) {
            if (c.outcome != QLatin1String("insufficient-data") &&
                cases.decide(c.id, {}, {}).ok()) {
                decided << c.id;
                break;
            }
        }
        QCOMPARE(decided.size(), 1);

        NoticeDialog dialog(*m_db, decided);
        dialog.folderEdit()->setText(m_dir.filePath(QStringLiteral("notices")));
        dialog.show();
        QVERIFY(dialog.departmentWarning()->isVisible());
        QVERIFY(dialog.departmentWarning()->text().contains(QStringLiteral("contact")));
        QVERIFY(!dialog.issueButton()->isEnabled());
        saveArtifact(&dialog, QStringLiteral("notice-dialog-department-missing"));
        // What the dialog would ask for is refused by the issuer too: nothing numbered.
        QVERIFY(!NoticeIssuer::issue(*m_db, dialog.request()).ok());
        QCOMPARE(NoticeRepository(*m_db).count().value(), 0);
    }

    void typedSettingsAreSavedAndAudited()
    {
        DepartmentDialog dialog(*m_db);
        dialog.show();
        auto *missing = dialog.findChild<QLabel *>(QStringLiteral("missing"));
        QVERIFY(missing->isVisible());
        QVERIFY(missing->text().contains(QStringLiteral("Chinese name")));
        field(&dialog, "nameZh")->clear();
        // (QTest types ASCII only; Chinese arrives as an input method would commit it.)
        field(&dialog, "nameZh")->insert(QStringLiteral("能源行业网络安全保护办公室"));
        QTest::keyClicks(field(&dialog, "nameEn"), QStringLiteral("Energy Cybersecurity Office"));
        field(&dialog, "docPrefix")->insert(QStringLiteral("能网保"));
        field(&dialog, "contactName")->insert(QStringLiteral("周工"));
        QVERIFY(missing->text().contains(QStringLiteral("telephone")));
        QTest::keyClicks(field(&dialog, "contactPhone"), QStringLiteral("010-12340000"));
        QVERIFY(!missing->isVisible());
        saveArtifact(&dialog, QStringLiteral("department-dialog"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Department d = own();
        QCOMPARE(d.nameZh, QStringLiteral("能源行业网络安全保护办公室"));
        QCOMPARE(d.docPrefix, QStringLiteral("能网保"));
        QCOMPARE(d.contactName, QStringLiteral("周工"));
        QCOMPARE(d.contactPhone, QStringLiteral("010-12340000"));
        QVERIFY(d.missingForNumberedDocuments().isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE entity = "
                                      "'department' ORDER BY id DESC LIMIT 1")) &&
                q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("010-12340000")));
    }

    void noticeDialogIssuesOnceTheDepartmentIsComplete()
    {
        CaseFilter filter;
        filter.status = QStringLiteral("decided");
        const QVector<IdentificationCase> decided = CaseRepository(*m_db).list(filter).value();
        QCOMPARE(decided.size(), 1);
        NoticeDialog dialog(*m_db, {decided.first().id});
        dialog.folderEdit()->setText(m_dir.filePath(QStringLiteral("notices")));
        dialog.show();
        QVERIFY(!dialog.departmentWarning()->isVisible());
        QVERIFY(dialog.issueButton()->isEnabled());
        QTest::mouseClick(dialog.issueButton(), Qt::LeftButton);
        QCOMPARE(dialog.issued().size(), 1);
        const QString number = dialog.issued().first().notice.numberText(true);
        QVERIFY2(number.startsWith(QStringLiteral("能网保〔")), qPrintable(number));

        // The same case again is a reprint; a reissue needs its reason before it can go.
        NoticeDialog again(*m_db, {decided.first().id});
        again.folderEdit()->setText(m_dir.filePath(QStringLiteral("notices")));
        again.show();
        again.reissueBox()->setChecked(true);
        QVERIFY(!again.issueButton()->isEnabled());
        QTest::keyClicks(again.reasonEdit(), QStringLiteral("system name corrected"));
        QVERIFY(again.issueButton()->isEnabled());
        saveArtifact(&again, QStringLiteral("notice-dialog-reissue"));
        QTest::mouseClick(again.issueButton(), Qt::LeftButton);
        QCOMPARE(again.issued().size(), 1);
        QCOMPARE(again.issued().first().notice.replacesId, dialog.issued().first().notice.id);
        QCOMPARE(NoticeRepository(*m_db).count().value(), 2);
    }
};

QTEST_MAIN(TestDepartmentDialog)
#include "tst_departmentdialog.moc"
