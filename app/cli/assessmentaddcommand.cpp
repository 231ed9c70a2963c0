#include "assessmentaddcommand.h"

#include "storage/deadlinerepository.h"

namespace cii::cli {

QString AssessmentAddCommand::name() const
{
    return QStringLiteral("assessment add");
}

QString AssessmentAddCommand::summary() const
{
    return tr("Record a system's annual risk-assessment report (Art. 17); prints its id.");
}

void AssessmentAddCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("system"), tr("System id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("year"), tr("The year assessed."), QStringLiteral("Y")});
    p.addOption({QStringLiteral("received"), tr("Day the report was received, YYYY-MM-DD."),
                 QStringLiteral("D")});
    p.addOption(
        {QStringLiteral("findings"), tr("Number of findings (default 0)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("rectification"), tr("Summary of the rectification."),
                 QStringLiteral("T")});
}

int AssessmentAddCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    AssessmentReport a;
    qint64 year = 0, findings = 0;
    if (!intOption(ctx, p, QStringLiteral("system"), &a.systemId, 1,
                   std::numeric_limits<qint64>::max()) ||
        !intOption(ctx, p, QStringLiteral("year"), &year, 2000, 2200) ||
        !intOption(ctx, p, QStringLiteral("findings"), &findings, 0, 100000) ||
        !dateOption(ctx, p, QStringLiteral("received"), &a.received, true))
        return Usage;
    if (!a.systemId || !year)
        return ctx.usage(tr("--system, --year and --received are required"));
    a.year = int(year);
    a.findings = int(findings);
    a.rectification = p.value(QStringLiteral("rectification"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<qint64> id = DeadlineRepository(*db).addAssessment(a);
    if (!id)
        return ctx.fail(id.error());
    ctx.printCreated(id.value());
    return Ok;
}

} // namespace cii::cli
