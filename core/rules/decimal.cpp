#include "decimal.h"

namespace cii {
namespace {

struct Parts
{
    bool negative = false;
    QString whole;    // no leading zeros ("" for zero)
    QString fraction; // no trailing zeros
};

Parts split(const QString &text)
{
    Parts p;
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+'))) {
        p.negative = t.front() == QLatin1Char('-');
        t.remove(0, 1);
    }
    const int dot = t.indexOf(QLatin1Char('.'));
    p.whole = dot < 0 ? t : t.left(dot);
    p.fraction = dot < 0 ? QString() : t.mid(dot + 1);
    while (p.whole.startsWith(QLatin1Char('0')))
        p.whole.remove(0, 1);
    while (p.fraction.endsWith(QLatin1Char('0')))
        p.fraction.chop(1);
    if (p.whole.isEmpty() && p.fraction.isEmpty())
        p.negative = false; // -0 is 0
    return p;
}

int compareMagnitude(const Parts &a, const Parts &b)
{
    if (a.whole.size() != b.whole.size())
        return a.whole.size() < b.whole.size() ? -1 : 1;
    if (const int c = a.whole.compare(b.whole); c != 0)
        return c < 0 ? -1 : 1;
    const int n = qMax(a.fraction.size(), b.fraction.size());
    const QString fa = a.fraction.leftJustified(n, QLatin1Char('0'));
    const QString fb = b.fraction.leftJustified(n, QLatin1Char('0'));
    const int c = fa.compare(fb);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

bool Decimal::isValid(const QString &text)
{
    // [+-]? (digits [. digits?] | . digits), surrounding spaces allowed. Hand-written: the
    // engine asks this for every value of every system it identifies.
    const QStringView t = QStringView(text).trimmed();
    qsizetype i = 0;
    if (i < t.size() && (t[i] == QLatin1Char('+') || t[i] == QLatin1Char('-')))
        ++i;
    qsizetype intDigits = 0, fracDigits = 0;
    while (i < t.size() && t[i] >= QLatin1Char('0') && t[i] <= QLatin1Char('9'))
        ++i, ++intDigits;
    if (i < t.size() && t[i] == QLatin1Char('.')) {
        ++i;
        while (i < t.size() && t[i] >= QLatin1Char('0') && t[i] <= QLatin1Char('9'))
            ++i, ++fracDigits;
    }
    return i == t.size() && (intDigits > 0 || fracDigits > 0);
}

int Decimal::compare(const QString &a, const QString &b)
{
    const Parts pa = split(a);
    const Parts pb = split(b);
    if (pa.negative != pb.negative)
        return pa.negative ? -1 : 1;
    const int m = compareMagnitude(pa, pb);
    return pa.negative ? -m : m;
}

} // namespace cii
