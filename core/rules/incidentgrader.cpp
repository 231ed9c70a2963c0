#include "incidentgrader.h"

#include "rules/decimal.h"

namespace cii {
namespace {

// `number` (a plain non-negative decimal) times `factor`, exactly: the digits multiplied by
// hand, so that 0.1667 hours is 10.002 minutes and not 10.001999….
QString timesExactly(const QString &number, int factor)
{
    const qsizetype point = number.indexOf(QLatin1Char('.'));
    QString digits = number;
    qsizetype fraction = 0;
    if (point >= 0) {
        digits.remove(point, 1);
        fraction = number.size() - point - 1;
    }
    QString product;
    int carry = 0;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int d = digits.at(i).digitValue() * factor + carry;
        product.prepend(QChar(u'0' + d % 10));
        carry = d / 10;
    }
    while (carry) {
        product.prepend(QChar(u'0' + carry % 10));
        carry /= 10;
    }
    while (product.size() <= fraction)
        product.prepend(QLatin1Char('0'));
    if (fraction)
        product.insert(product.size() - fraction, QLatin1Char('.'));
    return product;
}

} // namespace

QString IncidentGrader::canonical(const QString &value)
{
    const QString v = value.trimmed();
    if (v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("true");
    if (v.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("false");
    if (Decimal::isValid(v) && !v.startsWith(QLatin1Char('-')))
        return v.startsWith(QLatin1Char('+')) ? v.mid(1) : v;
    return {};
}

bool IncidentGrader::meets(const IncidentCriterion &criterion, const QString &value)
{
    const QString v = canonical(value);
    if (criterion.qualitative())
        return v == QLatin1String("true");
    if (v.isEmpty() || v == QLatin1String("true") || v == QLatin1String("false") ||
        !Decimal::isValid(criterion.threshold))
        return false;
    // Durations are facts in hours; a figure the guide states in minutes ("10分钟以上")
    // compares the hours ×60.
    const QString compared = criterion.unit == QLatin1String("minutes") &&
                                     criterion.fact.endsWith(QLatin1String("-hours"))
                                 ? timesExactly(v, 60)
                                 : v;
    const int c = Decimal::compare(compared, criterion.threshold);
    // 以上 (>=) includes the number; 超过 (>) does not.
    return criterion.op == QLatin1String(">") ? c > 0 : c >= 0;
}

IncidentGrading IncidentGrader::grade(const QVector<IncidentCriterion> &criteria,
                                      const QMap<QString, QString> &facts)
{
    IncidentGrading out;
    int best = Incident::gradeRank(out.grade);
    qsizetype decisive = -1;
    for (const IncidentCriterion &c : criteria) {
        IncidentCriterionTrace t;
        t.criterion = c.key;
        t.grade = c.grade;
        t.fact = c.fact;
        t.op = c.op;
        t.threshold = c.threshold;
        t.unit = c.unit;
        const auto fact = facts.constFind(c.fact);
        if (fact != facts.cend())
            t.value = fact.value();
        if (!c.enabled)
            t.result = QStringLiteral("disabled"); // never counts, whatever the fact says
        else if (t.value.isEmpty() || canonical(t.value).isEmpty())
            t.result = QStringLiteral("missing");
        else
            t.result = meets(c, t.value) ? QStringLiteral("met") : QStringLiteral("not-met");
        // The first met criterion of the highest grade decides (the guide's order within a
        // grade is kept, so the trace names the same one every time).
        if (t.result == QLatin1String("met") && Incident::gradeRank(c.grade) > best) {
            best = Incident::gradeRank(c.grade);
            out.grade = c.grade;
            out.decidingCriterion = c.key;
            decisive = out.trace.size();
        }
        out.trace << t;
    }
    if (decisive >= 0)
        out.trace[decisive].decisive = true;
    return out;
}

QStringList IncidentGrader::factKeys(const QVector<IncidentCriterion> &criteria)
{
    QStringList keys;
    for (const IncidentCriterion &c : criteria)
        if (!keys.contains(c.fact))
            keys << c.fact;
    return keys;
}

Result<QMap<QString, QString>>
IncidentGrader::factsFromJson(const QVector<IncidentCriterion> &criteria, const QJsonObject &object)
{
    const QStringList known = factKeys(criteria);
    QMap<QString, QString> facts;
    QStringList problems;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (!known.contains(key)) {
            problems << tr("%1: no criterion reads this fact").arg(key);
            continue;
        }
        const QJsonValue v = it.value();
        QString text;
        if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble()) {
            const double d = v.toDouble();
            // Integers as integers (no exponent for 100000000); fractions to six places, the
            // zeros after them dropped: facts are figures a person gives, never computed.
            text = d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'f', 6);
            if (text.contains(QLatin1Char('.'))) {
                while (text.endsWith(QLatin1Char('0')))
                    text.chop(1);
                if (text.endsWith(QLatin1Char('.')))
                    text.chop(1);
            }
        } else if (v.isString())
            text = v.toString();
        if (canonical(text).isEmpty()) {
            problems << tr("%1: a number at or above zero, or true/false").arg(key);
            continue;
        }
        facts.insert(key, canonical(text));
    }
    if (!problems.isEmpty())
        return Error::input(tr("the facts cannot be used"), problems);
    return facts;
}

} // namespace cii
