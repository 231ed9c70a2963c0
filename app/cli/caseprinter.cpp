#include "caseprinter.h"

#include "domain/sector.h"
#include "storage/rulesetrepository.h"

#include <QJsonDocument>

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
    if (m_ctx.json) {
        QTextStream &out = m_ctx.out();
        out << "{\"cases\":[";
        bool first = true;
        Status s = repo.forEach(filter, [&](const IdentificationCase &c) {
            const QJsonObject o = c.toJson(withTrace ? rules(c.rulesetId) : nullptr);
            out << (first ? "" : ",")
                << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            first = false;
        });
        out << "]}" << Qt::endl;
        return s ? Ok : m_ctx.fail(s.error());
    }
    if (text == IdsOnly && filter.runId) {
        Status s = repo.forEachIdInRun(filter.runId, [&](qint64 id) { m_ctx.out() << id << '\n'; });
        m_ctx.out().flush();
        return s ? Ok : m_ctx.fail(s.error());
    }
    QVector<QStringList> rows;
    Status s = repo.forEach(filter, [&](const IdentificationCase &c) {
        rows << QStringList{QString::number(c.id),
                            QString::number(c.systemId),
                            c.systemName,
                            c.sector,
                            QString::number(c.rulesetVersion),
                            IdentificationCase::outcomeName(c.outcome),
                            c.isDecided() ? IdentificationCase::outcomeName(c.decision) : QString(),
                            IdentificationCase::statusName(c.status)};
    });
    if (!s)
        return m_ctx.fail(s.error());
    m_ctx.printTable({tr("Case"), tr("System"), tr("Name"), tr("Sector"), tr("Rules"), tr("Engine"),
                      tr("Decision"), tr("Status")},
                     rows);
    return Ok;
}

} // namespace cii::cli
