#pragma once

#include "io/doclanguage.h"

#include <QDate>
#include <QStringList>
#include <QVector>

#include <memory>

class QTextDocument;

namespace cii {

// One identified system as a notice lists it.
struct NoticeEntry
{
    QString operatorNameZh;
    QString operatorNameEn;
    QString operatorUscc;
    QString systemName;
    QString category;
    QString outcome;   // the decision: cii | not-cii
    QStringList metZh; // the criteria met, in the rules' own words
    QStringList metEn;
    QString overrideReason; // set when the department overrode the engine
    QString rulesZh;        // 《…》（第 N 版）
    QString rulesEn;
    QDate decidedOn;
    // A re-identification after the operator's change report (Art. 11): the day the report
    // was received (invalid otherwise), and the notices whose result for this system it
    // replaces (number texts).
    QDate changeReportReceived;
    QStringList replacesZh;
    QStringList replacesEn;
};

// Everything a notice shows; assembled by NoticeIssuer from the store.
struct NoticeContent
{
    QString kind; // operator | mps
    QString departmentZh;
    QString departmentEn;
    QString numberZh;
    QString numberEn;
    QDate date;
    QString addresseeZh; // the operator, or the MPS
    QString addresseeEn;
    QVector<NoticeEntry> entries;
    QString contactName;
    QString contactPhone;
    // The MPS notification of every listed case was recorded when the notice was issued;
    // until then the notice says it will be notified, never that it was (Art. 10).
    bool mpsNotified = false;
    // A reissue: the notice it replaces (number texts) and why.
    QString reissueOfZh;
    QString reissueOfEn;
    QString reissueReason;
    QString anchor; // the audit chain's head at issue, ID:HEX16
};

// The identification-result notice to an operator (认定结果通知书) and the notification to the
// Ministry of Public Security (通报) under Art. 10 (and Art. 11 for a re-identification),
// laid out in the spirit of GB/T 9704. The operator's notice lists its Chapter III duties
// with their articles and whom to ask about the result.
class IdentificationNotice
{
public:
    static QString html(const NoticeContent &content, DocLanguage language);
    static std::unique_ptr<QTextDocument> build(const NoticeContent &content, DocLanguage language);
    static QString title(const QString &kind, const DocLanguage &l);
};

} // namespace cii
