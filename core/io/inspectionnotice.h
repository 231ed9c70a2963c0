#pragma once

#include "io/doclanguage.h"

#include <QDate>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace cii {

// What an inspection notice shows; assembled by InspectionNoticeIssuer from the store.
struct InspectionNoticeContent
{
    QString departmentZh;
    QString departmentEn;
    QString numberZh;
    QString numberEn;
    QDate date;
    QString operatorZh;
    QString operatorEn;
    QString operatorUscc;
    QString kindZh;
    QString kindEn;
    QString leadZh;
    QString leadEn;
    QStringList participantsZh;
    QStringList participantsEn;
    QDate start;
    QDate end;
    QString team;
    QStringList systems;
    bool joint = false;
};

// The notice of an inspection to the operator (Art. 26–28): scope, window, team and the
// Art. 27 assurances — no fees, no required purchases — in the spirit of GB/T 9704.
class InspectionNotice
{
public:
    static QString html(const InspectionNoticeContent &content, DocLanguage language);
    static std::unique_ptr<QTextDocument> build(const InspectionNoticeContent &content,
                                                DocLanguage language);
};

} // namespace cii
