#include "identifier.h"

#include "domain/identificationcase.h"
#include "domain/sector.h"
#include "rules/compiledruleset.h"
#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "storage/rulesetrepository.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace cii {
namespace {

constexpr qint64 ProgressEvery = 500;
// Cases stored per INSERT statement.
constexpr int InsertBatch = 64;

QString scopeText(const IdentificationRequest &r)
{
    switch (r.kind) {
    case IdentificationRequest::Kind::Systems: {
        QStringList ids;
        for (qint64 id : r.systemIds)
            ids << QString::number(id);
        return QStringLiteral("systems:") + ids.join(QLatin1Char(','));
    }
    case IdentificationRequest::Kind::Sector:
        return QStringLiteral("sector:") + r.sector;
    case IdentificationRequest::Kind::All:
        break;
    }
    return QStringLiteral("all");
}

} // namespace

Result<IdentificationSummary> Identifier::run(Database &db, const IdentificationRequest &request,
                                              const Progress &progress)
{
    IdentificationSummary summary;
    // The filed rule set of every sector; a filed version never changes, so it can be read
    // before the write starts.
    Result<QVector<RuleSet>> all = RuleSetRepository(db).list();
    if (!all)
        return all.error();
    QHash<QString, std::shared_ptr<const CompiledRuleSet>> rules;
    for (const RuleSet &r : all.value()) {
        if (r.status == QLatin1String("filed"))
            rules.insert(r.sector, std::make_shared<const CompiledRuleSet>(r));
    }

    CaseScope scope;
    switch (request.kind) {
    case IdentificationRequest::Kind::Sector:
        if (!Sector::isKnown(request.sector))
            return Error::input(tr("unknown sector '%1'").arg(request.sector));
        if (!rules.contains(request.sector))
            return Error::input(tr("sector %1 has no filed rule set; file its identification "
                                   "rules first")
                                    .arg(request.sector));
        scope.sectors << request.sector;
        break;
    case IdentificationRequest::Kind::All:
        // Every system is read (the fastest scan); those of sectors without filed rules are
        // passed over below.
        for (const Sector &s : Sector::all()) {
            if (!rules.contains(s.key))
                summary.sectorsWithoutRules << s.key;
        }
        if (rules.isEmpty())
            return Error::input(tr("no sector has a filed rule set; file identification rules "
                                   "first"));
        break;
    case IdentificationRequest::Kind::Systems: {
        if (request.systemIds.isEmpty())
            return Error::input(tr("choose at least one system"));
        RegistryRepository registry(db);
        QStringList problems;
        for (qint64 id : request.systemIds) {
            Result<SystemInfo> system = registry.systemById(id);
            if (!system) {
                problems << system.error().message;
                continue;
            }
            Result<OperatorInfo> op = registry.operatorById(system.value().operatorId);
            if (!op)
                return op.error();
            if (!rules.contains(op.value().sector))
                problems << tr("system %1: sector %2 has no filed rule set")
                                .arg(id)
                                .arg(op.value().sector);
        }
        if (!problems.isEmpty())
            return Error::input(problems.first(), problems);
        scope.systemIds = request.systemIds;
        break;
    }
    }

    // Counted for the progress bar only.
    qint64 total = 0;
    if (progress) {
        CaseScope counted = scope;
        if (request.kind == IdentificationRequest::Kind::All)
            counted.sectors = QStringList(rules.keyBegin(), rules.keyEnd());
        Result<qint64> n = CaseRepository(db).countInScope(counted);
        if (!n)
            return n.error();
        total = n.value();
        if (!progress(0, total))
            return Error::input(tr("identification cancelled; nothing was stored"));
    }

    QHash<QString, qint64> rulesetBySector;
    Status s = db.write([&](WriteTransaction &tx) -> Status {
        Result<qint64> runId = CaseRepository::insertRun(tx, scopeText(request));
        if (!runId)
            return runId.error();
        summary.runId = runId.value();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVector<IdentificationCase> batch;
        batch.reserve(InsertBatch);
        Status streamed =
            CaseRepository::forEachInScope(tx, scope, [&](const SystemInputs &in) -> Status {
                const auto found = rules.constFind(in.sector);
                if (found == rules.constEnd())
                    return {}; // a sector without filed rules, in an "all" run
                const CompiledRuleSet &compiled = **found;
                const QStringList &keys = compiled.indicators();
                QVector<QString> values(keys.size());
                for (const auto &[key, value] : in.values) {
                    const int i = compiled.indicatorIndex(key);
                    if (i >= 0)
                        values[i] = value.trimmed();
                }
                const CompiledRuleSet::Compact e = compiled.evaluateCompact(in.category, values);
                IdentificationCase c;
                c.runId = summary.runId;
                c.systemId = in.systemId;
                c.rulesetId = compiled.rules().id;
                c.createdAt = now;
                c.category = in.category;
                for (int i = 0; i < keys.size(); ++i) {
                    if (!values.at(i).isEmpty())
                        c.inputs.insert(keys.at(i), values.at(i));
                }
                c.outcome = e.outcome;
                c.traceCodes = e.codes;
                c.decidedNames = e.decidedBy;
                rulesetBySector.insert(in.sector, c.rulesetId);
                batch << c;
                if (batch.size() == InsertBatch) {
                    if (Status st = CaseRepository::insertCases(tx, batch); !st)
                        return st;
                    batch.clear();
                }
                ++summary.cases;
                summary.cii += e.outcome == Outcome::Cii;
                summary.notCii += e.outcome == Outcome::NotCii;
                summary.insufficient += e.outcome == Outcome::Insufficient;
                if (progress && summary.cases % ProgressEvery == 0 &&
                    !progress(summary.cases, total))
                    return Error::input(tr("identification cancelled; nothing was stored"));
                return {};
            });
        if (!streamed)
            return streamed;
        if (Status st = CaseRepository::insertCases(tx, batch); !st)
            return st;
        Result<QPair<qint64, qint64>> range = CaseRepository::runCaseRange(tx, summary.runId);
        if (!range)
            return range.error();
        const auto [firstCase, lastCase] = range.value();
        QJsonObject rulesets;
        for (auto it = rulesetBySector.cbegin(); it != rulesetBySector.cend(); ++it)
            rulesets.insert(it.key(), it.value());
        // One audit record for the run: the cases it created are the contiguous ids named.
        return tx.audit(QStringLiteral("identify"), QStringLiteral("identification_run"),
                        QString::number(summary.runId), {},
                        {{QStringLiteral("scope"), scopeText(request)},
                         {QStringLiteral("rulesets"), rulesets},
                         {QStringLiteral("cases"), summary.cases},
                         {QStringLiteral("first_case"), firstCase},
                         {QStringLiteral("last_case"), lastCase},
                         {QStringLiteral("cii"), summary.cii},
                         {QStringLiteral("not_cii"), summary.notCii},
                         {QStringLiteral("insufficient_data"), summary.insufficient}});
    });
    if (!s)
        return s.error();
    if (progress)
        progress(summary.cases, total);
    return summary;
}

} // namespace cii
