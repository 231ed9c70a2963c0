#include "rulesvalidatecommand.h"

#include "domain/indicatorcatalogue.h"
#include "io/atomicfile.h"
#include "rules/rulesetjson.h"
#include "storage/registryrepository.h"

#include <QFileInfo>
#include <QJsonArray>

namespace cii::cli {

QString RulesValidateCommand::name() const
{
    return QStringLiteral("rules validate");
}

QString RulesValidateCommand::summary() const
{
    return tr("Check a rule-set JSON file; every problem is named with its JSON path.");
}

void RulesValidateCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Rule-set JSON file."));
}

int RulesValidateCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        return ctx.usage(tr("expected: rules validate FILE"));
    Result<QByteArray> bytes = AtomicFile::read(p.positionalArguments().at(0));
    if (!bytes)
        return ctx.fail(bytes.error());
    // The store's indicator catalogue when there is one, the built-in one otherwise.
    QVector<Indicator> catalogue = IndicatorCatalogue::defaults();
    if (QFileInfo::exists(ctx.dbLocation)) {
        if (Database *db = ctx.openStore()) {
            if (Result<QVector<Indicator>> stored = RegistryRepository(*db).indicators())
                catalogue = stored.value();
        }
    }
    Result<RuleSet> r = RuleSetJson::read(bytes.value(), catalogue);
    const QStringList problems = r ? QStringList() : r.error().details;
    if (ctx.json)
        ctx.printJson({{QStringLiteral("ok"), r.ok()},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    if (!r)
        return ctx.fail(r.error());
    if (!ctx.json)
        ctx.err() << tr("The rule set is valid: %n criteria, %1 test case(s).", nullptr,
                        int(r->criteria.size()))
                         .arg(r->tests.size())
                  << Qt::endl;
    return Ok;
}

} // namespace cii::cli
