#include "cli/cliapplication.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Documents (PDF, ODT) are laid out with real fonts, which needs a GUI application; the
    // offscreen platform gives one without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cii-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CII_VERSION));
    return cii::cli::CliApplication().run(QCoreApplication::arguments());
}
