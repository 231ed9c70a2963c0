#include "caseexplanation.h"

#include "i18n/displaynames.h"
#include "i18n/language.h"
#include "rules/ruleset.h"

#include <QLocale>

namespace cii {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString number(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok ? QLocale().toString(n) : text;
}

QString condition(const CriterionTrace &t, const Criterion *c)
{
    // The comparison in words with the unit in the current language (never "is-true", "人次").
    return DisplayNames::condition(t.op, t.threshold, c ? c->unit : QString()).toHtmlEscaped();
}

QString valueText(const QString &v)
{
    if (v == QLatin1String("true"))
        return CaseExplanation::tr("yes");
    if (v == QLatin1String("false"))
        return CaseExplanation::tr("no");
    return number(v);
}

} // namespace

QString CaseExplanation::factorName(const QString &factor)
{
    if (factor == Factor::Core)
        return tr("importance to core business");
    if (factor == Factor::Harm)
        return tr("harm if destroyed, disabled or leaked");
    if (factor == Factor::CrossSector)
        return tr("impact on other sectors");
    return factor;
}

QString CaseExplanation::html(const SystemCaseRow &row, const RuleSet &rules,
                              const QVector<Notice> &notices)
{
    const IdentificationCase &c = row.latest;
    if (!c.id)
        return QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(esc(row.systemName), tr("Not identified yet. Choose a scope and press Identify."));
    // The headline is what is in force; the engine's result stands beside it only where it
    // is not what holds (an override, or a new result awaiting a decision).
    QString headline;
    if (c.isOverride())
        headline = tr("Decided: %1 (override) — engine: %2")
                       .arg(IdentificationCase::outcomeName(c.decision),
                            IdentificationCase::outcomeName(c.outcome));
    else if (c.isDecided())
        headline = tr("Decided: %1").arg(IdentificationCase::outcomeName(c.decision));
    else if (!row.decisionInForce.isEmpty())
        headline = tr("Decided: %1 — new result awaiting decision: %2")
                       .arg(IdentificationCase::outcomeName(row.decisionInForce),
                            IdentificationCase::outcomeName(c.outcome));
    else
        headline = tr("%1 (awaiting decision)").arg(IdentificationCase::outcomeName(c.outcome));
    QString h = QStringLiteral("<h3>%1 — %2</h3>").arg(esc(row.listedName()), headline);
    h += QStringLiteral("<p>%1</p>")
             .arg(tr("Case %1, identified %2 under “%3”, version %4.")
                      .arg(c.id)
                      .arg(DisplayNames::dateTime(c.createdAt),
                           esc(Language::pick(rules.titleZh, rules.titleEn)))
                      .arg(rules.version));

    const QVector<CriterionTrace> trace = c.trace(rules);
    QStringList names;
    for (const QString &n : c.decidedNames)
        names << (Factor::all().contains(n) ? QStringLiteral("“%1”").arg(factorName(n))
                                            : tr("criterion %1").arg(n));
    QStringList decisive;
    for (const CriterionTrace &t : trace) {
        if (!t.decisive)
            continue;
        const Criterion *crit = rules.criterion(t.criterion);
        const QString words =
            crit ? esc(Language::pick(crit->textZh, crit->textEn)) : esc(t.criterion);
        if (t.result == QLatin1String("met"))
            decisive << tr("%1 <b>%2</b>: value %3 (%4)")
                            .arg(esc(t.criterion), words, valueText(t.value), condition(t, crit));
        else if (t.result == QLatin1String("missing"))
            decisive << tr("%1 <b>%2</b>: no value for %3")
                            .arg(esc(t.criterion), words,
                                 esc(DisplayNames::indicator(t.indicator)));
    }
    if (c.outcome == Outcome::Cii) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("CII because %1 is met:").arg(names.join(tr(" and "))));
    } else if (c.outcome == Outcome::Insufficient) {
        h += QStringLiteral("<p style=\"color:#8a5a00;\">%1</p>")
                 .arg(tr("Insufficient data: %1 cannot be decided while these values are "
                         "missing (a missing value is never counted as “not met”):")
                          .arg(names.join(tr(" and "))));
    } else {
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("Not CII: no applicable criterion that could make it CII is met."));
    }
    if (!decisive.isEmpty())
        h += QStringLiteral("<ul><li>%1</li></ul>").arg(decisive.join(QStringLiteral("</li><li>")));

    if (c.isDecided()) {
        const QString when = DisplayNames::dateTime(c.decidedAt);
        h += QStringLiteral("<p><b>%1</b></p>")
                 .arg(c.isOverride() ? tr("Overridden to %1 by %2 on %3. Reason: %4")
                                           .arg(IdentificationCase::outcomeName(c.decision),
                                                esc(c.decidedBy), when, esc(c.overrideReason))
                                     : tr("Confirmed by %1 on %2.").arg(esc(c.decidedBy), when));
    } else {
        h += QStringLiteral("<p><b>%1</b></p>").arg(tr("Awaiting the department's decision."));
        if (row.changedSinceDecision())
            h += QStringLiteral("<p style=\"color:#b00020;\">%1</p>")
                     .arg(tr("The result differs from the decision in force (%1).")
                              .arg(IdentificationCase::outcomeName(row.decisionInForce)));
    }
    if (row.needsMlpsFollowUp())
        h += QStringLiteral("<p style=\"color:#b00020;\"><b>%1</b></p>")
                 .arg(tr("Follow-up: identified as CII, but the system is protected at MLPS "
                         "level %1. CII is expected to be protected at level 3 or above: ask the "
                         "operator to have it classified and protected accordingly.")
                          .arg(row.mlpsLevel));
    auto notified = [&](const QDate &d) {
        return d.isValid() ? DisplayNames::date(d) : tr("not yet");
    };
    if (c.isDecided())
        h += QStringLiteral("<p>%1<br/>%2</p>")
                 .arg(tr("Operator notified: %1").arg(notified(c.operatorNotifiedOn)),
                      tr("MPS notified: %1").arg(notified(c.mpsNotifiedOn)));
    if (!notices.isEmpty()) {
        QStringList list;
        for (const Notice &n : notices)
            list << QStringLiteral("%1 (%2)").arg(
                n.numberText(Language::isChinese()),
                n.kind == QLatin1String("mps") ? tr("to the MPS") : tr("to the operator"));
        h +=
            QStringLiteral("<p>%1</p>").arg(tr("Notices: %1").arg(list.join(QStringLiteral(", "))));
    }

    // Every applicable criterion, as evaluated.
    h += QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                        "<tr style=\"background-color:#eeeeee;\"><th></th><th align=\"left\">%1"
                        "</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
             .arg(tr("Criterion"), tr("Value"), tr("Condition"));
    int notApplicable = 0;
    for (const CriterionTrace &t : trace) {
        if (t.result == QLatin1String("not-applicable")) {
            ++notApplicable;
            continue;
        }
        const Criterion *crit = rules.criterion(t.criterion);
        const QString mark = t.result == QLatin1String("met")       ? QStringLiteral("✔")
                             : t.result == QLatin1String("missing") ? QStringLiteral("?")
                                                                    : QStringLiteral("✘");
        const QString color = t.result == QLatin1String("met")       ? QStringLiteral("#1b6e20")
                              : t.result == QLatin1String("missing") ? QStringLiteral("#8a5a00")
                                                                     : QStringLiteral("#777777");
        h += QStringLiteral("<tr><td style=\"color:%1;\">%2</td><td>%3%4%5</td><td>%6</td>"
                            "<td>%7</td></tr>")
                 .arg(color, mark, t.decisive ? QStringLiteral("<b>") : QString(),
                      esc(t.criterion) + QStringLiteral(" ") +
                          (crit ? esc(Language::pick(crit->textZh, crit->textEn)) : QString()),
                      t.decisive ? QStringLiteral("</b>") : QString(),
                      t.value.isEmpty() ? tr("missing") : valueText(t.value), condition(t, crit));
    }
    h += QStringLiteral("</table>");
    if (notApplicable)
        h += QStringLiteral("<p style=\"color:#777777;\">%1</p>")
                 .arg(tr("%n criteria do not apply to this category of system.", nullptr,
                         notApplicable));
    return h;
}

} // namespace cii
