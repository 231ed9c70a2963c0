#pragma once

#include "command.h"

namespace cii::cli {

// notice record CASE --to operator|mps --date D
class NoticeRecordCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRecordCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser &parser) const override;
    int run(CliContext &ctx, const QCommandLineParser &parser) override;
};

} // namespace cii::cli
