#pragma once

#include "command.h"

namespace cii::cli {

// export operators|systems [--out FILE] [--encoding utf-8|utf-8-bom|gbk]
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
