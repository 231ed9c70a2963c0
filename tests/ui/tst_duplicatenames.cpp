#include "dialogs/systemdialog.h"
#include "i18n/language.h"
#include "identification/systemcasemodel.h"
#include "models/systemtablemodel.h"
#include "services/demogenerator.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "teststore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testartifacts.h"

using namespace cii;

// Two systems of one operator with the same name: the dialog warns as the name is typed but
// lets it be saved (it can be right), and the lists then show "name (#id)" for both, so they
// never look the same; names that do not repeat show as they are.
class TestDuplicateNames : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        QVERIFY(m_db.open(TestStore::location(m_dir, QStringLiteral("dup.sqlite")),
                          Database::OpenMode::CreateIfMissing));
        RegistryRepository registry(m_db);
        QVERIFY(DemoGenerator::populate(registry, 5, 6, 24).ok());
    }

    void aRepeatedNameIsWarnedAboutThenSavedAndListedWithItsId()
    {
        RegistryRepository registry(m_db);
        const QVector<OperatorInfo> operators = registry.operators().value();
        // A system whose name its operator does not use twice yet, and one whose name is unique.
        SystemInfo first, other;
        for (const SystemInfo &s : registry.systems().value()) {
            if (!registry.systemsNamed(s.operatorId, s.name, s.id).value().isEmpty())
                continue;
            if (!first.id)
                first = s;
            else if (s.name != first.name && !other.id)
                other = s;
        }
        QVERIFY(first.id && other.id);

        SystemInfo added;
        added.operatorId = first.operatorId;
        SystemDialog dialog(registry, added, operators);
        dialog.show();
        QVERIFY(!dialog.duplicateWarning()->isVisible());
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
        name->insert(first.name.left(2));
        QVERIFY(!dialog.duplicateWarning()->isVisible());
        name->insert(first.name.mid(2));
        QVERIFY(dialog.duplicateWarning()->isVisible());
        QVERIFY2(dialog.duplicateWarning()->text().contains(QStringLiteral("#%1").arg(first.id)),
                 qPrintable(dialog.duplicateWarning()->text()));
        saveArtifact(&dialog, QStringLiteral("system-dialog-duplicate"));
        // A warning, not a refusal.
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 second = dialog.savedId();
        QVERIFY(second > 0);

        SystemTableModel systems(m_db);
        systems.refresh();
        auto nameIn = [&](qint64 id) {
            return systems.index(systems.rowOfId(id), SystemTableModel::Name).data().toString();
        };
        QCOMPARE(nameIn(first.id), QStringLiteral("%1 (#%2)").arg(first.name).arg(first.id));
        QCOMPARE(nameIn(second), QStringLiteral("%1 (#%2)").arg(first.name).arg(second));
        QCOMPARE(nameIn(other.id), other.name);

        SystemCaseModel cases(m_db);
        cases.refresh();
        auto listed = [&](qint64 id) {
            return cases.index(cases.rowOfId(id), SystemCaseModel::System).data().toString();
        };
        QCOMPARE(listed(first.id), QStringLiteral("%1 (#%2)").arg(first.name).arg(first.id));
        QCOMPARE(listed(second), QStringLiteral("%1 (#%2)").arg(first.name).arg(second));
        QCOMPARE(listed(other.id), other.name);
        // The full name is the tooltip of the (eliding) name column.
        QCOMPARE(cases.index(cases.rowOfId(other.id), SystemCaseModel::System)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 other.name);
    }
};

QTEST_MAIN(TestDuplicateNames)
#include "tst_duplicatenames.moc"
