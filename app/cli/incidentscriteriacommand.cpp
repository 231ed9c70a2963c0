#include "incidentscriteriacommand.h"

#include "i18n/language.h"
#include "jsonstream.h"
#include "storage/incidentrepository.h"

namespace cii::cli {

QString IncidentsCriteriaCommand::name() const
{
    return QStringLiteral("incidents criteria");
}

QString IncidentsCriteriaCommand::summary() const
{
    return tr("List the grading guide's criteria as the store holds them: figure, source, "
              "enabled.");
}

void IncidentsCriteriaCommand::configure(QCommandLineParser &) const {}

int IncidentsCriteriaCommand::run(CliContext &ctx, const QCommandLineParser &)
{
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<IncidentCriterion>> criteria = IncidentRepository(*db).criteria();
    if (!criteria)
        return ctx.fail(criteria.error());
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("criteria"), [&](JsonStream &json) {
            for (const IncidentCriterion &c : criteria.value())
                json.value(c.toJson());
            return Status{};
        });
    return ctx.printTable({tr("Key"), tr("Grade"), tr("Fact"), tr("Op"), tr("Threshold"),
                           tr("Unit"), tr("Source"), tr("Enabled"), tr("Criterion")},
                          [&](const CliContext::RowSink &row) {
                              for (const IncidentCriterion &c : criteria.value())
                                  row({c.key, Incident::gradeName(c.grade), c.fact, c.op,
                                       c.threshold.isEmpty() ? tr("(not known)") : c.threshold,
                                       c.unit, IncidentCriterion::sourceName(c.source),
                                       c.enabled ? tr("yes") : tr("no"),
                                       Language::pick(c.textZh, c.textEn)});
                              return Status{};
                          });
}

} // namespace cii::cli
