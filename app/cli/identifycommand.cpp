#include "identifycommand.h"

#include "caseprinter.h"
#include "domain/sector.h"
#include "services/identifier.h"
#include "storage/caserepository.h"

namespace cii::cli {

QString IdentifyCommand::name() const
{
    return QStringLiteral("identify");
}

QString IdentifyCommand::summary() const
{
    return tr("Identify systems under their sector's filed rules; prints the new case ids.");
}

void IdentifyCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("system"),
                 tr("A system to identify (id; repeat the option or separate ids with commas)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("sector"), tr("Every system of this sector (key)."),
                 QStringLiteral("KEY")});
    p.addOption({QStringLiteral("all"), tr("Every system of every sector with filed rules.")});
}

int IdentifyCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    IdentificationRequest request;
    const int chosen = int(p.isSet(QStringLiteral("system"))) +
                       int(p.isSet(QStringLiteral("sector"))) + int(p.isSet(QStringLiteral("all")));
    if (chosen != 1)
        return ctx.usage(tr("choose exactly one of --system ID…, --sector KEY or --all"));
    if (p.isSet(QStringLiteral("system"))) {
        request.kind = IdentificationRequest::Kind::Systems;
        if (!idList(ctx, p.values(QStringLiteral("system")), QStringLiteral("--system"),
                    &request.systemIds))
            return Usage;
    } else if (p.isSet(QStringLiteral("sector"))) {
        request.kind = IdentificationRequest::Kind::Sector;
        request.sector = p.value(QStringLiteral("sector"));
        if (!Sector::isKnown(request.sector))
            return ctx.usage(tr("unknown sector '%1'").arg(request.sector));
    }
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<IdentificationSummary> summary = Identifier::run(*db, request);
    if (!summary)
        return ctx.fail(summary.error());
    const IdentificationSummary &s = summary.value();
    if (!s.sectorsWithoutRules.isEmpty())
        ctx.err() << tr("Skipped sectors without filed rules: %1")
                         .arg(s.sectorsWithoutRules.join(QStringLiteral(", ")))
                  << Qt::endl;
    ctx.err() << tr("Run %1: %n case(s)", nullptr, int(s.cases)).arg(s.runId) << " — "
              << tr("CII %1, not CII %2, insufficient data %3")
                     .arg(s.cii)
                     .arg(s.notCii)
                     .arg(s.insufficient)
              << Qt::endl;
    CaseFilter filter;
    filter.runId = s.runId;
    return CasePrinter(ctx, *db).print(filter, ctx.json, CasePrinter::IdsOnly);
}

} // namespace cii::cli
