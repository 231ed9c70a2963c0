#include "rulesetcomparison.h"

#include <QJsonArray>

namespace cii {

QJsonObject RuleChange::toJson() const
{
    static const char *kinds[] = {"added", "removed", "changed"};
    return {{QStringLiteral("change"), QString::fromLatin1(kinds[int(kind)])},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after}};
}

QString RuleSetComparison::kindName(RuleChange::Kind kind)
{
    switch (kind) {
    case RuleChange::Kind::Added:
        return tr("added");
    case RuleChange::Kind::Removed:
        return tr("removed");
    case RuleChange::Kind::Changed:
        return tr("changed");
    }
    return {};
}

QString RuleSetComparison::describe(const Criterion &c)
{
    const QString threshold =
        c.op == QLatin1String("in") ? c.set.join(QLatin1Char('|')) : c.threshold;
    QString s = QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(c.id, c.factor, c.indicator, c.op, threshold)
                    .trimmed();
    if (!c.appliesTo.isEmpty())
        s += QStringLiteral(" [%1]").arg(c.appliesTo.join(QLatin1Char(',')));
    return s;
}

QVector<RuleChange> RuleSetComparison::compare(const RuleSet &older, const RuleSet &newer)
{
    QVector<RuleChange> out;
    for (const Criterion &c : older.criteria) {
        const Criterion *n = newer.criterion(c.id);
        if (!n) {
            out.push_back({RuleChange::Kind::Removed, c.id, {}, describe(c), {}});
            continue;
        }
        QStringList fields;
        auto check = [&](const char *name, bool same) {
            if (!same)
                fields << QString::fromLatin1(name);
        };
        check("factor", c.factor == n->factor);
        check("indicator", c.indicator == n->indicator);
        check("op", c.op == n->op);
        check("threshold", c.threshold == n->threshold && c.set == n->set);
        check("unit", c.unit == n->unit);
        check("applies_to", c.appliesTo == n->appliesTo);
        check("text_zh", c.textZh == n->textZh);
        check("text_en", c.textEn == n->textEn);
        if (!fields.isEmpty())
            out.push_back({RuleChange::Kind::Changed, c.id, fields, describe(c), describe(*n)});
    }
    for (const Criterion &n : newer.criteria) {
        if (!older.criterion(n.id))
            out.push_back({RuleChange::Kind::Added, n.id, {}, {}, describe(n)});
    }
    if (older.expression != newer.expression)
        out.push_back({RuleChange::Kind::Changed,
                       QStringLiteral("expression"),
                       {},
                       older.expression,
                       newer.expression});
    if (!(older.factors == newer.factors)) {
        auto text = [](const RuleSet &r) {
            QStringList parts;
            for (const QString &f : Factor::all()) {
                const FactorRule rule = r.factorRule(f);
                parts << (rule.mode == QLatin1String("at-least")
                              ? QStringLiteral("%1: at-least %2").arg(f).arg(rule.atLeast)
                              : QStringLiteral("%1: %2").arg(f, rule.mode));
            }
            return parts.join(QStringLiteral("; "));
        };
        if (text(older) != text(newer))
            out.push_back({RuleChange::Kind::Changed,
                           QStringLiteral("factors"),
                           {},
                           text(older),
                           text(newer)});
    }
    if (!(older.tests == newer.tests))
        out.push_back({RuleChange::Kind::Changed,
                       QStringLiteral("tests"),
                       {},
                       tr("%n test case(s)", nullptr, older.tests.size()),
                       tr("%n test case(s)", nullptr, newer.tests.size())});
    return out;
}

} // namespace cii
