#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace cii::cli {

// Splits the global options from the command line, picks the command and runs it.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    int run(const QStringList &arguments);
    // True when the command line runs a command that lays out a document, so that main()
    // creates a QGuiApplication for it and a QCoreApplication otherwise.
    bool makesDocument(const QStringList &arguments) const;

private:
    struct GlobalOptions
    {
        QString dbLocation;
        bool dbGiven = false; // otherwise the default store
        QString language;
        bool json = false;
        bool help = false;
        bool version = false;
        QString error;    // a usage error in the global options
        QStringList rest; // the command's words and its own arguments
    };
    static GlobalOptions parseGlobal(const QStringList &arguments);
    // The command named by the first one or two words of `rest`; `words` says how many.
    Command *find(const QStringList &rest, int *words) const;
    void printHelp(CliContext &ctx) const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace cii::cli
