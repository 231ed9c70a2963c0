#include "passwordprompt.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace cii::cli {

bool PasswordPrompt::available()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO);
#else
    return false;
#endif
}

QString PasswordPrompt::ask(const QString &question)
{
#ifdef Q_OS_UNIX
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios before{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.push_back(char(c));
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &before);
    std::fputc('\n', stderr);
    const QString typed = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return typed;
#else
    Q_UNUSED(question);
    return {};
#endif
}

} // namespace cii::cli
