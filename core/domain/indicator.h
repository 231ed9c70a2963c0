#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cii {

// A measurable property of a system that identification rules read (指标).
struct Indicator
{
    Q_DECLARE_TR_FUNCTIONS(Indicator)

public:
    enum class Type { Integer, Decimal, Boolean, Enum };
    // Digits a value may have: the whole part fits a qint64, the fraction is exact.
    static constexpr int MaxWholeDigits = 18;
    static constexpr int MaxFractionDigits = 9;

    QString key;
    QString nameZh;
    QString nameEn;
    QString unit;
    Type type = Type::Integer;
    QStringList enumValues;

    QString displayName() const;
    static QString typeKey(Type t);
    static bool typeFromKey(const QString &key, Type *out);

    // Checks a value typed by a person or read from a file and returns its canonical text:
    // integers and exact decimals without grouping, booleans as "true"/"false".
    Result<QString> canonicalValue(const QString &raw) const;
    // How a canonical value reads in the current locale (grouping, yes/no).
    QString displayValue(const QString &canonical) const;
    QJsonObject toJson() const;
};

// One reported value of an indicator for a system, with the date it was reported.
struct IndicatorValue
{
    qint64 systemId = 0;
    QString key;
    QString value; // canonical text, see Indicator::canonicalValue
    QDate reportedOn;
};

} // namespace cii
