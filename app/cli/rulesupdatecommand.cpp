#include "rulesupdatecommand.h"

#include "io/atomicfile.h"
#include "rules/rulesetjson.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"

namespace cii::cli {

QString RulesUpdateCommand::name() const
{
    return QStringLiteral("rules update");
}

QString RulesUpdateCommand::summary() const
{
    return tr("Replace a draft's criteria, logic and tests with a JSON file; filed versions "
              "cannot change.");
}

void RulesUpdateCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("ID"), tr("Rule set id."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Rule-set JSON file."));
}

int RulesUpdateCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 id = 0;
    if (p.positionalArguments().size() != 2)
        return ctx.usage(tr("expected: rules update ID FILE"));
    if (!positionalId(ctx, p, &id))
        return Usage;
    Result<QByteArray> bytes = AtomicFile::read(p.positionalArguments().at(1));
    if (!bytes)
        return ctx.fail(bytes.error());
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<QVector<Indicator>> catalogue = RegistryRepository(*db).indicators();
    if (!catalogue)
        return ctx.fail(catalogue.error());
    Result<RuleSet> rules = RuleSetJson::read(bytes.value(), catalogue.value());
    if (!rules)
        return ctx.fail(rules.error());
    RuleSet r = rules.value();
    r.id = id;
    if (Status s = RuleSetRepository(*db).update(r); !s)
        return ctx.fail(s.error());
    return Ok;
}

} // namespace cii::cli
