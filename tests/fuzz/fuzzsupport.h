#pragma once

// Shared by the libFuzzer targets: a QCoreApplication (Qt SQL finds its drivers through it),
// and a check that turns a broken property into a crash libFuzzer records with its input.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace cii::fuzz {

inline void startApplication(int *argc, char ***argv)
{
    // libFuzzer's own arguments must not reach Qt's parser; Qt keeps a reference to argc.
    static int qtArgc = 1;
    static char *qtArgv[] = {(*argv)[0], nullptr};
    (void)argc;
    static std::unique_ptr<QCoreApplication> app(new QCoreApplication(qtArgc, qtArgv));
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A property every input must keep; a broken one aborts so libFuzzer saves the input.
inline void check(bool condition, const char *what, const QString &detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace cii::fuzz
