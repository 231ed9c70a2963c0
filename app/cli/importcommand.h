#pragma once

#include "command.h"

namespace cii::cli {

// import operators|systems FILE [--encoding auto|utf-8|gbk]: all rows or none.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
