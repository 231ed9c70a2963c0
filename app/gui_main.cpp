#include "dialogs/storeopener.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "services/demogenerator.h"
#include "setup/firstrunassistant.h"
#include "storage/database.h"
#include "storage/documentfontrepository.h"
#include "storage/registryrepository.h"
#include "storage/storeaddress.h"
#include "uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral("CII Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Store to open: an SQLite file, or a shared store's address "
                                     "postgresql://USER@HOST:PORT/DB (the password from "
                                     "PGPASSFILE, or asked for)."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("lang"), QStringLiteral("Language: zh or en."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("demo"),
                      QStringLiteral("Fill an empty store with demonstration data first.")});
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("cii-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CII_VERSION));
}

// --help and --version are answered before QApplication exists: QApplication needs a display
// and aborts without one, and neither answer needs one. Returns when neither was asked for.
void answerHelpOrVersion(int argc, char *argv[])
{
    bool asked = false;
    for (int i = 1; i < argc && !asked; ++i) {
        const QByteArray a(argv[i]);
        asked = a == "--help" || a == "-h" || a == "--version" || a == "-v";
    }
    if (!asked)
        return;
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QCommandLineParser parser;
    addOptions(parser);
    // Qt's own options (-platform, -style …) are unknown here; they do not stop the answer.
    (void)parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // exits
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0); // exits
}

} // namespace

int main(int argc, char *argv[])
{
    answerHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("CII Workbench"));
    // Matches the window to its .desktop file (Wayland app id, taskbar grouping).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.ciiworkbench.CiiWorkbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cii-workbench.svg")));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    cii::UiSettings settings;
    QString language = parser.value(QStringLiteral("lang"));
    if (language.isEmpty())
        language = settings.language();
    if (language.isEmpty())
        language = cii::Language::systemDefault();
    cii::Language::apply(language);

    QString location = parser.value(QStringLiteral("db"));
    const bool remembered = location.isEmpty();
    if (location.isEmpty())
        location = settings.store();
    if (location.isEmpty())
        location = cii::Database::defaultLocation();
    cii::Database db;
    // A shared store asks for its password where PGPASSFILE has none (StoreOpener).
    cii::Status opened =
        cii::StoreOpener::open(db, location, cii::Database::OpenMode::CreateIfMissing, nullptr);
    if (!opened && remembered && cii::StoreAddress::isPostgres(location)) {
        // The shared store of the last run is out of reach (the server down, the network, a
        // password not given): say so and open this workstation's own store instead, from
        // which File ▸ Open shared store… connects again.
        QMessageBox::warning(
            nullptr, QObject::tr("CII Workbench"),
            QObject::tr("The shared store %1 cannot be opened: %2\n\nThis "
                        "workstation's own store is opened instead.")
                .arg(cii::StoreOpener::describe(location), opened.error().message));
        location = cii::Database::defaultLocation();
        opened = db.open(location, cii::Database::OpenMode::CreateIfMissing);
    }
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("CII Workbench"), opened.error().message);
        return 4;
    }
    if (db.isShared())
        settings.addRecentSharedStore(location);
    if (parser.isSet(QStringLiteral("demo"))) {
        cii::RegistryRepository repo(db);
        if (repo.countOperators().value() == 0) {
            const cii::Status s = cii::DemoGenerator::populateShowcase(db, 7);
            if (!s)
                QMessageBox::warning(nullptr, QObject::tr("CII Workbench"), s.error().message);
        }
    }

    // The window reads a page at a time: 32 MiB of page cache rather than the CLI's 64.
    (void)db.setCacheKiB(32 * 1024);
    cii::DocumentFontRepository(db).apply();
    cii::MainWindow window(db);
    window.show();
    // A new store: set up the department first (not again once closed).
    cii::FirstRunAssistant::offer(db, &window);
    return QApplication::exec();
}
