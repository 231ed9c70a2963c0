#include "cli/cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cii-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CII_VERSION));
    return cii::cli::CliApplication().run(QCoreApplication::arguments());
}
