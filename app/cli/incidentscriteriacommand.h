#pragma once

#include "command.h"

namespace cii::cli {

// incidents criteria  (the grading guide as the store holds it)
class IncidentsCriteriaCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IncidentsCriteriaCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
