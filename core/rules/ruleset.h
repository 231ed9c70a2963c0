#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cii {

// The three factors of Art. 9 that identification rules weigh.
namespace Factor {
inline const QString Core = QStringLiteral("core"); // importance to core business
inline const QString Harm = QStringLiteral("harm"); // harm if destroyed, disabled, leaked
inline const QString CrossSector = QStringLiteral("cross_sector"); // impact on other sectors
inline QStringList all()
{
    return {Core, Harm, CrossSector};
}
} // namespace Factor

// One test inside a rule set (认定标准): an indicator compared with a threshold.
struct Criterion
{
    QString id;        // e.g. "W3", unique in the rule set; usable in the expression
    QString factor;    // Factor::Core, Harm or CrossSector
    QString indicator; // indicator key
    QString op;        // > >= < <= = in is-true
    QString threshold; // exact decimal text for the comparisons; empty for in / is-true
    QStringList set;   // the values for "in"
    QString unit;
    QStringList appliesTo; // system categories; empty = all
    QString textZh; // the criterion in the rules' own words, e.g. 日均访问量超过100万人次
    QString textEn;

    bool operator==(const Criterion &o) const;
    bool operator!=(const Criterion &o) const { return !(*this == o); }
    static QStringList operators();
};

// How one factor's criteria combine: any met, all met, or at least k met.
struct FactorRule
{
    QString mode = QStringLiteral("any"); // any | all | at-least
    int atLeast = 1;
    bool operator==(const FactorRule &o) const { return mode == o.mode && atLeast == o.atLeast; }
};

// A named set of inputs with the outcome the rules must give for it.
struct RuleTest
{
    QString name;
    QString category; // the system category the inputs describe; empty = "other"
    QMap<QString, QString> values;
    QString expected; // cii | not-cii | insufficient-data
    bool operator==(const RuleTest &o) const
    {
        return name == o.name && category == o.category && values == o.values &&
               expected == o.expected;
    }
};

// A sector's identification rules (认定规则), one version of them.
struct RuleSet
{
    qint64 id = 0;
    QString sector;
    int version = 1;
    QString status = QStringLiteral("draft"); // draft | submitted | filed | superseded
    QString titleZh;
    QString titleEn;
    QString notesZh;
    QString notesEn;
    QString filingReference;
    QDate filedOn;
    QVector<Criterion> criteria;
    QMap<QString, FactorRule> factors; // factor → rule; absent = any
    QString expression = QStringLiteral("core or harm or cross_sector");
    QVector<RuleTest> tests;
    // The store's row version when read (schema 13): an edit of a draft saves only over the
    // version its editor read (EditConflict); 0 = not read from a store, not checked.
    qint64 rowVersion = 0;

    bool isEditable() const
    {
        return status == QLatin1String("draft") || status == QLatin1String("submitted");
    }
    FactorRule factorRule(const QString &factor) const { return factors.value(factor); }
    const Criterion *criterion(const QString &id) const;
    static QStringList statuses();
};

// Identification outcomes (cli.md).
namespace Outcome {
inline const QString Cii = QStringLiteral("cii");
inline const QString NotCii = QStringLiteral("not-cii");
inline const QString Insufficient = QStringLiteral("insufficient-data");
inline QStringList all()
{
    return {Cii, NotCii, Insufficient};
}
} // namespace Outcome

} // namespace cii
