#include "instantoption.h"

#include "domain/chinatime.h"

namespace cii::cli {

int InstantOption::read(CliContext &ctx, const QCommandLineParser &p, const QString &name,
                        QDateTime *out, bool required)
{
    *out = QDateTime();
    if (!p.isSet(name)) {
        if (required)
            return ctx.usage(
                tr("--%1 is required (a date and time like 2026-11-26T09:30+08:00)").arg(name));
        return Ok;
    }
    QString why;
    const QDateTime parsed = ChinaTime::parse(p.value(name), &why);
    if (!parsed.isValid())
        return ctx.fail(Error::input(QStringLiteral("--%1: %2").arg(name, why)));
    *out = parsed;
    return Ok;
}

} // namespace cii::cli
