#pragma once

#include "command.h"

namespace cii::cli {

// departments set KEY [--name-zh T] [--name-en T] [--doc-prefix T]
class DepartmentsSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentsSetCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
