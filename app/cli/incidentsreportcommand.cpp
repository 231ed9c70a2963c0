#include "incidentsreportcommand.h"

#include "instantoption.h"
#include "services/incidentreportissuer.h"

namespace cii::cli {

QString IncidentsReportCommand::name() const
{
    return QStringLiteral("incidents report");
}

QString IncidentsReportCommand::summary() const
{
    return tr("Write an incident report (to the CAC and the MPS, follow-up, summary) as PDF or "
              "ODT, or record that it was sent, which closes its clock.");
}

void IncidentsReportCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Incident id."));
    p.addOption({QStringLiteral("to"),
                 tr("Which report: cac-mps (onward report, Art. 4), followup (Art. 7), summary "
                    "(Art. 8)."),
                 QStringLiteral("cac-mps|followup|summary")});
    p.addOption(
        {QStringLiteral("format"), tr("Document format: pdf or odt."), QStringLiteral("pdf|odt")});
    p.addOption({QStringLiteral("lang"), tr("Document language: zh, en or bilingual."),
                 QStringLiteral("L")});
    p.addOption(
        {QStringLiteral("out"), tr("Folder to write the document into."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("new"), tr("A follow-up's new information since the last report."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("sent"),
                 tr("Record instead that the report was sent at this time (closes its clock)."),
                 QStringLiteral("DT")});
    p.addOption(
        {QStringLiteral("party"), tr("To whom it was sent (with --sent)."), QStringLiteral("T")});
}

int IncidentsReportCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    const QString to = p.value(QStringLiteral("to"));
    if (!IncidentReportIssuer::kinds().contains(to))
        return ctx.usage(
            tr("--to takes %1").arg(IncidentReportIssuer::kinds().join(QStringLiteral(", "))));
    const bool sent = p.isSet(QStringLiteral("sent"));
    const bool document = p.isSet(QStringLiteral("format")) || p.isSet(QStringLiteral("out")) ||
                          p.isSet(QStringLiteral("lang"));
    if (sent == document)
        return ctx.usage(tr("give either --format pdf|odt --lang L --out DIR, or --sent DT"));
    if (sent) {
        QDateTime at;
        if (int rc = InstantOption::read(ctx, p, QStringLiteral("sent"), &at, true))
            return rc;
        Database *db = ctx.openStore();
        if (!db)
            return StorageError;
        Result<qint64> entry =
            IncidentReportIssuer::markSent(*db, id, to, at, p.value(QStringLiteral("party")));
        if (!entry)
            return ctx.fail(entry.error());
        ctx.printCreated(entry.value());
        return Ok;
    }
    DocumentFile::Format format;
    DocLanguage language;
    if (!documentOptions(ctx, p, &format, &language))
        return Usage;
    if (!p.isSet(QStringLiteral("out")))
        return ctx.usage(tr("--out DIR is required"));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<IssuedIncidentReport> issued =
        IncidentReportIssuer::issue(*db, id, to, format, language, p.value(QStringLiteral("out")),
                                    {}, p.value(QStringLiteral("new")));
    if (!issued)
        return ctx.fail(issued.error());
    if (ctx.json)
        ctx.printJson(
            {{QStringLiteral("id"), issued->timelineId}, {QStringLiteral("file"), issued->path}});
    else
        ctx.out() << issued->path << Qt::endl;
    return Ok;
}

} // namespace cii::cli
