#include "ruleslistcommand.h"

#include "domain/sector.h"
#include "i18n/language.h"
#include "jsonstream.h"
#include "storage/rulesetrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString RulesListCommand::name() const
{
    return QStringLiteral("rules list");
}

QString RulesListCommand::summary() const
{
    return tr("List rule sets and their versions.");
}

void RulesListCommand::configure(QCommandLineParser &p) const
{
    p.addOption({QStringLiteral("sector"), tr("Only this sector (key)."), QStringLiteral("KEY")});
}

int RulesListCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    const QString sector = p.value(QStringLiteral("sector"));
    if (!sector.isEmpty() && !Sector::isKnown(sector))
        return ctx.usage(tr("unknown sector '%1'").arg(sector));
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    RuleSetRepository repo(*db);
    if (ctx.json)
        return ctx.printJsonList(QLatin1String("rulesets"), [&](JsonStream &json) {
            return repo.forEach(sector, [&](const RuleSet &r) {
                json.value(
                    QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("sector"), r.sector},
                                {QStringLiteral("version"), r.version},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("title_zh"), r.titleZh},
                                {QStringLiteral("title_en"), r.titleEn},
                                {QStringLiteral("filing_reference"), r.filingReference},
                                {QStringLiteral("filed_on"),
                                 r.filedOn.isValid() ? QJsonValue(r.filedOn.toString(Qt::ISODate))
                                                     : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("criteria"), int(r.criteria.size())},
                                {QStringLiteral("tests"), int(r.tests.size())}});
            });
        });
    return ctx.printTable(
        {tr("ID"), tr("Sector"), tr("Version"), tr("Status"), tr("Filing reference"), tr("Title")},
        [&](const CliContext::RowSink &row) {
            return repo.forEach(sector, [&](const RuleSet &r) {
                row({QString::number(r.id), r.sector, QString::number(r.version), r.status,
                     r.filingReference, Language::pick(r.titleZh, r.titleEn)});
            });
        });
}

} // namespace cii::cli
