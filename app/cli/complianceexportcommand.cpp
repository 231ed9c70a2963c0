#include "complianceexportcommand.h"

#include "io/compliancetransfer.h"
#include "storage/compliancerepository.h"

namespace cii::cli {

QString ComplianceExportCommand::name() const
{
    return QStringLiteral("compliance export");
}

QString ComplianceExportCommand::summary() const
{
    return tr("Write the compliance evidence in force as CSV (what compliance import reads).");
}

void ComplianceExportCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("out"), tr("File to write (default: standard output)."),
                 QStringLiteral("FILE")});
}

int ComplianceExportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<ComplianceFact>> facts = ComplianceRepository(*db).inForce();
    if (!facts)
        return ctx.fail(facts.error());
    return writeExport(
        ctx, p, *db,
        {QStringLiteral("compliance"), QStringLiteral("csv"), {}, int(facts.value().size())},
        ComplianceTransfer::toCsv(facts.value(), AuditedExport::classification(*db)));
}

} // namespace cii::cli
