// Screenshots of every page of the main window, in English and in Chinese, at 1366x768:
//
//   screenshot_tour STORE OUTDIR      writes OUTDIR/<area>-<lang>.png
//
// Run it under the offscreen platform (QT_QPA_PLATFORM=offscreen). A STORE that does not exist
// is made first with the showcase `cii-workbench --demo` fills in (rules filed, cases run and
// some decided, inspections); the tour opens a copy of it, so it changes nothing (and the
// window shows no read-only banner).
// Each page is grabbed once it has finished loading: the images show the rows a user sees.
#include "i18n/language.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "pages/page.h"
#include "pages/registrypage.h"
#include "services/demogenerator.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

using namespace cii;

namespace {

const char *const AreaNames[] = {"dashboard",   "registry",    "rules",     "identification",
                                 "deadlines",   "inspections", "incidents", "compliance",
                                 "enforcement", "audit",       "settings"};
static_assert(std::size(AreaNames) == MainWindow::AreaCount, "one name per area");

// Lets queued work (background readers, the due list, charts) finish, up to ten seconds.
void settle(MainWindow &window)
{
    QElapsedTimer clock;
    clock.start();
    do
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    while (window.isLoading() && clock.elapsed() < 10000);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(MainWindow &window, const QDir &out, const QString &name)
{
    settle(window);
    const QString file = out.filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(file)) {
        std::fprintf(stderr, "screenshot_tour: cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cii-workbench-tour"));
    if (argc != 3) {
        std::fputs("usage: screenshot_tour STORE OUTDIR\n", stderr);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "screenshot_tour: cannot create %s\n", argv[2]);
        return 4;
    }
    const QString store = QString::fromLocal8Bit(argv[1]);
    if (!QFileInfo::exists(store)) {
        Database fresh;
        Status made = fresh.open(store, Database::OpenMode::CreateIfMissing);
        if (made)
            made = DemoGenerator::populateShowcase(fresh, 7);
        if (!made) {
            std::fprintf(stderr, "screenshot_tour: %s\n", qPrintable(made.error().message));
            return 4;
        }
    }
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("tour.sqlite"));
    if (!scratch.isValid() || !QFile::copy(store, copy)) {
        std::fprintf(stderr, "screenshot_tour: cannot copy %s\n", qPrintable(store));
        return 4;
    }
    Database db;
    if (const Status s = db.open(copy, Database::OpenMode::MustExist); !s) {
        std::fprintf(stderr, "screenshot_tour: %s\n", qPrintable(s.error().message));
        return 4;
    }
    bool ok = true;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
        Language::apply(lang);
        MainWindow window(db);
        window.resize(1366, 768);
        window.show();
        for (int a = 0; a < MainWindow::AreaCount; ++a) {
            window.showArea(MainWindow::Area(a));
            const QString name = QString::fromLatin1(AreaNames[a]) + QLatin1Char('-') + lang;
            if (a != MainWindow::Registry) {
                ok = save(window, out, name) && ok;
                continue;
            }
            QTabWidget *tabs = window.registryPage()->tabs();
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                ok = save(window, out, name + QStringLiteral("-tab%1").arg(t + 1)) && ok;
            }
        }
    }
    return ok ? 0 : 4;
}
