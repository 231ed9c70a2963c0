#include "rulesetjson.h"

#include "domain/sector.h"
#include "domain/systeminfo.h"
#include "rules/decimal.h"
#include "rules/expression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace cii {
namespace {

QJsonValue numberOrText(const QString &decimal)
{
    bool ok = false;
    const qint64 n = decimal.toLongLong(&ok);
    if (ok)
        return n;
    return decimal; // exact decimals travel as text
}

class Reader
{
public:
    QStringList errors;

    QString text(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                errors << RuleSetJson::tr("%1.%2: required").arg(path, key);
            return {};
        }
        if (!v.isString()) {
            errors << RuleSetJson::tr("%1.%2: must be text").arg(path, key);
            return {};
        }
        return v.toString();
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            errors << RuleSetJson::tr("%1.%2: must be a list").arg(path, key);
        return v.toArray();
    }
    QStringList strings(const QJsonObject &o, const QString &key, const QString &path)
    {
        QStringList out;
        const QJsonArray a = array(o, key, path);
        for (int i = 0; i < a.size(); ++i) {
            if (a.at(i).isString())
                out << a.at(i).toString();
            else
                errors << RuleSetJson::tr("%1.%2[%3]: must be text").arg(path, key).arg(i);
        }
        return out;
    }
};

} // namespace

QString RuleSetJson::valueText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        if (double(i) == d)
            return QString::number(i);
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    return v.toString();
}

QJsonObject RuleSetJson::toJson(const RuleSet &r)
{
    QJsonArray criteria;
    for (const Criterion &c : r.criteria) {
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("factor"), c.factor},
                      {QStringLiteral("indicator"), c.indicator},
                      {QStringLiteral("op"), c.op},
                      {QStringLiteral("unit"), c.unit},
                      {QStringLiteral("text_zh"), c.textZh},
                      {QStringLiteral("text_en"), c.textEn}};
        if (c.op == QLatin1String("in"))
            o.insert(QStringLiteral("threshold"), QJsonArray::fromStringList(c.set));
        else if (c.op == QLatin1String("is-true"))
            o.insert(QStringLiteral("threshold"), QJsonValue::Null);
        else
            o.insert(QStringLiteral("threshold"), numberOrText(c.threshold));
        if (!c.appliesTo.isEmpty())
            o.insert(QStringLiteral("applies_to"), QJsonArray::fromStringList(c.appliesTo));
        criteria.append(o);
    }
    QJsonObject factors;
    for (auto it = r.factors.cbegin(); it != r.factors.cend(); ++it) {
        QJsonObject f{{QStringLiteral("mode"), it->mode}};
        if (it->mode == QLatin1String("at-least"))
            f.insert(QStringLiteral("k"), it->atLeast);
        factors.insert(it.key(), f);
    }
    QJsonArray tests;
    for (const RuleTest &t : r.tests) {
        QJsonObject values;
        for (auto it = t.values.cbegin(); it != t.values.cend(); ++it)
            values.insert(it.key(), it.value() == QLatin1String("true") ? QJsonValue(true)
                                    : it.value() == QLatin1String("false")
                                        ? QJsonValue(false)
                                        : numberOrText(it.value()));
        QJsonObject o{{QStringLiteral("name"), t.name},
                      {QStringLiteral("values"), values},
                      {QStringLiteral("expected"), t.expected}};
        if (!t.category.isEmpty())
            o.insert(QStringLiteral("category"), t.category);
        tests.append(o);
    }
    QJsonObject o{
        {QStringLiteral("format"), FormatVersion},    {QStringLiteral("sector"), r.sector},
        {QStringLiteral("version"), r.version},       {QStringLiteral("status"), r.status},
        {QStringLiteral("title_zh"), r.titleZh},      {QStringLiteral("title_en"), r.titleEn},
        {QStringLiteral("notes_zh"), r.notesZh},      {QStringLiteral("notes_en"), r.notesEn},
        {QStringLiteral("factors"), factors},         {QStringLiteral("criteria"), criteria},
        {QStringLiteral("expression"), r.expression}, {QStringLiteral("tests"), tests}};
    if (r.id > 0)
        o.insert(QStringLiteral("id"), r.id);
    if (!r.filingReference.isEmpty())
        o.insert(QStringLiteral("filing_reference"), r.filingReference);
    if (r.filedOn.isValid())
        o.insert(QStringLiteral("filed_on"), r.filedOn.toString(Qt::ISODate));
    return o;
}

