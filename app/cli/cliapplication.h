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

private:
    void printHelp(CliContext &ctx) const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace cii::cli
