#include "enforcementstepcommand.h"

#include "services/enforcementdocumentissuer.h"

namespace cii::cli {

QString EnforcementStepCommand::name() const
{
    return QStringLiteral("enforcement step");
}

QString EnforcementStepCommand::summary() const
{
    return tr("Take an enforcement case's next step (order, check, advance notice, decision, "
              "closed), with its numbered document; prints the step's id or the file.");
}

void EnforcementStepCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Enforcement case id."));
    p.addOption({QStringLiteral("to"), tr("order, check, advance-notice, decision or closed."),
                 QStringLiteral("STEP")});
    p.addOption({QStringLiteral("date"), tr("Day of the step, YYYY-MM-DD (default today)."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("rectify-by"), tr("order: the day to rectify by, YYYY-MM-DD."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("rectified"), tr("check: yes or no."), QStringLiteral("yes|no")});
    p.addOption({QStringLiteral("harm"),
                 tr("check: yes when harm to cybersecurity followed (Art. 39, 40)."),
                 QStringLiteral("yes|no"), QStringLiteral("no")});
    p.addOption({QStringLiteral("fine-operator"),
                 tr("advance-notice, decision: the operator's fine in yuan."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("fine-person"),
                 tr("advance-notice, decision: the fine of the person directly in charge in yuan."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("hearing"), tr("decision: held or none."),
                 QStringLiteral("held|none"), QStringLiteral("none")});
    p.addOption({QStringLiteral("hearing-date"), tr("decision: the day the hearing was held."),
                 QStringLiteral("D")});
    p.addOption({QStringLiteral("note"), tr("What else the step records (closing: the reason)."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("format"), tr("The document: pdf or odt."), QStringLiteral("F"),
                 QStringLiteral("pdf")});
    p.addOption({QStringLiteral("lang"), tr("The document: zh, en or bilingual."),
                 QStringLiteral("L"), QStringLiteral("zh")});
    p.addOption({QStringLiteral("out"),
                 tr("Folder to write the step's numbered document into (order, advance-notice, "
                    "decision); without it the step is recorded alone."),
                 QStringLiteral("DIR")});
}

namespace {

bool yesNo(CliContext &ctx, const QCommandLineParser &p, const QString &name, bool *out)
{
    const QString v = p.value(name);
    if (v == QLatin1String("yes") || v == QLatin1String("no")) {
        *out = v == QLatin1String("yes");
        return true;
    }
    ctx.usage(EnforcementStepCommand::tr("--%1 takes yes or no").arg(name));
    return false;
}

} // namespace

int EnforcementStepCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    EnforcementStep step;
    step.date = QDate::currentDate();
    const qint64 maxFine = std::numeric_limits<qint64>::max() / 2;
    if (!positionalId(ctx, p, &step.caseId) ||
        !dateOption(ctx, p, QStringLiteral("date"), &step.date, false) ||
        !dateOption(ctx, p, QStringLiteral("rectify-by"), &step.rectifyBy, false) ||
        !dateOption(ctx, p, QStringLiteral("hearing-date"), &step.hearingOn, false) ||
        !intOption(ctx, p, QStringLiteral("fine-operator"), &step.fineOperator, 0, maxFine) ||
        !intOption(ctx, p, QStringLiteral("fine-person"), &step.finePerson, 0, maxFine))
        return Usage;
    step.kind = p.value(QStringLiteral("to"));
    if (!EnforcementStep::kinds().contains(step.kind))
        return ctx.usage(
            tr("--to takes %1").arg(EnforcementStep::kinds().join(QStringLiteral(", "))));
    if (step.kind == QLatin1String("order") && !p.isSet(QStringLiteral("rectify-by")))
        return ctx.usage(tr("an order needs --rectify-by D"));
    if (step.kind == QLatin1String("check")) {
        if (!p.isSet(QStringLiteral("rectified")))
            return ctx.usage(tr("a check needs --rectified yes|no"));
        if (!yesNo(ctx, p, QStringLiteral("rectified"), &step.rectified) ||
            !yesNo(ctx, p, QStringLiteral("harm"), &step.harm))
            return Usage;
    }
    if ((step.kind == QLatin1String("advance-notice") || step.kind == QLatin1String("decision")) &&
        !p.isSet(QStringLiteral("fine-operator")))
        return ctx.usage(tr("%1 needs --fine-operator N").arg(step.kind));
    const QString hearing = p.value(QStringLiteral("hearing"));
    if (hearing != QLatin1String("held") && hearing != QLatin1String("none"))
        return ctx.usage(tr("--hearing takes held or none"));
    step.hearingHeld = hearing == QLatin1String("held");
    if (step.hearingHeld && !step.hearingOn.isValid())
        return ctx.usage(tr("--hearing held needs --hearing-date D"));
    step.note = p.value(QStringLiteral("note"));
    EnforcementDocumentRequest request;
    const bool withDocument = p.isSet(QStringLiteral("out"));
    if (withDocument) {
        if (!EnforcementDocumentIssuer::hasDocument(step.kind))
            return ctx.usage(tr("the step %1 has no document: leave out --out").arg(step.kind));
        if (!documentOptions(ctx, p, &request.format, &request.language))
            return Usage;
        request.outDir = p.value(QStringLiteral("out"));
    }
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<RecordedStep> recorded =
        EnforcementDocumentIssuer::record(*db, step, withDocument ? &request : nullptr);
    if (!recorded)
        return ctx.fail(recorded.error());
    if (!withDocument) {
        ctx.printCreated(recorded->stepId);
        return Ok;
    }
    if (ctx.json) {
        ctx.printJson({{QStringLiteral("id"), recorded->stepId},
                       {QStringLiteral("step"), step.kind},
                       {QStringLiteral("notice"), recorded->notice.id},
                       {QStringLiteral("number_text"), recorded->notice.numberText(true)},
                       {QStringLiteral("file"), recorded->path}});
        return Ok;
    }
    ctx.err() << tr("Step %1, document %2 → %3")
                     .arg(recorded->stepId)
                     .arg(recorded->notice.numberText(true), recorded->path)
              << Qt::endl;
    ctx.out() << recorded->path << Qt::endl;
    return Ok;
}

} // namespace cii::cli
