#include "help/helpcatalogue.h"
#include "help/helpwindow.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "pages/registrypage.h"
#include "storage/database.h"
#include "testartifacts.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace cii;

// The user guide (Help → User guide), the tooltips of each page's main controls, and About.
class TestHelp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> store()
    {
        auto db = std::make_unique<Database>();
        if (!db->open(m_dir.filePath(QStringLiteral("help%1.sqlite").arg(++m_n)),
                      Database::OpenMode::CreateIfMissing))
            return nullptr;
        return db;
    }

    static QStringList links(const QString &html)
    {
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        QStringList found;
        for (auto it = href.globalMatch(html); it.hasNext();)
            found << it.next().captured(1);
        return found;
    }

    static QSet<QString> anchors(const QString &html)
    {
        static const QRegularExpression name(QStringLiteral("<a name=\"([^\"]+)\""));
        QSet<QString> found;
        for (auto it = name.globalMatch(html); it.hasNext();)
            found << it.next().captured(1);
        return found;
    }

    // The share of the text's letters that are Chinese characters: English pages quote the
    // regulation's terms (保护工作部门 …), Chinese pages are mostly Chinese.
    static double chineseShare(const QString &text)
    {
        int letters = 0;
        int chinese = 0;
        for (const QChar c : text) {
            if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
                ++chinese;
            else if (!c.isLetter())
                continue;
            ++letters;
        }
        return letters ? double(chinese) / letters : 0;
    }

    static bool hasChinese(const QString &text)
    {
        for (const QChar c : text)
            if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
                return true;
        return false;
    }

    // The screen a user sees: the main window at 1366×768 with `top` over it.
    static void saveScreen(MainWindow &w, QWidget *top, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CII_TEST_ARTIFACTS");
        if (dir.isEmpty() || !QDir().mkpath(dir))
            return;
        QPixmap screen = w.grab();
        QPainter p(&screen);
        const QPixmap over = top->grab();
        p.drawPixmap((screen.width() - over.width()) / 2, (screen.height() - over.height()) / 2,
                     over);
        p.end();
        screen.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // The main controls of each area, by object name, that must explain themselves.
    static QVector<QPair<MainWindow::Area, QStringList>> mainControls()
    {
        return {
            {MainWindow::Registry,
             {QStringLiteral("addOperator"), QStringLiteral("importOperators"),
              QStringLiteral("exportOperators"), QStringLiteral("sectorFilter"),
              QStringLiteral("addSystem"), QStringLiteral("importSystems"),
              QStringLiteral("exportSystems")}},
            {MainWindow::Rules,
             {QStringLiteral("fromTemplate"), QStringLiteral("fileRules"),
              QStringLiteral("submitRules"), QStringLiteral("newVersion"),
              QStringLiteral("filingDocument"), QStringLiteral("expression"),
              QStringLiteral("addTestCase"), QStringLiteral("addCriterion"),
              QStringLiteral("saveRules")}},
            {MainWindow::Identification,
             {QStringLiteral("identifyScope"), QStringLiteral("identifyShow"),
              QStringLiteral("identify"), QStringLiteral("decide"), QStringLiteral("issueNotices"),
              QStringLiteral("recordNotification")}},
            {MainWindow::Deadlines,
             {QStringLiteral("changeReport"), QStringLiteral("assessmentReport"),
              QStringLiteral("operatorEvent"), QStringLiteral("followUpDone"),
              QStringLiteral("exportDeadlines"), QStringLiteral("deadlineKind"),
              QStringLiteral("deadlineStatus")}},
            {MainWindow::Inspections,
             {QStringLiteral("planInspection"), QStringLiteral("importInspections"),
              QStringLiteral("exportInspections"), QStringLiteral("mergeInspections"),
              QStringLiteral("inspectionNotice"), QStringLiteral("addFinding"),
              QStringLiteral("minimumGap")}},
            {MainWindow::Incidents,
             {QStringLiteral("newIncident"), QStringLiteral("gradeIncident"),
              QStringLiteral("recordIncidentReport"), QStringLiteral("issueIncidentReport"),
              QStringLiteral("closeIncident"), QStringLiteral("gradingCriteria")}},
            {MainWindow::Audit, {QStringLiteral("verifyAudit")}},
            {MainWindow::Settings,
             {QStringLiteral("importCalendar"), QStringLiteral("backUpNow"),
              QStringLiteral("restoreBackup")}},
        };
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void everyContentsPageLoadsWithItsTitle_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh");
    }

    void everyContentsPageLoadsWithItsTitle()
    {
        QFETCH(QString, language);
        Language::apply(language);
        HelpWindow help;
        help.show();
        QCOMPARE(help.contents()->count(), HelpCatalogue::pages().size());
        QSet<QString> titles;
        for (int row = 0; row < help.contents()->count(); ++row) {
            QListWidgetItem *item = help.contents()->item(row);
            const QString page = item->data(Qt::UserRole).toString();
            QVERIFY2(QFile::exists(QStringLiteral(":/help/%1/%2.html").arg(language, page)),
                     qPrintable(page));
            QTest::mouseClick(help.contents()->viewport(), Qt::LeftButton, {},
                              help.contents()->visualItemRect(item).center());
            QCOMPARE(help.currentPage(), page);
            QCOMPARE(help.browser()->source().path(),
                     QStringLiteral("/help/%1/%2.html").arg(language, page));
            QVERIFY2(!help.browser()->documentTitle().isEmpty(), qPrintable(page));
            QCOMPARE(item->text(), help.browser()->documentTitle());
            QVERIFY2(help.browser()->toPlainText().size() > 200, qPrintable(page));
            const double share = chineseShare(help.browser()->toPlainText());
            QVERIFY2(language == QLatin1String("zh") ? share > 0.2 : share < 0.05,
                     qPrintable(page + QStringLiteral(": ") + QString::number(share)));
            QCOMPARE(hasChinese(item->text()), language == QLatin1String("zh"));
            titles << item->text();
        }
        QCOMPARE(titles.size(), HelpCatalogue::pages().size()); // no two pages alike
    }

    void everyInternalLinkResolves_data() { everyContentsPageLoadsWithItsTitle_data(); }

    void everyInternalLinkResolves()
    {
        QFETCH(QString, language);
        int checked = 0;
        for (const QString &page : HelpCatalogue::pages()) {
            const QUrl base = HelpCatalogue::url(page, language);
            for (const QString &link : links(HelpCatalogue::html(page, language))) {
                const QUrl target = base.resolved(QUrl(link));
                // The program makes no network connections: the guide links only to itself.
                QVERIFY2(target.scheme() == QLatin1String("qrc"),
                         qPrintable(page + QStringLiteral(": ") + link));
                const QString targetPage = HelpCatalogue::pageOf(target);
                QVERIFY2(!targetPage.isEmpty(), qPrintable(page + QStringLiteral(": ") + link));
                QVERIFY2(target.path().startsWith(QStringLiteral("/help/%1/").arg(language)),
                         qPrintable(page + QStringLiteral(": ") + link));
                if (target.hasFragment())
                    QVERIFY2(anchors(HelpCatalogue::html(targetPage, language))
                                 .contains(target.fragment()),
                             qPrintable(page + QStringLiteral(": ") + link));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
    }

    void bothLanguagesHaveTheSameSections()
    {
        for (const QString &page : HelpCatalogue::pages()) {
            const QString en = HelpCatalogue::html(page, QStringLiteral("en"));
            const QString zh = HelpCatalogue::html(page, QStringLiteral("zh"));
            QCOMPARE(anchors(zh), anchors(en));
            QCOMPARE(links(zh), links(en));
        }
    }

    void clickingALinkFollowsItAndBackReturns()
    {
        HelpWindow help;
        help.show();
        help.showPage(QStringLiteral("identification"));
        // The explanation's link to the notices page.
        emit help.browser()->anchorClicked(QUrl(QStringLiteral("notices.html")));
        QCOMPARE(help.currentPage(), QStringLiteral("notices"));
        QCOMPARE(help.contents()->currentItem()->data(Qt::UserRole).toString(),
                 QStringLiteral("notices"));
        QVERIFY(help.backAction()->isEnabled());
        help.backAction()->trigger();
        QCOMPARE(help.currentPage(), QStringLiteral("identification"));
        QVERIFY(help.forwardAction()->isEnabled());
        help.forwardAction()->trigger();
        QCOMPARE(help.currentPage(), QStringLiteral("notices"));
    }

    void searchHidesPagesWithoutTheWords()
    {
        HelpWindow help;
        help.show();
        QTest::keyClicks(help.searchEdit(), QStringLiteral("Civil Code"));
        QStringList shown;
        for (int row = 0; row < help.contents()->count(); ++row)
            if (!help.contents()->item(row)->isHidden())
                shown << help.contents()->item(row)->data(Qt::UserRole).toString();
        QVERIFY(shown.contains(QStringLiteral("deadlines")));
        QVERIFY(!shown.contains(QStringLiteral("registry")));
        QVERIFY(shown.size() < HelpCatalogue::pages().size());
        // Enter goes to the next page that has the words.
        help.showPage(QStringLiteral("registry"));
        QTest::keyClick(help.searchEdit(), Qt::Key_Return);
        QVERIFY(shown.contains(help.currentPage()));
        QCOMPARE(help.browser()->textCursor().selectedText(), QStringLiteral("Civil Code"));
        help.searchEdit()->clear();
        for (int row = 0; row < help.contents()->count(); ++row)
            QVERIFY(!help.contents()->item(row)->isHidden());
    }

    void opensAtThePageOfTheCurrentArea_data()
    {
        QTest::addColumn<int>("area");
        QTest::addColumn<int>("registryTab");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("dashboard")
            << int(MainWindow::Dashboard) << 0 << QStringLiteral("getting-started") << QString();
        QTest::newRow("operators") << int(MainWindow::Registry) << 0 << QStringLiteral("registry")
                                   << QStringLiteral("operators");
        QTest::newRow("systems") << int(MainWindow::Registry) << 1 << QStringLiteral("registry")
                                 << QStringLiteral("systems");
        QTest::newRow("rules") << int(MainWindow::Rules) << 0 << QStringLiteral("rules")
                               << QString();
        QTest::newRow("identification") << int(MainWindow::Identification) << 0
                                        << QStringLiteral("identification") << QString();
        QTest::newRow("deadlines")
            << int(MainWindow::Deadlines) << 0 << QStringLiteral("deadlines") << QString();
        QTest::newRow("inspections")
            << int(MainWindow::Inspections) << 0 << QStringLiteral("inspections") << QString();
        QTest::newRow("incidents")
            << int(MainWindow::Incidents) << 0 << QStringLiteral("incidents") << QString();
        QTest::newRow("audit") << int(MainWindow::Audit) << 0 << QStringLiteral("audit-security")
                               << QString();
        QTest::newRow("settings") << int(MainWindow::Settings) << 0 << QStringLiteral("deadlines")
                                  << QStringLiteral("calendar");
    }

    void opensAtThePageOfTheCurrentArea()
    {
        QFETCH(int, area);
        QFETCH(int, registryTab);
        QFETCH(QString, page);
        QFETCH(QString, anchor);
        auto db = store();
        QVERIFY(db);
        MainWindow w(*db);
        w.show();
        w.showArea(MainWindow::Area(area));
        w.registryPage()->tabs()->setCurrentIndex(registryTab);
        QVERIFY(!w.helpWindow());
        auto *guide = w.findChild<QAction *>(QStringLiteral("userGuide"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guide->trigger();
        QVERIFY(w.helpWindow());
        QVERIFY(w.helpWindow()->isVisible());
        QCOMPARE(w.helpWindow()->currentPage(), page);
        QCOMPARE(w.helpWindow()->browser()->source().fragment(), anchor);
        // Another area, F1 again: the same window follows.
        w.showArea(MainWindow::Dashboard);
        guide->trigger();
        QCOMPARE(w.helpWindow()->currentPage(), QStringLiteral("getting-started"));
    }

    void helpMenuHasWhatsThisAndShortcuts()
    {
        auto db = store();
        QVERIFY(db);
        MainWindow w(*db);
        auto *whatsThis = w.findChild<QAction *>(QStringLiteral("whatsThis"));
        QVERIFY(whatsThis);
        QCOMPARE(whatsThis->shortcut(), QKeySequence(QKeySequence::WhatsThis));
        QVERIFY(!whatsThis->text().isEmpty());
        auto *shortcuts = w.findChild<QAction *>(QStringLiteral("keyboardShortcuts"));
        QVERIFY(shortcuts);
        shortcuts->trigger();
        QCOMPARE(w.helpWindow()->currentPage(), QStringLiteral("shortcuts"));
        QVERIFY(w.helpWindow()->browser()->toPlainText().contains(QStringLiteral("Ctrl+F")));
    }

    void languageSwitchChangesTheGuide()
    {
        auto db = store();
        QVERIFY(db);
        MainWindow w(*db);
        w.resize(1366, 768);
        w.show();
        w.showArea(MainWindow::Rules);
        w.findChild<QAction *>(QStringLiteral("userGuide"))->trigger();
        HelpWindow *help = w.helpWindow();
        QCOMPARE(help->currentPage(), QStringLiteral("rules"));
        const QString englishTitle = help->browser()->documentTitle();
        const QString englishContents = help->contents()->item(0)->text();
        saveScreen(w, help, QStringLiteral("help-rules-en"));

        w.switchLanguage(QStringLiteral("zh"));
        QApplication::processEvents();
        QCOMPARE(help->currentPage(), QStringLiteral("rules"));
        QCOMPARE(help->browser()->source().path(), QStringLiteral("/help/zh/rules.html"));
        QCOMPARE(help->browser()->documentTitle(),
                 HelpCatalogue::title(QStringLiteral("rules"), QStringLiteral("zh")));
        QVERIFY(help->browser()->documentTitle() != englishTitle);
        QVERIFY(hasChinese(help->browser()->documentTitle()));
        QVERIFY(help->contents()->item(0)->text() != englishContents);
        QVERIFY(hasChinese(help->contents()->item(0)->text()));
        QVERIFY(hasChinese(help->windowTitle()));
        // The old language's pages are not in the history.
        QVERIFY(!help->backAction()->isEnabled());
        saveScreen(w, help, QStringLiteral("help-rules-zh"));

        for (const QString &page : {QStringLiteral("deadlines"), QStringLiteral("incidents"),
                                    QStringLiteral("getting-started")}) {
            help->showPage(page);
            saveScreen(w, help, QStringLiteral("help-%1-zh").arg(page));
        }
        w.switchLanguage(QStringLiteral("en"));
        QApplication::processEvents();
        QCOMPARE(help->browser()->source().path(), QStringLiteral("/help/en/getting-started.html"));
        for (const QString &page : {QStringLiteral("deadlines"), QStringLiteral("incidents"),
                                    QStringLiteral("identification")}) {
            help->showPage(page);
            saveScreen(w, help, QStringLiteral("help-%1-en").arg(page));
        }
    }

    void mainControlsHaveTooltipsInBothLanguages()
    {
        auto db = store();
        QVERIFY(db);
        MainWindow w(*db);
        w.show();
        QHash<QString, QString> english;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh")}) {
            w.switchLanguage(language);
            QApplication::processEvents();
            for (const auto &[area, names] : mainControls()) {
                Page *page = w.page(area);
                for (const QString &name : names) {
                    auto *control = page->findChild<QWidget *>(name);
                    QVERIFY2(control, qPrintable(name));
                    const QString tip = control->toolTip();
                    QVERIFY2(!tip.isEmpty(), qPrintable(language + QLatin1Char(' ') + name));
                    if (language == QLatin1String("en"))
                        english.insert(name, tip);
                    else
                        QVERIFY2(hasChinese(tip) && tip != english.value(name),
                                 qPrintable(name + QStringLiteral(": ") + tip));
                }
                // Every list's filter box explains what it matches.
                const QList<QLineEdit *> filters =
                    page->findChildren<QLineEdit *>(QStringLiteral("filter"));
                for (QLineEdit *filter : filters) {
                    QVERIFY2(!filter->toolTip().isEmpty(),
                             qPrintable(language + QStringLiteral(" filter on area ") +
                                        QString::number(area)));
                    QCOMPARE(hasChinese(filter->toolTip()), language == QLatin1String("zh"));
                }
            }
            // The controls that do something irreversible or numbered say more on What's This.
            for (const char *name : {"fileRules", "identify", "issueNotices", "mergeInspections",
                                     "verifyAudit", "restoreBackup", "importSystems"}) {
                auto *control = w.findChild<QWidget *>(QString::fromLatin1(name));
                QVERIFY2(control && !control->whatsThis().isEmpty(), name);
            }
        }
    }

    void aboutNamesVersionLicenceAndRegulations_data()
    {
        everyContentsPageLoadsWithItsTitle_data();
    }

    void aboutNamesVersionLicenceAndRegulations()
    {
        QFETCH(QString, language);
        Language::apply(language);
        auto db = store();
        QVERIFY(db);
        MainWindow w(*db);
        w.resize(1366, 768);
        w.show();
        QString text;
        QTimer::singleShot(0, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("aboutBox"));
            text = box->text() + box->informativeText();
            saveScreen(w, box, QStringLiteral("about-%1").arg(language));
            box->accept();
        });
        w.findChild<QAction *>(QStringLiteral("about"))->trigger();
        QVERIFY(text.contains(QStringLiteral(CII_VERSION)));
        QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text.contains(QStringLiteral("745")));
        QVERIFY(text.contains(QStringLiteral("GB/T 9704-2012")));
        QVERIFY(text.contains(language == QLatin1String("zh") ? QStringLiteral("民法典")
                                                              : QStringLiteral("Civil Code")));
        QVERIFY(text.contains(db->location().toHtmlEscaped()));
        QCOMPARE(hasChinese(text), language == QLatin1String("zh"));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
