#pragma once

#include "storage/caserepository.h"
#include "storage/noticerepository.h"

#include <QCoreApplication>

namespace cii {

struct RuleSet;

// Says in words, in the user's language, why a case came out as it did: which criteria were
// met on which values, which missing values keep it open, what the regulator decided, and
// which notices went out.
class CaseExplanation
{
    Q_DECLARE_TR_FUNCTIONS(CaseExplanation)

public:
    static QString html(const SystemCaseRow &row, const RuleSet &rules,
                        const QVector<Notice> &notices);
    static QString factorName(const QString &factor);
};

} // namespace cii
