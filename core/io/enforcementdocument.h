#pragma once

#include "io/doclanguage.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace cii {

// What an enforcement document shows, as recorded; assembled by the enforcement case's
// document issuer from the store. Amounts are whole yuan; 0 means none. An empty text field
// prints as not recorded, never as invented text.
struct EnforcementDocumentContent
{
    // order: 责令改正通知书 (Art. 39–42); advance-notice: 行政处罚事先告知书 (APL Art. 44–45,
    // 63–64); decision: 行政处罚决定书 (APL Art. 59).
    QString kind;
    QString departmentZh;
    QString departmentEn;
    QString numberZh; // 某网安责改〔2026〕3号, from the department's prefix; issued by the issuer
    QString numberEn;
    QDate date; // 成文日期

    qint64 caseId = 0;
    // The party (当事人).
    QString operatorZh;
    QString operatorEn;
    QString operatorUscc;
    QString operatorAddressZh;
    QString operatorAddressEn;
    QString legalRepresentative; // 法定代表人 (or principal); empty: not printed as a line
    // The person directly in charge (直接负责的主管人员), where a fine on a person is proposed.
    QString personName;
    QString personTitleZh;
    QString personTitleEn;

    // The provision the case cites, as the CLI writes it: "Art. 39(8)", "Art. 40", "Art. 42".
    // The document names the duty violated and quotes both provisions' text from it.
    QString article;
    QString factsZh; // the facts found
    QString factsEn;
    QStringList evidenceZh; // the evidence, one item each (deadline item, incident, finding)
    QStringList evidenceEn;

    // Order to rectify.
    QDate rectifyBy;
    bool warning = false; // a warning is given with the order (Art. 39, 40)

    // Advance notice and decision: the reasons and the penalties (proposed, then decided).
    QString reasonsZh; // why a penalty (e.g. not rectified by the date ordered)
    QString reasonsEn;
    qint64 operatorFine = 0; // yuan
    qint64 personFine = 0;   // yuan, on personName
    QDate statementBy;       // advance notice: last day to state and defend; invalid: not given
    QDate hearingRequestBy;  // advance notice: 5 working days after receipt (APL Art. 64, 85)
    // Decision: what the party stated or the hearing found, and how it was weighed; empty:
    // the paragraph is left out.
    QString defenceZh;
    QString defenceEn;
    QString paymentZh; // how to pay (bank, account, payment code); empty: not recorded
    QString paymentEn;

    // Remedies: the bodies to apply to (reconsideration, litigation).
    QString reconsiderationBodyZh;
    QString reconsiderationBodyEn;
    QString courtZh;
    QString courtEn;

    QString contactName;
    QString contactPhone;
    QString anchor; // the audit chain's head at issue, ID:HEX16
};

// The numbered documents of an enforcement case under Art. 39–42 of the Regulations and the
// Administrative Penalty Law (2021): the order to rectify (with the warning where given), the
// advance notice of a proposed administrative penalty, and the penalty decision, in the
// official-document layout (OfficialDocument); written with DocumentFile or StagedDocument.
class EnforcementDocument
{
public:
    static QString html(const EnforcementDocumentContent &content, DocLanguage language);
    static std::unique_ptr<QTextDocument> build(const EnforcementDocumentContent &content,
                                                DocLanguage language);
    static QString title(const QString &kind, const DocLanguage &l);
    // An amount as figures with its unit: 200,000元 / 200,000 yuan.
    static QString amountText(qint64 yuan, const DocLanguage &l);
    // Whether the document knows the provision ("Art. 39(1)"…"Art. 39(10)", "Art. 40",
    // "Art. 42"): its text, the duty it enforces and the fine range.
    static bool knowsArticle(const QString &article);
};

} // namespace cii