QByteArray RuleSetJson::toBytes(const RuleSet &rules)
{
    return QJsonDocument(toJson(rules)).toJson(QJsonDocument::Indented);
}

Result<RuleSet> RuleSetJson::fromJson(const QJsonObject &json)
{
    QStringList errors;
    RuleSet r = readShape(json, &errors);
    if (!errors.isEmpty())
        return Error::input(tr("the rule set has %n problem(s)", nullptr, errors.size()), errors);
    return r;
}

RuleSet RuleSetJson::readShape(const QJsonObject &json, QStringList *errors)
{
    Reader in;
    RuleSet r;
    const QString root = QStringLiteral("$");
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (!format.isDouble())
        in.errors << tr("$.format: required, the number %1").arg(FormatVersion);
    else if (format.toInt() > FormatVersion)
        in.errors << tr("$.format: version %1 is newer than this application reads (%2)")
                         .arg(format.toInt())
                         .arg(FormatVersion);
    r.sector = in.text(json, QStringLiteral("sector"), root, false);
    if (json.contains(QStringLiteral("version"))) {
        if (!json.value(QStringLiteral("version")).isDouble() ||
            json.value(QStringLiteral("version")).toInt() < 1)
            in.errors << tr("$.version: must be a whole number from 1");
        else
            r.version = json.value(QStringLiteral("version")).toInt();
    }
    if (json.contains(QStringLiteral("status")))
        r.status = in.text(json, QStringLiteral("status"), root, false);
    r.titleZh = in.text(json, QStringLiteral("title_zh"), root, true);
    r.titleEn = in.text(json, QStringLiteral("title_en"), root, false);
    r.notesZh = in.text(json, QStringLiteral("notes_zh"), root, false);
    r.notesEn = in.text(json, QStringLiteral("notes_en"), root, false);
    r.filingReference = in.text(json, QStringLiteral("filing_reference"), root, false);
    const QString filed = in.text(json, QStringLiteral("filed_on"), root, false);
    if (!filed.isEmpty()) {
        r.filedOn = QDate::fromString(filed, Qt::ISODate);
        if (!r.filedOn.isValid())
            in.errors << tr("$.filed_on: '%1' is not a date (YYYY-MM-DD)").arg(filed);
    }
    r.expression = in.text(json, QStringLiteral("expression"), root, true);

    const QJsonValue factors = json.value(QStringLiteral("factors"));
    if (factors.isObject()) {
        const QJsonObject fo = factors.toObject();
        for (auto it = fo.begin(); it != fo.end(); ++it) {
            const QString path = QStringLiteral("$.factors.%1").arg(it.key());
            if (!it.value().isObject()) {
                in.errors << tr("%1: must be an object with \"mode\"").arg(path);
                continue;
            }
            FactorRule f;
            f.mode = in.text(it.value().toObject(), QStringLiteral("mode"), path, true);
            f.atLeast = it.value().toObject().value(QStringLiteral("k")).toInt(1);
            r.factors.insert(it.key(), f);
        }
    } else if (!factors.isUndefined()) {
        in.errors << tr("$.factors: must be an object");
    }

    const QJsonArray criteria = in.array(json, QStringLiteral("criteria"), root);
    for (int i = 0; i < criteria.size(); ++i) {
        const QString path = QStringLiteral("$.criteria[%1]").arg(i);
        if (!criteria.at(i).isObject()) {
            in.errors << tr("%1: must be an object").arg(path);
            continue;
        }
        const QJsonObject o = criteria.at(i).toObject();
        Criterion c;
        c.id = in.text(o, QStringLiteral("id"), path, true);
        c.factor = in.text(o, QStringLiteral("factor"), path, true);
        c.indicator = in.text(o, QStringLiteral("indicator"), path, true);
        c.op = in.text(o, QStringLiteral("op"), path, true);
        c.unit = in.text(o, QStringLiteral("unit"), path, false);
        c.textZh = in.text(o, QStringLiteral("text_zh"), path, false);
        c.textEn = in.text(o, QStringLiteral("text_en"), path, false);
        c.appliesTo = in.strings(o, QStringLiteral("applies_to"), path);
        const QJsonValue t = o.value(QStringLiteral("threshold"));
        if (t.isArray()) {
            for (const QJsonValue &v : t.toArray())
                c.set << valueText(v);
        } else if (t.isDouble() || t.isString()) {
            c.threshold = valueText(t);
        } else if (!t.isNull() && !t.isUndefined()) {
            in.errors << tr("%1.threshold: must be a number, a list or null").arg(path);
        }
        r.criteria << c;
    }
    const QJsonArray tests = in.array(json, QStringLiteral("tests"), root);
    for (int i = 0; i < tests.size(); ++i) {
        const QString path = QStringLiteral("$.tests[%1]").arg(i);
        const QJsonObject o = tests.at(i).toObject();
        RuleTest t;
        t.name = in.text(o, QStringLiteral("name"), path, true);
        t.category = in.text(o, QStringLiteral("category"), path, false);
        t.expected = in.text(o, QStringLiteral("expected"), path, true);
        const QJsonValue values = o.value(QStringLiteral("values"));
        if (!values.isObject()) {
            in.errors << tr("%1.values: must be an object of indicator values").arg(path);
        } else {
            const QJsonObject vo = values.toObject();
            for (auto it = vo.begin(); it != vo.end(); ++it)
                t.values.insert(it.key(), valueText(it.value()));
        }
        r.tests << t;
    }
    *errors = in.errors;
    return r;
}

