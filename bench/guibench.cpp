// Benchmark of the GUI at 100,000 systems (issue 12, "Benchmarks"). Run by bench/run.sh.
//
//   bench_gui bare          a bare QMainWindow program (a table with an empty model, a menu
//                           bar, a status bar) at 1366x768: the cold-start baseline.
//   bench_gui app STORE     what app/gui_main.cpp does with STORE, window at 1366x768.
//   bench_gui visit STORE   starts like app, then times switching to every area, the systems
//                           filter, sorting the systems by name, and the dashboard refresh
//                           after an indicator edit; ends with the peak resident size.
//
// bare and app exit as soon as the window is usable: the current page has painted, is not
// loading, and a zero-timer has run after that (the event loop takes input). They exit without
// tearing down, so the wall time run.sh takes is spawn -> usable window. Every figure is one
// line "measure: value unit" on stdout, for run.sh to parse; progress goes to stderr.
#include "i18n/language.h"
#include "mainwindow.h"
#include "models/systemtablemodel.h"
#include "pages/dashboardpage.h"
#include "pages/page.h"
#include "pages/registrypage.h"
#include "pages/systemspage.h"
#include "paintwatcher.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "uisettings.h"
#include "widgets/filterabletable.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using namespace cii;

namespace {

const char *const AreaNames[] = {"Dashboard",   "Registry",    "Rules",     "Identification",
                                 "Deadlines",   "Inspections", "Incidents", "Compliance",
                                 "Enforcement", "Audit",       "Settings"};
static_assert(std::size(AreaNames) == MainWindow::AreaCount, "one name per area");

constexpr int TimeoutMs = 30000;
constexpr QSize WindowSize(1366, 768);

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}

// Waits until what `watcher` watches has painted and `page` (if any) is not loading, then
// lets one zero-timer run. Returns the milliseconds on `clock` at that point, or -1 after
// `timeoutMs`.
double waitUntilUsable(PaintWatcher &watcher, Page *page, const QElapsedTimer &clock,
                       int timeoutMs = TimeoutMs)
{
    QEventLoop loop;
    bool armed = false;
    bool timedOut = false;
    auto check = [&] {
        if (armed || !watcher.hasPainted() || (page && page->isLoading()))
            return;
        armed = true;
        // Posted events (a repaint asked for when loading finished) are delivered before
        // this timer fires.
        QTimer::singleShot(0, &loop, [&] { loop.quit(); });
    };
    QObject::connect(&watcher, &PaintWatcher::painted, &loop, check);
    if (page)
        QObject::connect(page, &Page::loadingFinished, &loop, check);
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    check();
    loop.exec();
    return timedOut ? -1 : double(clock.nsecsElapsed()) / 1e6;
}

