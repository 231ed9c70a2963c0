#include "ruleslistcommand.h"

#include "domain/sector.h"
#include "i18n/language.h"
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
    Result<QVector<RuleSet>> list = RuleSetRepository(*db).list(sector);
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray a;
        for (const RuleSet &r : list.value()) {
            a.append(QJsonObject{{QStringLiteral("id"), r.id},
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
        }
        ctx.printJson({{QStringLiteral("rulesets"), a}});
        return Ok;
    }
    QVector<QStringList> rows;
    for (const RuleSet &r : list.value())
        rows << QStringList{QString::number(r.id),      r.sector,
                            QString::number(r.version), r.status,
                            r.filingReference,          Language::pick(r.titleZh, r.titleEn)};
    ctx.printTable(
        {tr("ID"), tr("Sector"), tr("Version"), tr("Status"), tr("Filing reference"), tr("Title")},
        rows);
    return Ok;
}

} // namespace cii::cli
