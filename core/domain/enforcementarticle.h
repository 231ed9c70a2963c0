#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cii {

// A range of fines "X元以上Y元以下": 以上 and 以下 include the number (Criminal Law Art. 99,
// read the same way in administrative law), so both ends are allowed. Amounts in yuan: the
// regulation fixes whole yuan, and a multiple (Art. 41) is applied to a recorded amount.
struct FineRange
{
    qint64 min = 0; // yuan, or times the purchase amount when `multiple`
    qint64 max = 0;
    bool multiple = false; // Art. 41: "采购金额1倍以上10倍以下"
    bool isEmpty() const { return max == 0; }
    // The range in yuan; `purchaseAmount` (yuan) for a multiple.
    qint64 lowYuan(qint64 purchaseAmount) const { return multiple ? min * purchaseAmount : min; }
    qint64 highYuan(qint64 purchaseAmount) const { return multiple ? max * purchaseAmount : max; }
    bool allows(qint64 yuan, qint64 purchaseAmount = 0) const
    {
        return !isEmpty() && yuan >= lowYuan(purchaseAmount) && yuan <= highYuan(purchaseAmount);
    }
};

// One paragraph of the regulation's legal liability chapter (Art. 39–42) that a case can rest
// on: what it forbids, and what it lets the department order and fine. Data, so that a case,
// the documents and the checks read the same words and numbers.
struct EnforcementArticle
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementArticle)

public:
    QString key; // "Art. 39(8)", "Art. 40", "Art. 41", "Art. 42"
    int article = 0;
    int item = 0;   // 1–10 for Art. 39, 0 otherwise
    QString textZh; // the paragraph's words (for Art. 39 the item's), as the regulation has them
    QString textEn;
    bool warning = false; // 给予警告 together with the order (Art. 39, 40); a penalty (APL Art. 9)
    // 拒不改正 (or, Art. 39/40, 导致危害网络安全等后果) before a fine; Art. 41 fines outright.
    bool fineNeedsRefusal = true;
    bool harmAlsoFines = false; // Art. 39, 40: 导致危害网络安全等后果的 also opens the fine
    FineRange operatorFine;
    FineRange personFine;
    // Art. 41, 42 fine the person directly in charge and other directly responsible persons.
    bool otherPersonsToo = false;

    // "第三十九条第（八）项" / "Art. 39(8)"
    QString citation(bool chinese) const;
    // The department's power under the article, in words ("责令改正，给予警告；…").
    QString penaltyText(bool chinese) const;
    QString displayName() const; // key and text in the current language

    static const QVector<EnforcementArticle> &all();
    // nullptr when `key` names no paragraph of the catalogue.
    static const EnforcementArticle *find(const QString &key);
    static QStringList keys();
    // "100,000" / "10万" style amount in words for documents.
    static QString yuanText(qint64 yuan, bool chinese);
};

} // namespace cii
