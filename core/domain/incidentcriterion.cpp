#include "incidentcriterion.h"

#include "domain/incident.h"
#include "domain/textfield.h"
#include "rules/decimal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace cii {

QJsonObject IncidentCriterion::toJson() const
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("grade"), grade},
            {QStringLiteral("fact"), fact},
            {QStringLiteral("op"), op},
            {QStringLiteral("threshold"), threshold},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("text_zh"), textZh},
            {QStringLiteral("text_en"), textEn},
            {QStringLiteral("source"), source},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("enabled"), enabled}};
}

QStringList IncidentCriterion::ops()
{
    return {QStringLiteral(">="), QStringLiteral(">"), QStringLiteral("is")};
}

QStringList IncidentCriterion::sources()
{
    return {QStringLiteral("confirmed"), QStringLiteral("secondary"), QStringLiteral("unconfirmed"),
            QStringLiteral("department")};
}

QStringList IncidentCriterion::units()
{
    return {QString(),
            QStringLiteral("hours"),
            QStringLiteral("minutes"),
            QStringLiteral("percent"),
            QStringLiteral("people"),
            QStringLiteral("yuan"),
            QStringLiteral("times")};
}

QString IncidentCriterion::sourceName(const QString &key)
{
    if (key == QLatin1String("confirmed"))
        return tr("Confirmed");
    if (key == QLatin1String("secondary"))
        return tr("Secondary source");
    if (key == QLatin1String("unconfirmed"))
        return tr("Not confirmed");
    if (key == QLatin1String("department"))
        return tr("Set by the department");
    return key;
}

QString IncidentCriterion::problem() const
{
    static const QRegularExpression keyShape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!keyShape.match(key).hasMatch() || key.size() > 64)
        return tr("key: lower-case words joined by hyphens");
    if (!QStringList{QStringLiteral("especially-major"), QStringLiteral("major"),
                     QStringLiteral("large")}
             .contains(grade))
        return tr("grade: one of especially-major, major, large");
    if (!keyShape.match(fact).hasMatch() || fact.size() > 64)
        return tr("fact: lower-case words joined by hyphens");
    if (!ops().contains(op))
        return tr("op: one of >=, >, is");
    if (!units().contains(unit))
        return tr("unit: one of hours, minutes, percent, people, yuan, times or none");
    if (!sources().contains(source))
        return tr("source: one of confirmed, secondary, unconfirmed, department");
    if (qualitative()) {
        if (threshold != QLatin1String("true"))
            return tr("threshold: a qualitative criterion is met when its fact is true");
    } else if (!threshold.isEmpty() &&
               (!Decimal::isValid(threshold) || threshold.startsWith(QLatin1Char('-'))))
        return tr("threshold: a number at or above zero");
    if (enabled && threshold.isEmpty())
        return tr("threshold: a criterion without its figure cannot be enabled");
    for (const QString *text : {&textZh, &textEn, &reference})
        if (const QString p = TextField::problem(*text, TextField::DescriptionLength); !p.isEmpty())
            return QStringLiteral("text: %1").arg(p);
    if (textZh.trimmed().isEmpty())
        return tr("text_zh: say what the criterion is");
    return {};
}

Result<IncidentCriterion> IncidentCriterion::fromJson(const QJsonObject &o, int index)
{
    IncidentCriterion c;
    c.key = o.value(QStringLiteral("key")).toString();
    c.grade = o.value(QStringLiteral("grade")).toString();
    c.fact = o.value(QStringLiteral("fact")).toString();
    c.op = o.value(QStringLiteral("op")).toString();
    const QJsonValue threshold = o.value(QStringLiteral("threshold"));
    c.threshold =
        threshold.isDouble() ? QString::number(threshold.toInteger()) : threshold.toString();
    c.unit = o.value(QStringLiteral("unit")).toString();
    c.textZh = o.value(QStringLiteral("text_zh")).toString();
    c.textEn = o.value(QStringLiteral("text_en")).toString();
    c.source = o.value(QStringLiteral("source")).toString(QStringLiteral("unconfirmed"));
    c.reference = o.value(QStringLiteral("reference")).toString();
    // Only an explicit true enables: a criterion the file does not vouch for stays off.
    c.enabled = o.value(QStringLiteral("enabled")).toBool(false);
    c.sortOrder = index + 1;
    if (c.enabled && c.source == QLatin1String("unconfirmed"))
        return Error::input(QStringLiteral("criteria[%1].enabled: ").arg(index) +
                            tr("a criterion not confirmed ships disabled"));
    if (const QString p = c.problem(); !p.isEmpty())
        return Error::input(QStringLiteral("criteria[%1].%2").arg(index).arg(p));
    return c;
}

Result<QVector<IncidentCriterion>> IncidentCriterion::parseFile(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::input(tr("the grading guide is not JSON: %1").arg(error.errorString()));
    const QJsonArray list = doc.object().value(QStringLiteral("criteria")).toArray();
    QVector<IncidentCriterion> out;
    QSet<QString> keys;
    for (int i = 0; i < list.size(); ++i) {
        Result<IncidentCriterion> c = fromJson(list.at(i).toObject(), i);
        if (!c)
            return c.error();
        if (keys.contains(c->key))
            return Error::input(QStringLiteral("criteria[%1].key: ").arg(i) +
                                tr("%1 appears twice").arg(c->key));
        keys.insert(c->key);
        out << c.value();
    }
    return out;
}

Result<QVector<IncidentCriterion>> IncidentCriterion::shipped()
{
    QFile f(QStringLiteral(":/incidents/grading-guide-2025.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(tr("the shipped grading guide is missing from this build"));
    return parseFile(f.readAll());
}

} // namespace cii
