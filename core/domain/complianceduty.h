#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cii {

// One duty of a CII operator under Chapter III of Decree 745 (Art. 13–17, 19–21) that the
// department keeps evidence of: what the article asks, what value a record of it takes and
// how the checklist judges it. The catalogue is data: the checklist engine, the CLI, the CSV
// import and the GUI all read it from here.
struct ComplianceDuty
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceDuty)

public:
    // What a record of the duty holds.
    enum class Value {
        Person, // a person's name (Art. 13 principal responsible person)
        Body,   // the name of an organisational body
        YesNo,  // yes | no
        Amount, // yuan, up to two decimals (Art. 16 operating budget)
        Count,  // a whole number of people or agreements
        Text,   // free text
        Derived // not recorded here: read from other records (assessments, operator events)
    };
    // How its state is judged.
    enum class Judgement {
        Record,        // evidenced by the newest record, missing without one (or with no / 0)
        Renewed,       // as Record; overdue once the evidence is older than the department's
                       // period (a target the department sets, not a legal deadline)
        Assessments,   // Art. 17: the deadline engine's annual-assessment items of its systems
        Rectification, // Art. 17: the findings of its newest assessments and their rectification
        Reorganisation // Art. 21: its reported mergers, separations, dissolutions and handling
    };

    QString key;     // stable: files, the CLI and the store use it
    QString article; // "Art. 14", "Art. 15(3)"
    QString nameZh;
    QString nameEn;
    QString shortZh; // column headers
    QString shortEn;
    Value value = Value::Text;
    Judgement judgement = Judgement::Record;

    QString name() const;
    QString shortName() const;
    // The article as the regulation's Chinese text cites it (第十四条, 第十五条第（三）项) or
    // as `article`, in the current language.
    QString articleName() const;
    bool isRecorded() const { return value != Value::Derived; }
    bool takesPeriod() const { return judgement == Judgement::Renewed; }

    // The value as stored (trimmed; yes/no and numbers in one spelling), or why it cannot be.
    Result<QString> normalised(const QString &value) const;
    // The stored value in words for people ("yes" → 是, amounts with 元).
    QString shownValue(const QString &stored) const;
    // False when a stored value records that the duty is not met ("no", 0 people).
    bool affirms(const QString &stored) const;

    static QString valueKey(Value value);
    static QString valueName(Value value);

    static const QVector<ComplianceDuty> &all();
    static const ComplianceDuty *find(const QString &key);
    static QStringList keys();
    static QStringList recordedKeys();
};

} // namespace cii
