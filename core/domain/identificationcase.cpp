#include "identificationcase.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cii {

QVector<CriterionTrace> IdentificationCase::trace(const RuleSet &rules) const
{
    QVector<CriterionTrace> out;
    for (int i = 0; i < rules.criteria.size(); ++i) {
        const Criterion &c = rules.criteria.at(i);
        const QChar code = i < traceCodes.size() ? traceCodes.at(i) : QLatin1Char('-');
        CriterionTrace t;
        t.criterion = c.id;
        t.factor = c.factor;
        t.indicator = c.indicator;
        t.op = c.op;
        t.threshold = c.op == QLatin1String("in") ? c.set.join(QLatin1Char('|')) : c.threshold;
        t.decisive = code.isLower();
        switch (code.toUpper().toLatin1()) {
        case 'M':
            t.result = QStringLiteral("met");
            break;
        case 'N':
            t.result = QStringLiteral("not-met");
            break;
        case 'U':
            t.result = QStringLiteral("missing");
            break;
        default:
            t.result = QStringLiteral("not-applicable");
        }
        if (t.result != QLatin1String("not-applicable"))
            t.value = inputs.value(c.indicator);
        out << t;
    }
    return out;
}

QJsonObject IdentificationCase::toJson(const RuleSet *rules) const
{
    QJsonObject in;
    for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
        in.insert(it.key(), it.value());
    auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    auto text = [](const QString &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("run"), runId},
                  {QStringLiteral("system"), systemId},
                  {QStringLiteral("system_name"), systemName},
                  {QStringLiteral("operator"), operatorId},
                  {QStringLiteral("sector"), sector},
                  {QStringLiteral("mlps_level"), mlpsLevel},
                  {QStringLiteral("mlps_follow_up"), needsMlpsFollowUp()},
                  {QStringLiteral("ruleset"), rulesetId},
                  {QStringLiteral("ruleset_version"), rulesetVersion},
                  {QStringLiteral("created_at"), createdAt.toString(Qt::ISODate)},
                  {QStringLiteral("category"), category},
                  {QStringLiteral("inputs"), in},
                  {QStringLiteral("outcome"), outcome},
                  {QStringLiteral("decided_by_names"), QJsonArray::fromStringList(decidedNames)},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("decision"), text(decision)},
                  {QStringLiteral("override"), isOverride()},
                  {QStringLiteral("override_reason"), text(overrideReason)},
                  {QStringLiteral("decided_by"), text(decidedBy)},
                  {QStringLiteral("decided_at"), decidedAt.isValid()
                                                     ? QJsonValue(decidedAt.toString(Qt::ISODate))
                                                     : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("operator_notified_on"), date(operatorNotifiedOn)},
                  {QStringLiteral("mps_notified_on"), date(mpsNotifiedOn)}};
    if (rules) {
        QJsonArray list;
        for (const CriterionTrace &t : trace(*rules))
            list.append(t.toJson());
        o.insert(QStringLiteral("trace"), list);
    }
    return o;
}

QStringList IdentificationCase::statuses()
{
    return {QStringLiteral("evaluated"), QStringLiteral("decided"), QStringLiteral("notified")};
}

QString IdentificationCase::statusName(const QString &key)
{
    if (key == QLatin1String("evaluated"))
        return QCoreApplication::translate("IdentificationCase", "Evaluated");
    if (key == QLatin1String("decided"))
        return QCoreApplication::translate("IdentificationCase", "Decided");
    if (key == QLatin1String("notified"))
        return QCoreApplication::translate("IdentificationCase", "Notified");
    return key;
}

QString IdentificationCase::outcomeName(const QString &key)
{
    if (key == Outcome::Cii)
        return QCoreApplication::translate("IdentificationCase", "CII");
    if (key == Outcome::NotCii)
        return QCoreApplication::translate("IdentificationCase", "Not CII");
    if (key == Outcome::Insufficient)
        return QCoreApplication::translate("IdentificationCase", "Insufficient data");
    return key;
}

} // namespace cii
