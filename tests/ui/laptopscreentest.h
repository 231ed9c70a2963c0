#pragma once

#include <QApplication>
#include <QByteArray>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The main() of a widget test that must see the smallest supported screen: a 1366×768 screen
// for the offscreen platform (its default is 800×600) and settings of the test's own, so no
// saved window geometry is restored. Use instead of QTEST_MAIN.
#define CII_LAPTOP_SCREEN_TEST_MAIN(TestClass)                                                     \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QTemporaryDir home;                                                                        \
        const QString config = home.filePath(QStringLiteral("screen.json"));                       \
        QFile file(config);                                                                        \
        if (!file.open(QIODevice::WriteOnly))                                                      \
            return 2;                                                                              \
        file.write(R"({"screens":[{"name":"laptop","x":0,"y":0,"width":1366,"height":768,)"        \
                   R"("logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})");                           \
        file.close();                                                                              \
        qputenv("QT_QPA_PLATFORM",                                                                 \
                QByteArrayLiteral("offscreen:configfile=") + config.toLocal8Bit());                \
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());         \
        QStandardPaths::setTestModeEnabled(true);                                                  \
        QApplication app(argc, argv);                                                              \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
