#include "rulesetcommand.h"

#include "io/atomicfile.h"
#include "rules/rulesetjson.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"

namespace cii::cli {

int RuleSetCommand::withRuleSet(CliContext &ctx, const QCommandLineParser &p,
                                const std::function<int(Database &, const RuleSet &)> &work)
{
    qint64 id = 0;
    if (!positionalId(ctx, p, &id))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    Result<RuleSet> r = RuleSetRepository(*db).byId(id);
    if (!r)
        return ctx.fail(r.error());
    return work(*db, r.value());
}

Result<RuleSet> RuleSetCommand::readFile(Database &db, const QString &path)
{
    Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes)
        return bytes.error();
    Result<QVector<Indicator>> catalogue = RegistryRepository(db).indicators();
    if (!catalogue)
        return catalogue.error();
    return RuleSetJson::read(bytes.value(), catalogue.value());
}

} // namespace cii::cli
