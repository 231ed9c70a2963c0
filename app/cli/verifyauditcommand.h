#pragma once

#include "command.h"

namespace cii::cli {

// verify-audit: checks the audit log's hash chain.
class VerifyAuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyAuditCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
