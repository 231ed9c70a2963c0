#include "rulescomparecommand.h"

#include "rules/rulesetcomparison.h"
#include "storage/rulesetrepository.h"

#include <QJsonArray>

namespace cii::cli {

QString RulesCompareCommand::name() const
{
    return QStringLiteral("rules compare");
}

QString RulesCompareCommand::summary() const
{
    return tr("Compare two rule-set versions criterion by criterion.");
}

void RulesCompareCommand::configure(QCommandLineParser &p) const
{
    p.addPositionalArgument(QStringLiteral("OLD"), tr("Rule set id of the older version."));
    p.addPositionalArgument(QStringLiteral("NEW"), tr("Rule set id of the newer version."));
}

int RulesCompareCommand::run(CliContext &ctx, const QCommandLineParser &p)
{
    qint64 a = 0, b = 0;
    if (!positionalId(ctx, p, &a, 0) || !positionalId(ctx, p, &b, 1))
        return Usage;
    Database *db = ctx.openStore();
    if (!db)
        return StorageError;
    RuleSetRepository repo(*db);
    Result<RuleSet> older = repo.byId(a);
    Result<RuleSet> newer = repo.byId(b);
    if (!older)
        return ctx.fail(older.error());
    if (!newer)
        return ctx.fail(newer.error());
    const QVector<RuleChange> changes = RuleSetComparison::compare(older.value(), newer.value());
    if (ctx.json) {
        QJsonArray list;
        for (const RuleChange &c : changes)
            list.append(c.toJson());
        ctx.printJson({{QStringLiteral("changes"), list}});
        return Ok;
    }
    QVector<QStringList> rows;
    for (const RuleChange &c : changes)
        rows << QStringList{RuleSetComparison::kindName(c.kind), c.subject,
                            c.fields.join(QLatin1Char(',')), c.before, c.after};
    if (rows.isEmpty())
        ctx.out() << tr("No differences.") << Qt::endl;
    else
        ctx.printTable({tr("Change"), tr("Criterion"), tr("Fields"), tr("Before"), tr("After")},
                       rows);
    return Ok;
}

} // namespace cii::cli
