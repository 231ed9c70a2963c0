#include "incidentsnarrativecommand.h"

#include "storage/incidentrepository.h"

namespace cii::cli {

QString IncidentsNarrativeCommand::name() const
{
    return QStringLiteral("incidents narrative");
}

QString IncidentsNarrativeCommand::summary() const
{
    return tr("Record what the reports state: impact, measures taken, next steps, support "
              "requested; for the summary cause, accountability, rectification, lessons.");
}

void IncidentsNarrativeCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Incident id."));
    // The option names are the JSON keys with hyphens: --unit-overview, --next-steps, …
    for (const QString &key : IncidentNarrative::keys())
        p.addOption({QString(key).replace(QLatin1Char('_'), QLatin1Char('-')),
                     tr("Text (replaces what was recorded; an empty text clears it)."),
                     QStringLiteral("T")});
}

int IncidentsNarrativeCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    IncidentRepository repo(*db);
    // Only the parts given: a part another workstation records meanwhile is kept.
    QMap<QString, QString> given;
    for (const QString &key : IncidentNarrative::keys()) {
        const QString option = QString(key).replace(QLatin1Char('_'), QLatin1Char('-'));
        if (p.isSet(option))
            given.insert(key, p.value(option));
    }
    if (Status s = repo.updateNarrative(id, given); !s)
        return ctx.fail(s.error());
    return Ok;
}

} // namespace cii::cli
