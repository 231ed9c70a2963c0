#include "compliancesetcommand.h"

#include "domain/complianceduty.h"
#include "storage/compliancerepository.h"

namespace cii::cli {

QString ComplianceSetCommand::name() const
{
    return QStringLiteral("compliance set");
}

QString ComplianceSetCommand::summary() const
{
    return tr("Record evidence of an operator's duty (Art. 13–16, 19, 20); prints its id.");
}

void ComplianceSetCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("OPERATOR"), tr("Operator id or unified social "
                                                           "credit code."));
    QStringList keys;
    for (const ComplianceDuty &d : ComplianceDuty::all())
        if (d.isRecorded())
            keys << QStringLiteral("%1 (%2, %3)")
                        .arg(d.key, d.article, ComplianceDuty::valueName(d.value));
    p.addPositionalArgument(QStringLiteral("KEY"),
                            tr("The duty: %1.").arg(keys.join(QStringLiteral("; "))));
    p.addPositionalArgument(QStringLiteral("VALUE"), tr("What the evidence shows."));
    p.addOption({QStringLiteral("date"), tr("Date of the evidence, YYYY-MM-DD (default today)."),
                 QStringLiteral("D")});
}

int ComplianceSetCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 3)
        return ctx.usage(tr("give OPERATOR KEY VALUE"));
    ComplianceFact f;
    f.evidenceDate = QDate::currentDate();
    if (!dateOption(ctx, p, QStringLiteral("date"), &f.evidenceDate, false))
        return Usage;
    f.duty = args.at(1);
    f.value = args.at(2);
    Database *db = ctx.openStore(Database::OpenMode::MustExist);
    if (!db)
        return StorageError;
    ComplianceRepository repo(*db);
    Result<qint64> op = repo.findOperator(args.at(0));
    if (!op)
        return ctx.fail(op.error());
    f.operatorId = op.value();
    Result<qint64> id = repo.record(f);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
