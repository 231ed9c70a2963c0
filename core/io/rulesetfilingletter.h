#pragma once

#include "io/doclanguage.h"

#include <QDate>
#include <QString>

#include <memory>

class QTextDocument;

namespace cii {

// What the filing letter shows; assembled by FilingLetterIssuer.
struct FilingLetterContent
{
    QString departmentZh;
    QString departmentEn;
    QString numberZh;
    QString numberEn;
    QDate date;
    QString sectorZh;
    QString sectorEn;
    QString rulesZh; // the rule set's title
    QString rulesEn;
    int version = 1;
    QString contactName;
    QString contactPhone;
    QString anchor; // the audit chain's head at issue, ID:HEX16
};

// The numbered letter (函) by which the department reports its identification rules to the
// Ministry of Public Security for filing (Art. 9). The rules themselves are its attachment:
// the filing document (RuleSetFilingDocument, `rules document`), written as its own file.
class RuleSetFilingLetter
{
public:
    static QString html(const FilingLetterContent &content, DocLanguage language);
    static std::unique_ptr<QTextDocument> build(const FilingLetterContent &content,
                                                DocLanguage language);
    static QString title(const FilingLetterContent &content, const DocLanguage &l);
};

} // namespace cii
