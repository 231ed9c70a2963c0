#include "i18n/language.h"
#include "mainwindow.h"
#include "services/demogenerator.h"
#include "setup/firstrunassistant.h"
#include "storage/database.h"
#include "storage/documentfontrepository.h"
#include "storage/registryrepository.h"
#include "uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cii-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("CII Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(CII_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cii-workbench.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CII Workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Store to open (SQLite file)."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("lang"), QStringLiteral("Language: zh or en."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("demo"),
                      QStringLiteral("Fill an empty store with demonstration data first.")});
    parser.process(app);

    cii::UiSettings settings;
    QString language = parser.value(QStringLiteral("lang"));
    if (language.isEmpty())
        language = settings.language();
    if (language.isEmpty())
        language = cii::Language::systemDefault();
    cii::Language::apply(language);

    QString location = parser.value(QStringLiteral("db"));
    if (location.isEmpty())
        location = settings.store();
    if (location.isEmpty())
        location = cii::Database::defaultLocation();
    cii::Database db;
    if (const cii::Status s = db.open(location, cii::Database::OpenMode::CreateIfMissing); !s) {
        QMessageBox::critical(nullptr, QObject::tr("CII Workbench"), s.error().message);
        return 4;
    }
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
