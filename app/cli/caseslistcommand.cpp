#include "caseslistcommand.h"

#include "caseprinter.h"
#include "domain/identificationcase.h"

namespace cii::cli {

QString CasesListCommand::name() const
{
    return QStringLiteral("cases list");
}

QString CasesListCommand::summary() const
{
    return tr("List identification cases.");
}

void CasesListCommand::configure(QCommandLineParser &p) const
{
    p.addOption(
        {QStringLiteral("system"), tr("Only this system's cases (id)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("status"),
                 tr("Only cases with this status: evaluated, decided or "
                    "notified."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("sector"), tr("Only this sector (key)."), QStringLiteral("KEY")});
    p.addOption({QStringLiteral("latest"), tr("Only each system's newest case.")});
}

int CasesListCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    CaseFilter filter;
    if (!intOption(ctx, p, QStringLiteral("system"), &filter.systemId, 1,
                   std::numeric_limits<qint64>::max()))
        return Usage;
    filter.status = p.value(QStringLiteral("status"));
    if (!filter.status.isEmpty() && !IdentificationCase::statuses().contains(filter.status))
        return ctx.usage(tr("--status takes evaluated, decided or notified"));
    filter.sector = p.value(QStringLiteral("sector"));
    filter.latestOnly = p.isSet(QStringLiteral("latest"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    return CasePrinter(ctx, *db).print(filter, false, CasePrinter::Table);
}

} // namespace cii::cli
