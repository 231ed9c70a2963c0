#include "complianceperiodcommand.h"

#include "domain/complianceduty.h"
#include "storage/compliancerepository.h"

namespace cii::cli {

QString CompliancePeriodCommand::name() const
{
    return QStringLiteral("compliance period");
}

QString CompliancePeriodCommand::summary() const
{
    return tr("Set the department's renewal period of a background check or drill (months, 0 "
              "for none): a target, not a legal deadline.");
}

void CompliancePeriodCommand::configure(QCommandLineParser &p) const
{
    QStringList renewed;
    for (const ComplianceDuty &d : ComplianceDuty::all())
        if (d.takesPeriod())
            renewed << d.key;
    p.addPositionalArgument(QStringLiteral("KEY"),
                            tr("The duty: %1.").arg(renewed.join(QStringLiteral(", "))));
    p.addPositionalArgument(QStringLiteral("MONTHS"), tr("Months, 0 to 240 (0: no period)."));
}

int CompliancePeriodCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    bool number = false;
    const int months = args.value(1).toInt(&number);
    if (args.size() != 2 || !number)
        return ctx.usage(tr("give KEY MONTHS"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    if (Status s = ComplianceRepository(*db).savePeriod(args.at(0), months); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson({{QStringLiteral("duty"), args.at(0)}, {QStringLiteral("months"), months}});
    return Ok;
}

} // namespace cii::cli
