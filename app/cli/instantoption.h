#pragma once

#include "clicontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace cii::cli {

// A date-time option of the incident commands (ISO 8601 with minutes, an offset or China
// time: 2026-11-26T09:30+08:00), parsed by ChinaTime.
class InstantOption
{
    Q_DECLARE_TR_FUNCTIONS(InstantOption)

public:
    // Ok (0) with *out set (left invalid when the option is absent and not required); a usage
    // error when a required one is missing; input rejected (exit 3, nothing written) when the
    // value is not a real date and time. The message is printed.
    static int read(CliContext &ctx, const QCommandLineParser &p, const QString &name,
                    QDateTime *out, bool required);
};

} // namespace cii::cli