Result<RuleSet> RuleSetJson::fromBytes(const QByteArray &bytes)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError)
        return Error::input(tr("not valid JSON"),
                            {tr("$: %1 at character %2").arg(e.errorString()).arg(e.offset)});
    if (!doc.isObject())
        return Error::input(tr("not a rule set"), {tr("$: must be an object")});
    return fromJson(doc.object());
}

Result<RuleSet> RuleSetJson::read(const QByteArray &bytes, const QVector<Indicator> &catalogue)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return fromBytes(bytes);
    QStringList all;
    const RuleSet r = readShape(doc.object(), &all);
    // The meaning of what could be read, except where the shape already said what is wrong
    // with that very field.
    QStringList shapePaths;
    for (const QString &problem : all)
        shapePaths << problem.section(QLatin1Char(':'), 0, 0);
    for (const QString &problem : problems(r, catalogue))
        if (!shapePaths.contains(problem.section(QLatin1Char(':'), 0, 0)))
            all << problem;
    if (!all.isEmpty())
        return Error::input(tr("the rule set has %n problem(s)", nullptr, all.size()), all);
    return r;
}

QStringList RuleSetJson::problems(const RuleSet &r, const QVector<Indicator> &catalogue)
{
    QStringList out;
    QHash<QString, const Indicator *> indicators;
    for (const Indicator &i : catalogue)
        indicators.insert(i.key, &i);
    if (!r.sector.isEmpty() && !Sector::isKnown(r.sector))
        out << tr("$.sector: unknown sector '%1'").arg(r.sector);
    if (!RuleSet::statuses().contains(r.status))
        out << tr("$.status: unknown status '%1' (draft, submitted, filed, superseded)")
                   .arg(r.status);
    for (auto it = r.factors.cbegin(); it != r.factors.cend(); ++it) {
        const QString path = QStringLiteral("$.factors.%1").arg(it.key());
        if (!Factor::all().contains(it.key()))
            out << tr("%1: unknown factor (core, harm, cross_sector)").arg(path);
        if (!QStringList{QStringLiteral("any"), QStringLiteral("all"), QStringLiteral("at-least")}
                 .contains(it->mode))
            out << tr("%1.mode: '%2' is not any, all or at-least").arg(path, it->mode);
        if (it->mode == QLatin1String("at-least") && it->atLeast < 1)
            out << tr("%1.k: must be 1 or more").arg(path);
    }
    QSet<QString> ids;
    for (int i = 0; i < r.criteria.size(); ++i) {
        const Criterion &c = r.criteria.at(i);
        const QString path = QStringLiteral("$.criteria[%1]").arg(i);
        if (c.id.isEmpty() || Factor::all().contains(c.id) ||
            c.id.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]"))) ||
            QStringList{QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not")}
                .contains(c.id.toLower()))
            out << tr("%1.id: '%2' must be letters, digits, _ or -, and not a factor name or "
                      "and/or/not")
                       .arg(path, c.id);
        else if (ids.contains(c.id))
            out << tr("%1.id: '%2' is used twice").arg(path, c.id);
        ids.insert(c.id);
        if (!Factor::all().contains(c.factor))
            out << tr("%1.factor: '%2' is not core, harm or cross_sector").arg(path, c.factor);
        const Indicator *ind = indicators.value(c.indicator);
        if (!ind)
            out << tr("%1.indicator: unknown indicator '%2'").arg(path, c.indicator);
        if (!Criterion::operators().contains(c.op)) {
            out << tr("%1.op: '%2' is not one of > >= < <= = in is-true").arg(path, c.op);
        } else if (c.op == QLatin1String("in")) {
            if (c.set.isEmpty())
                out << tr("%1.threshold: 'in' needs a list of values").arg(path);
        } else if (c.op == QLatin1String("is-true")) {
            if (ind && ind->type != Indicator::Type::Boolean)
                out << tr("%1.op: 'is-true' needs a yes/no indicator; %2 is not")
                           .arg(path, c.indicator);
        } else if (!Decimal::isValid(c.threshold)) {
            out << tr("%1.threshold: '%2' is not a number").arg(path, c.threshold);
        } else if (ind &&
                   (ind->type == Indicator::Type::Boolean || ind->type == Indicator::Type::Enum) &&
                   c.op != QLatin1String("=")) {
            out << tr("%1.op: '%2' compares numbers; %3 is not a number")
                       .arg(path, c.op, c.indicator);
        }
        for (int k = 0; k < c.appliesTo.size(); ++k) {
            if (!SystemInfo::categories().contains(c.appliesTo.at(k)))
                out << tr("%1.applies_to[%2]: '%3' is not website, platform, production or other")
                           .arg(path)
                           .arg(k)
                           .arg(c.appliesTo.at(k));
        }
        if (c.textZh.trimmed().isEmpty() && c.textEn.trimmed().isEmpty())
            out << tr("%1: give the criterion's wording (text_zh or text_en)").arg(path);
    }
    const Result<Expression> e = Expression::parse(r.expression);
    if (!e) {
        out << QStringLiteral("$.expression: %1").arg(e.error().message);
    } else {
        for (const Expression::NameRef &n : e.value().names()) {
            if (!Factor::all().contains(n.name) && !ids.contains(n.name))
                out << tr("$.expression: position %1: '%2' is neither a factor (core, harm, "
                          "cross_sector) nor a criterion id")
                           .arg(n.position + 1)
                           .arg(n.name);
        }
    }
    for (int i = 0; i < r.tests.size(); ++i) {
        const RuleTest &t = r.tests.at(i);
        const QString path = QStringLiteral("$.tests[%1]").arg(i);
        if (!Outcome::all().contains(t.expected))
            out << tr("%1.expected: '%2' is not cii, not-cii or insufficient-data")
                       .arg(path, t.expected);
        if (!t.category.isEmpty() && !SystemInfo::categories().contains(t.category))
            out << tr("%1.category: '%2' is not website, platform, production or other")
                       .arg(path, t.category);
        for (auto it = t.values.cbegin(); it != t.values.cend(); ++it) {
            const Indicator *ind = indicators.value(it.key());
            if (!ind) {
                out << tr("%1.values.%2: unknown indicator").arg(path, it.key());
                continue;
            }
            if (Result<QString> v = ind->canonicalValue(it.value()); !v)
                out << QStringLiteral("%1.values.%2: %3").arg(path, it.key(), v.error().message);
        }
    }
    return out;
}

} // namespace cii
