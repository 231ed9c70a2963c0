#pragma once

#include "clicontext.h"
#include "storage/caserepository.h"

#include <QCoreApplication>
#include <QHash>

namespace cii::cli {

// Prints identification cases as the CLI's commands need them: streamed as one JSON object
// {"cases":[…]} (memory flat in the number of cases), as bare ids, or as a table.
class CasePrinter
{
    Q_DECLARE_TR_FUNCTIONS(CasePrinter)

public:
    enum Text { IdsOnly, Table };
    CasePrinter(CliContext &ctx, Database &db) : m_ctx(ctx), m_db(db) {}

    // With `withTrace`, every JSON case carries its full trace.
    int print(const CaseFilter &filter, bool withTrace, Text text);

private:
    const RuleSet *rules(qint64 id);

    CliContext &m_ctx;
    Database &m_db;
    QHash<qint64, RuleSet> m_rules;
};

} // namespace cii::cli
