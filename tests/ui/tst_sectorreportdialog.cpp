#include "domain/sector.h"
#include "i18n/language.h"
#include "reports/sectorreportdialog.h"
#include "services/demogenerator.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "teststore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "testartifacts.h"

using namespace cii;

// File ▸ Sector report…: the dialog names sectors, previews the report, fits a 1366×768
// screen, and writes the file it is asked for (an audited export).
class TestSectorReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 exports()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'"));
        q.next();
        return q.value(0).toLongLong();
    }
    void setDepartmentName(const QString &nameZh)
    {
        RegistryRepository registry(*m_db);
        for (Department d : registry.departments().value())
            if (d.own) {
                d.nameZh = nameZh;
                d.nameEn = QStringLiteral("Sector Cybersecurity Office");
                QVERIFY(registry.updateDepartment(d).ok());
            }
    }

private slots:
    void initTestCase()
    {
        CII_REQUIRE_TEST_STORE();
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(TestStore::location(m_dir, QStringLiteral("report.sqlite")),
                           Database::OpenMode::CreateIfMissing));
        RegistryRepository registry(*m_db);
        QVERIFY(DemoGenerator::populate(registry, 5, 20, 120).ok());
    }

    void withoutTheDepartmentsNameNothingIsWritten()
    {
        SectorReportDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.departmentWarning()->isVisible());
        QVERIFY(dialog.departmentWarning()->text().contains(QStringLiteral("Chinese name")));
        QVERIFY(!dialog.writeButton()->isEnabled());
    }

    void sectorsAreShownByName()
    {
        setDepartmentName(QStringLiteral("某行业网络安全保护办公室"));
        SectorReportDialog dialog(*m_db);
        QCOMPARE(dialog.sectorBox()->count(), int(Sector::all().size()));
        for (int i = 0; i < dialog.sectorBox()->count(); ++i) {
            const Sector *s = Sector::find(dialog.sectorBox()->itemData(i).toString());
            QVERIFY(s);
            QCOMPARE(dialog.sectorBox()->itemText(i), s->displayName());
            QVERIFY(dialog.sectorBox()->itemText(i) != s->key);
        }
    }

    void fitsA1366By768Screen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh");
    }
    void fitsA1366By768Screen()
    {
        QFETCH(QString, language);
        Language::apply(language);
        setDepartmentName(QStringLiteral("某行业网络安全保护办公室"));
        SectorReportDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.sizeHint().width() <= 1366 && dialog.sizeHint().height() <= 740,
                 qPrintable(QStringLiteral("%1×%2")
                                .arg(dialog.sizeHint().width())
                                .arg(dialog.sizeHint().height())));
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 740);
        QVERIFY(!dialog.departmentWarning()->isVisible());
        QVERIFY(dialog.writeButton()->isEnabled());
        // The preview is the report, in the language chosen (the UI's by default): its author.
        QVERIFY(dialog.preview()->toPlainText().contains(
            language == QLatin1String("zh") ? QStringLiteral("某行业网络安全保护办公室")
                                            : QStringLiteral("Sector Cybersecurity Office")));
        saveArtifact(&dialog, QStringLiteral("sector-report-dialog-%1").arg(language));
        Language::apply(QStringLiteral("en"));
    }

    void writesTheChosenReport_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("language");
        QTest::newRow("pdf zh") << QStringLiteral("pdf") << QStringLiteral("zh");
        QTest::newRow("odt en") << QStringLiteral("odt") << QStringLiteral("en");
    }
    void writesTheChosenReport()
    {
        QFETCH(QString, format);
        QFETCH(QString, language);
        SectorReportDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.sectorBox()->setCurrentIndex(dialog.sectorBox()->findData(QStringLiteral("energy")));
        dialog.yearBox()->setValue(QDate::currentDate().year());
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(language));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(format));
        const QString folder = m_dir.filePath(QStringLiteral("out-") + format);
        dialog.folderEdit()->clear();
        QTest::keyClicks(dialog.folderEdit(), folder);
        const qint64 before = exports();
        QTest::mouseClick(dialog.writeButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString expected =
            QDir(folder).filePath(QStringLiteral("sector-report-energy-%1-%2.%3")
                                      .arg(QDate::currentDate().year())
                                      .arg(language, format));
        QCOMPARE(dialog.writtenFile(), expected);
        QVERIFY(QFile::exists(expected));
        QVERIFY(QFileInfo(expected).size() > 10000); // with its charts
        QCOMPARE(exports(), before + 1);
    }
};

QTEST_MAIN(TestSectorReportDialog)
#include "tst_sectorreportdialog.moc"
