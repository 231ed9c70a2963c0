#include "cli/cliapplication.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <memory>
#include <optional>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    cii::cli::CliApplication cli;

    // Only a command that lays out a document (PDF, ODT) needs real fonts, hence a GUI
    // application; every other command runs on QCoreApplication and never loads a platform
    // plugin.
    std::optional<QTemporaryDir> runtimeDir; // outlives the application
    std::unique_ptr<QCoreApplication> app;
    if (cli.makesDocument(arguments)) {
        // The offscreen platform gives one without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // QGuiApplication looks into the XDG runtime directory (its Flatpak check) and warns
        // when there is none, as for root in a container or a cron job. The process needs no
        // runtime directory of its own, so it gets a private empty one (0700) that ends with it.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeDir.emplace(QDir::tempPath() + QStringLiteral("/cii-workbench-runtime-XXXXXX"));
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("cii-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CII_VERSION));
    return cli.run(QCoreApplication::arguments());
}
