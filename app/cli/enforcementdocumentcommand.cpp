#include "enforcementdocumentcommand.h"

#include "services/enforcementdocumentissuer.h"
#include "storage/enforcementrepository.h"

namespace cii::cli {

QString EnforcementDocumentCommand::name() const
{
    return QStringLiteral("enforcement document");
}

QString EnforcementDocumentCommand::summary() const
{
    return tr("Write the numbered document of a case's step (numbered the first time, reprinted "
              "after); prints the file.");
}

void EnforcementDocumentCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Enforcement case id."));
    p.addOption(
        {QStringLiteral("step"), tr("order, advance-notice or decision."), QStringLiteral("STEP")});
    p.addOption(
        {QStringLiteral("format"), tr("pdf or odt."), QStringLiteral("F"), QStringLiteral("pdf")});
    p.addOption({QStringLiteral("lang"), tr("zh, en or bilingual."), QStringLiteral("L"),
                 QStringLiteral("zh")});
    p.addOption(
        {QStringLiteral("out"), tr("Folder to write into (required)."), QStringLiteral("DIR")});
}

int EnforcementDocumentCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 caseId = 0;
    if (!positionalId(ctx, p, &caseId))
        return Usage;
    const QString kind = p.value(QStringLiteral("step"));
    if (!EnforcementDocumentIssuer::hasDocument(kind))
        return ctx.usage(tr("--step takes order, advance-notice or decision"));
    EnforcementDocumentRequest request;
    if (!documentOptions(ctx, p, &request.format, &request.language))
        return Usage;
    if (!p.isSet(QStringLiteral("out")))
        return ctx.usage(tr("--out DIR is required"));
    request.outDir = p.value(QStringLiteral("out"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<EnforcementCase> c = EnforcementRepository(*db).byId(caseId);
    if (!c)
        return ctx.fail(c.error());
    const EnforcementStep *step = c->last(kind);
    if (!step)
        return ctx.fail(Error::input(tr("case %1 has no step %2").arg(caseId).arg(kind)));
    Result<IssuedNotice> issued = EnforcementDocumentIssuer::issue(*db, step->id, request);
    if (!issued)
        return ctx.fail(issued.error());
    return printIssued(ctx, issued->notice, issued->path, tr("Document %1 → %2"),
                       tr("Document %1 (reprint) → %2"));
}

} // namespace cii::cli
