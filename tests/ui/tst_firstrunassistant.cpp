#include "domain/sector.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "services/issuingdepartment.h"
#include "services/noticeissuer.h"
#include "settings/departmentform.h"
#include "settings/documentsettingsform.h"
#include "setup/firstrunassistant.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/documentfontrepository.h"
#include "storage/registryrepository.h"
#include "storage/securitysettingsrepository.h"
#include "storage/storebackup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "testartifacts.h"

using namespace cii;

// The first-run assistant on a fresh store: driven page by page to Finish, the store holds
// what was typed and a notice issues under the new name and prefix; Cancel writes nothing;
// neither is offered again; every page fits a 1366×768 screen in both languages.
class TestFirstRunAssistant : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Database> freshStore(const char *name)
    {
        auto db = std::make_unique<Database>();
        if (!db->open(m_dir.filePath(QLatin1String(name)), Database::OpenMode::CreateIfMissing))
            return nullptr;
        return db;
    }
    static qint64 auditCount(Database &db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }
    // Also into CII_SHOTS (the screenshots of the change), when set.
    static void shot(QWidget *w, const QString &name)
    {
        saveArtifact(w, name);
        const QString dir = qEnvironmentVariable("CII_SHOTS");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    static void clickNext(QWizard &wizard)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }
    static void switchLanguage(FirstRunAssistant &a, const char *code)
    {
        a.languageBox()->setCurrentIndex(a.languageBox()->findData(QLatin1String(code)));
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void aFreshStoreIsOfferedTheAssistantAndAReadOnlyOneIsNot()
    {
        auto db = freshStore("offered.sqlite");
        QVERIFY(db);
        QVERIFY(FirstRunAssistant::isNeeded(*db));
        MainWindow window(*db);
        window.show();
        FirstRunAssistant *shown = FirstRunAssistant::offer(*db, &window);
        QVERIFY(shown);
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->currentId(), int(FirstRunAssistant::WelcomePage));
        QTest::mouseClick(shown->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!FirstRunAssistant::isNeeded(*db));
        QVERIFY(!FirstRunAssistant::offer(*db, &window));

        const QString location = m_dir.filePath(QStringLiteral("readonly.sqlite"));
        {
            Database created;
            QVERIFY(created.open(location, Database::OpenMode::CreateIfMissing).ok());
        }
        QVERIFY(QFile::setPermissions(location, QFileDevice::ReadOwner));
        Database readOnly;
        QVERIFY(readOnly.open(location).ok());
        QVERIFY(readOnly.isReadOnly());
        QVERIFY(!FirstRunAssistant::isNeeded(readOnly));
        QFile::setPermissions(location, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void cancelWritesNothingAndTheAssistantIsNotOfferedAgain()
    {
        auto db = freshStore("cancelled.sqlite");
        QVERIFY(db);
        const qint64 audits = auditCount(*db);
        const Department before = IssuingDepartment::own(*db).value();
        FirstRunAssistant a(*db);
        QSignalSpy applied(&a, &FirstRunAssistant::applied);
        a.show();
        clickNext(a);
        a.departmentForm()->nameZhEdit()->insert(QStringLiteral("不会保存的名称"));
        a.departmentForm()->docPrefixEdit()->insert(QStringLiteral("不存"));
        clickNext(a);
        QCOMPARE(a.currentId(), int(FirstRunAssistant::DocumentsPage));
        a.documentsForm()->classificationEdit()->setText(QStringLiteral("秘密"));
        QTest::mouseClick(a.button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(a.result(), int(QDialog::Rejected));
        QCOMPARE(applied.count(), 0);
        QCOMPARE(auditCount(*db), audits);
        const Department after = IssuingDepartment::own(*db).value();
        QCOMPARE(after.nameZh, before.nameZh);
        QCOMPARE(after.docPrefix, before.docPrefix);
        QCOMPARE(SecuritySettingsRepository(*db).classification(),
                 SecuritySettings::defaultClassification());
        QVERIFY(!FirstRunAssistant::isNeeded(*db));
    }

    void finishSetsUpTheDepartmentAndANoticeIssuesUnderItsNameAndPrefix()
    {
        auto db = freshStore("finished.sqlite");
        QVERIFY(db);
        FirstRunAssistant a(*db);
        QSignalSpy applied(&a, &FirstRunAssistant::applied);
        a.show();
        QVERIFY(QTest::qWaitForWindowExposed(&a));

        // The language switches as it is chosen, the assistant with it.
        const QString english = a.windowTitle();
        switchLanguage(a, "zh");
        QCOMPARE(Language::current(), QStringLiteral("zh"));
        QVERIFY(a.windowTitle() != english);
        switchLanguage(a, "en");
        QCOMPARE(a.windowTitle(), english);

        clickNext(a);
        QCOMPARE(a.currentId(), int(FirstRunAssistant::DepartmentPage));
        DepartmentForm *form = a.departmentForm();
        // The seeded placeholder is not offered as the name: Next waits for a real one.
        QVERIFY(form->nameZhEdit()->text().isEmpty());
        clickNext(a);
        QCOMPARE(a.currentId(), int(FirstRunAssistant::DepartmentPage));
        QVERIFY(form->problemLabel()->isVisible());
        QVERIFY(form->problemLabel()->text().contains(QStringLiteral("Chinese name")));
        // (QTest types ASCII only; Chinese arrives as an input method would commit it.)
        form->nameZhEdit()->insert(QStringLiteral("能源行业关键信息基础设施保护办公室"));
        QTest::keyClicks(form->nameEnEdit(), QStringLiteral("Energy CII Protection Office"));
        QCheckBox *energy = form->sectorBox(QStringLiteral("energy"));
        QTest::mouseClick(energy, Qt::LeftButton, {}, QPoint(8, energy->height() / 2));
        QVERIFY(form->sectorBox(QStringLiteral("energy"))->isChecked());
        QCOMPARE(form->sectorBox(QStringLiteral("energy"))->text(),
                 Sector::find(QStringLiteral("energy"))->displayName());
        form->docPrefixEdit()->insert(QStringLiteral("能网保"));
        QVERIFY2(form->previewLabel()->text().contains(
                     QStringLiteral("能网保〔%1〕1号").arg(QDate::currentDate().year())),
                 qPrintable(form->previewLabel()->text()));
        form->contactNameEdit()->insert(QStringLiteral("周工"));
        QTest::keyClicks(form->contactPhoneEdit(), QStringLiteral("010-66660000"));
        QVERIFY(!form->problemLabel()->isVisible());
        clickNext(a);
        QCOMPARE(a.currentId(), int(FirstRunAssistant::DocumentsPage));

        DocumentSettingsForm *documents = a.documentsForm();
        documents->classificationEdit()->clear();
        clickNext(a); // a marking is required
        QCOMPARE(a.currentId(), int(FirstRunAssistant::DocumentsPage));
        documents->classificationEdit()->insert(QStringLiteral("内部资料 严禁外传"));
        QString family;
        if (documents->fontBox()->count() > 1) {
            documents->fontBox()->setCurrentIndex(1);
            family = documents->fontBox()->currentData().toString();
        }
        const QString folder = m_dir.filePath(QStringLiteral("finished-backups"));
        a.backupFolderEdit()->setText(folder);
        clickNext(a);
        QCOMPARE(a.currentId(), int(FirstRunAssistant::StartPage));
        QVERIFY(a.demoButton()->isEnabled());
        QTest::mouseClick(a.demoButton(), Qt::LeftButton);
        QVERIFY(a.demoButton()->isChecked());
        QTest::mouseClick(a.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY2(a.result() == QDialog::Accepted, qPrintable(a.errorLabel()->text()));
        QCOMPARE(applied.count(), 1);

        // The store holds what was typed.
        const Result<Department> own = IssuingDepartment::complete(*db);
        QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));
        QCOMPARE(own->nameZh, QStringLiteral("能源行业关键信息基础设施保护办公室"));
        QCOMPARE(own->nameEn, QStringLiteral("Energy CII Protection Office"));
        QCOMPARE(own->docPrefix, QStringLiteral("能网保"));
        QCOMPARE(own->contactName, QStringLiteral("周工"));
        QCOMPARE(own->contactPhone, QStringLiteral("010-66660000"));
        QCOMPARE(own->sectors, QStringList{QStringLiteral("energy")});
        QCOMPARE(SecuritySettingsRepository(*db).classification(),
                 QStringLiteral("内部资料 严禁外传"));
        QCOMPARE(DocumentFontRepository(*db).bodyFamily().value(), family);
        QCOMPARE(StoreBackup::folderOf(*db), folder);
        QVERIFY(RegistryRepository(*db).countOperators().value() > 0);
        QVERIFY(!FirstRunAssistant::isNeeded(*db));

        // A notice now issues under the new name with the new prefix.
        CaseFilter filter;
        filter.status = QStringLiteral("decided");
        const QVector<IdentificationCase> decided = CaseRepository(*db).list(filter).value();
        QVERIFY(!decided.isEmpty());
        NoticeRequest request;
        request.caseIds = {decided.first().id};
        request.outDir = m_dir.filePath(QStringLiteral("finished-notices"));
        const Result<QVector<IssuedNotice>> issued = NoticeIssuer::issue(*db, request);
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
        QCOMPARE(issued->size(), 1);
        const Notice &notice = issued->first().notice;
        QVERIFY2(notice.numberText(true).startsWith(
                     QStringLiteral("能网保〔%1〕").arg(QDate::currentDate().year())),
                 qPrintable(notice.numberText(true)));
        QCOMPARE(notice.departmentZh, QStringLiteral("能源行业关键信息基础设施保护办公室"));
        QCOMPARE(notice.contactName, QStringLiteral("周工"));
    }

    void everyPageFitsTheScreenInBothLanguages()
    {
        auto db = freshStore("shots.sqlite");
        QVERIFY(db);
        for (const char *code : {"en", "zh"}) {
            Language::apply(QLatin1String(code));
            FirstRunAssistant a(*db);
            a.show();
            QVERIFY(QTest::qWaitForWindowExposed(&a));
            const QSize hint = a.sizeHint();
            QVERIFY2(hint.width() <= 1366 && hint.height() <= 740,
                     qPrintable(QStringLiteral("%1×%2").arg(hint.width()).arg(hint.height())));
            a.resize(hint);
            const char *names[] = {"1-welcome", "2-department", "3-documents", "4-start"};
            for (int page = FirstRunAssistant::WelcomePage; page <= FirstRunAssistant::StartPage;
                 ++page) {
                QCOMPARE(a.currentId(), page);
                if (page == FirstRunAssistant::DepartmentPage) {
                    DepartmentForm *form = a.departmentForm();
                    form->nameZhEdit()->setText(QStringLiteral("某省能源局网络安全处"));
                    form->nameEnEdit()->setText(
                        QStringLiteral("Cybersecurity Division, Provincial Energy Bureau"));
                    form->sectorBox(QStringLiteral("energy"))->setChecked(true);
                    form->docPrefixEdit()->setText(QStringLiteral("某能网安"));
                    form->contactNameEdit()->setText(QStringLiteral("周工"));
                }
                QCoreApplication::processEvents();
                shot(&a, QStringLiteral("assistant-%1-%2")
                             .arg(QLatin1String(names[page]), QLatin1String(code)));
                if (page != FirstRunAssistant::StartPage)
                    clickNext(a);
            }
            a.reject();
        }
    }
};

QTEST_MAIN(TestFirstRunAssistant)
#include "tst_firstrunassistant.moc"
