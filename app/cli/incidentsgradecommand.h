#pragma once

#include "command.h"

namespace cii::cli {

// incidents grade ID (--facts FILE.json | --set G --reason T)
class IncidentsGradeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsGradeCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
