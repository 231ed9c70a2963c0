#pragma once

#include "command.h"

namespace cii::cli {

// migrate-store --from URL --to URL
class MigrateStoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MigrateStoreCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
