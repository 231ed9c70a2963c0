#include "caseprinter.h"

#include "domain/sector.h"
#include "jsonstream.h"
#include "rowjson.h"
#include "storage/rulesetrepository.h"

namespace cii::cli {

const RuleSet *CasePrinter::rules(qint64 id)
{
    auto it = m_rules.find(id);
    if (it == m_rules.end()) {
        Result<RuleSet> r = RuleSetRepository(m_db).byId(id);
        if (!r)
            return nullptr;
        it = m_rules.insert(id, r.value());
    }
    return &it.value();
}

int CasePrinter::print(const CaseFilter &filter, bool withTrace, Text text)
{
    CaseRepository repo(m_db);
    if (m_ctx.json)
        return m_ctx.printJsonList(QLatin1String("cases"), [&](JsonStream &json) {
            return repo.forEach(filter, [&](const IdentificationCase &c) {
                RowJson::identificationCase(json, c, withTrace ? rules(c.rulesetId) : nullptr);
            });
        });
    if (text == IdsOnly && filter.runId) {
        Status s = repo.forEachIdInRun(filter.runId, [&](qint64 id) { m_ctx.out() << id << '\n'; });
        m_ctx.out().flush();
        return s ? Ok : m_ctx.fail(s.error());
    }
    return m_ctx.printTable(
        {tr("Case"), tr("System"), tr("Name"), tr("Sector"), tr("Rules"), tr("Engine"),
         tr("Decision"), tr("Status")},
        [&](const CliContext::RowSink &row) {
            return repo.forEach(filter, [&](const IdentificationCase &c) {
                row({QString::number(c.id), QString::number(c.systemId), c.systemName, c.sector,
                     QString::number(c.rulesetVersion), IdentificationCase::outcomeName(c.outcome),
                     c.isDecided() ? IdentificationCase::outcomeName(c.decision) : QString(),
                     IdentificationCase::statusName(c.status)});
            });
        });
}

} // namespace cii::cli