// Waits, up to the timeout, until `page` is no longer loading. False on a timeout.
bool waitUntilLoaded(Page *page, int timeoutMs = TimeoutMs)
{
    if (!page->isLoading())
        return true;
    QEventLoop loop;
    bool timedOut = false;
    QObject::connect(page, &Page::loadingFinished, &loop, [&] {
        if (!page->isLoading())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    return !timedOut;
}

// Lets queued work (repaints after a change) happen outside the timed section.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
}

[[noreturn]] void quit(int code)
{
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(code);
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

void setApplicationNames()
{
    QApplication::setApplicationName(QStringLiteral("cii-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("CII Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CII_VERSION));
}

int runBare(const QElapsedTimer &clock)
{
    PaintWatcher watcher;
    QMainWindow window;
    auto *view = new QTableView(&window);
    auto *model = new QStandardItemModel(0, SystemTableModel::ColumnCount, &window);
    view->setModel(model);
    window.setCentralWidget(view);
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Quit"), qApp, &QCoreApplication::quit);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    watcher.watch(&window);
    window.resize(WindowSize);
    window.show();
    const double ready = waitUntilUsable(watcher, nullptr, clock);
    print(ready < 0 ? QStringLiteral("ready: timeout after %1 ms").arg(TimeoutMs)
                    : QStringLiteral("ready: ") + ms(ready));
    print(QStringLiteral("peak rss: %1 MB").arg(peakRssMb(), 0, 'f', 1));
    quit(ready < 0 ? 1 : 0);
}

// The page of the area on screen.
Page *currentPage(const MainWindow &window)
{
    const int row = window.navigation()->currentRow();
    return window.page(MainWindow::Area(qBound(0, row, MainWindow::AreaCount - 1)));
}

// Switches to `area` (and to `tab` of the registry if given) and prints how long until the
// page is usable. Returns the milliseconds, or -1 on a timeout.
double timeSwitch(MainWindow &window, PaintWatcher &watcher, MainWindow::Area area,
                  const QString &label, QWidget *tab = nullptr)
{
    Page *page = window.page(area);
    Page *target = tab ? qobject_cast<Page *>(tab) : page;
    if (!target)
        target = page;
    watcher.watch(tab ? tab : page);
    QElapsedTimer t;
    t.start();
    if (tab)
        window.registryPage()->tabs()->setCurrentWidget(tab);
    window.showArea(area);
    const double elapsed = waitUntilUsable(watcher, target, t);
    print(elapsed < 0
              ? QStringLiteral("switch to %1: timeout after %2 ms").arg(label).arg(TimeoutMs)
              : QStringLiteral("switch to %1: ").arg(label) + ms(elapsed));
    return elapsed;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// A system id that exists, near `wanted` (ids are dense in a demo store, but be tolerant).
Result<SystemInfo> systemNear(const RegistryRepository &repo, qint64 wanted)
{
    Result<SystemInfo> found = repo.systemById(wanted);
    for (qint64 id = wanted + 1; !found && id < wanted + 1000; ++id)
        found = repo.systemById(id);
    return found;
}

// The filter texts: typing an operator's USCC, a Chinese fragment of a system name and a
// Latin one, each a keystroke at a time, clearing in between; 20 in all.
QStringList filterTexts(const RegistryRepository &repo, qint64 systems)
{
    QString uscc = QStringLiteral("91");
    QString chinese = QStringLiteral("数据");
    QString latin = QStringLiteral("SCADA");
    if (Result<SystemInfo> sys = systemNear(repo, std::max<qint64>(1, systems / 3))) {
        if (Result<OperatorInfo> op = repo.operatorById(sys.value().operatorId))
            uscc = op.value().uscc;
        // Four characters from the middle of the name: past the city, before the suffix.
        const QString name = sys.value().name;
        if (name.size() >= 8)
            chinese = name.mid(2, 4);
    }
    // A Latin run of at least three letters in some system's name (SCADA, APP, OA…).
    const QRegularExpression latinRun(QStringLiteral("[A-Za-z]{3,}"));
    for (qint64 id = 1; id <= std::min<qint64>(systems, 3000); id += 7) {
        Result<SystemInfo> sys = repo.systemById(id);
        if (!sys)
            continue;
        if (const QRegularExpressionMatch m = latinRun.match(sys.value().name); m.hasMatch()) {
            latin = m.captured(0).left(5);
            break;
        }
    }
    QStringList texts;
    for (int n = 2; n <= 8 && n <= uscc.size(); ++n)
        texts << uscc.left(n);
    texts << uscc << QString();
    for (int n = 1; n <= chinese.size(); ++n)
        texts << chinese.left(n);
    texts << QString();
    for (int n = 1; n <= latin.size(); ++n)
        texts << latin.left(n);
    while (texts.size() < 19)
        texts << latin.left(texts.size() % latin.size() + 1);
    texts << QString();
    return texts.mid(0, 20);
}

void timeFilter(SystemsPage *systems, const RegistryRepository &repo)
{
    FilterableTable *table = systems->table();
    QLineEdit *edit = table->filterEdit();
    QAbstractItemModel *model = table->view()->model();
    const qint64 count = repo.countSystems().value();
    QVector<double> times;
    int i = 0;
    for (const QString &text : filterTexts(repo, count)) {
        ++i;
        QElapsedTimer t;
        t.start();
        edit->setText(text);
        const bool loaded = waitUntilLoaded(systems);
        const int rows = model->rowCount();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (!loaded) {
            print(QStringLiteral("filter %1 \"%2\": timeout after %3 ms")
                      .arg(i)
                      .arg(text)
                      .arg(TimeoutMs));
            continue;
        }
        times << elapsed;
        print(QStringLiteral("filter %1 \"%2\": %3, %4 rows")
                  .arg(i)
                  .arg(text, ms(elapsed))
                  .arg(rows));
        settle();
    }
    print(QStringLiteral("filter median: ") + ms(median(times)));
    print(QStringLiteral("filter worst: ") +
          ms(times.isEmpty() ? -1 : *std::max_element(times.begin(), times.end())));
}

void timeSort(SystemsPage *systems)
{
    QTableView *view = systems->table()->view();
    const int column = view->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = view->horizontalHeader()->sortIndicatorOrder();
    double worst = 0;
    auto sortBy = [&](int c, Qt::SortOrder o, const QString &label) {
        QElapsedTimer t;
        t.start();
        view->sortByColumn(c, o);
        const bool loaded = waitUntilLoaded(systems);
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (!loaded) {
            print(QStringLiteral("%1: timeout after %2 ms").arg(label).arg(TimeoutMs));
            worst = TimeoutMs;
        } else {
            print(label + QStringLiteral(": ") + ms(elapsed));
            worst = std::max(worst, elapsed);
        }
        settle();
    };
    sortBy(SystemTableModel::Name, Qt::AscendingOrder, QStringLiteral("sort by name"));
    sortBy(column, order, QStringLiteral("sort back"));
    print(QStringLiteral("sort worst: ") + ms(worst));
}

void timeDashboardRefresh(MainWindow &window, Database &db)
{
    RegistryRepository repo(db);
    const qint64 count = repo.countSystems().value();
    // A system with a reported value: write it again as reported today (an edit the
    // dashboard's figures depend on: values, and what is due).
    for (qint64 id = std::max<qint64>(1, count / 2), tries = 0; tries < 200; ++id, ++tries) {
        Result<QVector<IndicatorValue>> values = repo.indicatorValues(id);
        if (!values || values.value().isEmpty())
            continue;
        const IndicatorValue v = values.value().constFirst();
        QElapsedTimer w;
        w.start();
        const Status s = repo.setIndicatorValue(id, v.key, v.value, QDate::currentDate());
        if (!s) {
            print(QStringLiteral("dashboard refresh: skipped, the indicator write failed: ") +
                  s.error().message);
            return;
        }
        print(QStringLiteral("indicator write: ") + ms(double(w.nsecsElapsed()) / 1e6));
        DashboardPage *dashboard = window.dashboardPage();
        QElapsedTimer t;
        t.start();
        // What the systems page says after an edit in place; the dashboard is on screen.
        emit window.registryPage()->indicatorValuesChanged();
        const bool loaded = waitUntilLoaded(dashboard);
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        print(loaded ? QStringLiteral("dashboard refresh: ") + ms(elapsed)
                     : QStringLiteral("dashboard refresh: timeout after %1 ms").arg(TimeoutMs));
        settle();
        return;
    }
    print(QStringLiteral("dashboard refresh: skipped, no system with an indicator value"));
}

int runApp(const QString &store, bool visit, const QElapsedTimer &clock)
{
    setApplicationNames();
    PaintWatcher watcher;
    // As app/gui_main.cpp: the saved language, else the system's.
    UiSettings settings;
    QString language = settings.language();
    if (language.isEmpty())
        language = Language::systemDefault();
    Language::apply(language);

    Database db;
    if (const Status s = db.open(store, Database::OpenMode::MustExist); !s) {
        std::fprintf(stderr, "bench_gui: %s\n", qPrintable(s.error().message));
        return 4;
    }
    (void)db.setCacheKiB(32 * 1024); // as app/gui_main.cpp
    MainWindow window(db);
    window.resize(WindowSize);
    Page *first = currentPage(window);
    watcher.watch(first);
    window.show();
    const double ready = waitUntilUsable(watcher, first, clock);
    const int firstArea = window.navigation()->currentRow();
    print(ready < 0 ? QStringLiteral("ready: timeout after %1 ms").arg(TimeoutMs)
                    : QStringLiteral("ready: ") + ms(ready));
    print(QStringLiteral("first area: %1")
              .arg(QLatin1String(AreaNames[qBound(0, firstArea, MainWindow::AreaCount - 1)])));
    if (!visit) {
        print(QStringLiteral("peak rss: %1 MB").arg(peakRssMb(), 0, 'f', 1));
        quit(ready < 0 ? 1 : 0);
    }

    // What the start left running in the background (the dashboard's charts, the due list
    // behind the reminder) finishes first: the switches below measure the switch, not two
    // cores shared with the start's work. When that was done is printed too.
    {
        QElapsedTimer settling;
        settling.start();
        while (window.isLoading() && settling.elapsed() < TimeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        print(QStringLiteral("start settled (charts counted, due list in): ") +
              ms(double(clock.nsecsElapsed()) / 1e6));
    }

    // Every other area, the systems tab, and back to where it started.
    QVector<MainWindow::Area> order;
    for (int a = 0; a < MainWindow::AreaCount; ++a)
        if (a != firstArea)
            order << MainWindow::Area(a);
    order << MainWindow::Area(qBound(0, firstArea, MainWindow::AreaCount - 1));
    SystemsPage *systems = window.registryPage()->systemsPage();
    for (MainWindow::Area area : order) {
        timeSwitch(window, watcher, area, QLatin1String(AreaNames[area]));
        if (area == MainWindow::Registry)
            timeSwitch(window, watcher, area, QStringLiteral("Registry/Systems"), systems);
    }

    RegistryRepository repo(db);
    timeSwitch(window, watcher, MainWindow::Registry, QStringLiteral("Registry/Systems again"),
               systems);
    timeFilter(systems, repo);
    timeSort(systems);
    timeSwitch(window, watcher, MainWindow::Dashboard, QStringLiteral("Dashboard again"));
    timeDashboardRefresh(window, db);
    print(QStringLiteral("peak rss: %1 MB").arg(peakRssMb(), 0, 'f', 1));
    quit(0);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("version")) {
        print(QStringLiteral("qt: ") + QLatin1String(qVersion()));
        return 0;
    }
    if (mode != QLatin1String("bare") &&
        !((mode == QLatin1String("app") || mode == QLatin1String("visit")) && argc > 2)) {
        std::fputs("usage: bench_gui bare | app STORE | visit STORE | version\n", stderr);
        return 2;
    }
    QApplication app(argc, argv);
    if (mode == QLatin1String("bare"))
        return runBare(clock);
    return runApp(QString::fromLocal8Bit(argv[2]), mode == QLatin1String("visit"), clock);
}
