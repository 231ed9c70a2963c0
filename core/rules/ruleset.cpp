#include "ruleset.h"

namespace cii {

bool Criterion::operator==(const Criterion &o) const
{
    return id == o.id && factor == o.factor && indicator == o.indicator && op == o.op &&
           threshold == o.threshold && set == o.set && unit == o.unit && appliesTo == o.appliesTo &&
           textZh == o.textZh && textEn == o.textEn;
}

QStringList Criterion::operators()
{
    return {QStringLiteral(">"),      QStringLiteral(">="), QStringLiteral("<"),
            QStringLiteral("<="),     QStringLiteral("="),  QStringLiteral("in"),
            QStringLiteral("is-true")};
}

const Criterion *RuleSet::criterion(const QString &id) const
{
    for (const Criterion &c : criteria) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QStringList RuleSet::statuses()
{
    return {QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("filed"),
            QStringLiteral("superseded")};
}

} // namespace cii
