#include "indicator.h"

#include "domain/textfield.h"
#include "i18n/language.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace cii {

QString Indicator::displayName() const
{
    return Language::pick(nameZh, nameEn);
}

QString Indicator::typeKey(Type t)
{
    switch (t) {
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Decimal:
        return QStringLiteral("decimal");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Enum:
        return QStringLiteral("enum");
    }
    return {};
}

bool Indicator::typeFromKey(const QString &key, Type *out)
{
    for (Type t : {Type::Integer, Type::Decimal, Type::Boolean, Type::Enum}) {
        if (typeKey(t) == key) {
            *out = t;
            return true;
        }
    }
    return false;
}

Result<QString> Indicator::canonicalValue(const QString &raw) const
{
    const QString v = raw.trimmed();
    if (v.isEmpty())
        return Error::input(tr("a value is required"));
    switch (type) {
    case Type::Integer:
    case Type::Decimal: {
        // Any length is parsed first, so that a number too long or below zero is refused for
        // what it is, not as "not a number". ASCII digits only: \d would take full-width ones.
        static const QRegularExpression re(QStringLiteral("^([+-]?)([0-9]+)(?:\\.([0-9]+))?$"));
        const auto m = re.match(v);
        if (!m.hasMatch() || (type == Type::Integer && m.hasCaptured(3)))
            return Error::input(type == Type::Integer
                                    ? tr("'%1' is not a whole number (write digits only, no "
                                         "separators)")
                                          .arg(TextField::shown(v))
                                    : tr("'%1' is not a decimal number (write e.g. 1234.5)")
                                          .arg(TextField::shown(v)));
        QString whole = m.captured(2);
        while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
            whole.remove(0, 1);
        QString fraction = m.captured(3);
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        if (whole.size() > MaxWholeDigits)
            return Error::input(tr("'%1' has %2 digits before the decimal point; at most %3 are "
                                   "accepted")
                                    .arg(TextField::shown(v))
                                    .arg(whole.size())
                                    .arg(MaxWholeDigits));
        if (fraction.size() > MaxFractionDigits)
            return Error::input(tr("'%1' has %2 decimal places; at most %3 are accepted")
                                    .arg(TextField::shown(v))
                                    .arg(fraction.size())
                                    .arg(MaxFractionDigits));
        QString out = whole + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
        // Indicators count people, amounts and shares: none is below zero (-0 is 0).
        if (m.captured(1) == QLatin1String("-") && out != QLatin1String("0"))
            return Error::input(
                tr("'%1' is negative; a count, an amount or a share cannot be below zero")
                    .arg(TextField::shown(v)));
        return out;
    }
    case Type::Boolean: {
        const QString l = v.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("1") ||
            v == QStringLiteral("是"))
            return QStringLiteral("true");
        if (l == QLatin1String("false") || l == QLatin1String("no") || l == QLatin1String("0") ||
            v == QStringLiteral("否"))
            return QStringLiteral("false");
        return Error::input(
            tr("'%1' is not yes/no (write true or false)").arg(TextField::shown(v)));
    }
    case Type::Enum:
        if (!enumValues.contains(v))
            return Error::input(
                tr("'%1' is not one of: %2")
                    .arg(TextField::shown(v), enumValues.join(QStringLiteral(", "))));
        return v;
    }
    return Error::input(tr("unknown indicator type"));
}

QString Indicator::displayValue(const QString &canonical) const
{
    const QLocale locale;
    switch (type) {
    case Type::Integer:
        return locale.toString(canonical.toLongLong());
    case Type::Decimal: {
        const int dot = canonical.indexOf(QLatin1Char('.'));
        if (dot < 0)
            return locale.toString(canonical.toLongLong());
        // Group the whole part only, so the exact decimals are shown as stored.
        return locale.toString(canonical.left(dot).toLongLong()) + locale.decimalPoint() +
               canonical.mid(dot + 1);
    }
    case Type::Boolean:
        return canonical == QLatin1String("true") ? tr("Yes") : tr("No");
    case Type::Enum:
        return canonical;
    }
    return canonical;
}

QJsonObject Indicator::toJson() const
{
    QJsonObject o{
        {QStringLiteral("key"), key},
        {QStringLiteral("name_zh"), nameZh},
        {QStringLiteral("name_en"), nameEn},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("type"), typeKey(type)},
    };
    if (type == Type::Enum)
        o.insert(QStringLiteral("values"), QJsonArray::fromStringList(enumValues));
    return o;
}

} // namespace cii
