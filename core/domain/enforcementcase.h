#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace cii {

// One step of an enforcement case, in the Administrative Penalty Law's order (see
// EnforcementProcedure). A step is a record: once stored it never changes.
struct EnforcementStep
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind; // order | check | advance-notice | decision | closed
    QDate date;   // the day of the step (the document's date, served that day)
    // order: the day the operator must have rectified by (set by the department)
    QDate rectifyBy;
    bool warning = false; // order: a warning given with it (Art. 39, 40)
    // check: whether it was rectified; and whether harm to cybersecurity followed (Art. 39, 40)
    bool rectified = false;
    bool harm = false;
    // advance-notice: the proposed fines; decision: the fines imposed (yuan, 0: none)
    qint64 fineOperator = 0;
    qint64 finePerson = 0;
    // decision: whether a hearing was held (APL Art. 63–65), and when
    bool hearingHeld = false;
    QDate hearingOn;
    QString note;
    QString recordedBy;
    qint64 noticeId = 0; // the numbered document issued for the step (0: none yet)
    QString noticeNumber;

    QJsonObject toJson() const;
    static QStringList kinds();
    static QString kindName(const QString &kind);
};

// An enforcement case against an operator under one paragraph of Art. 39–42: what was found,
// the records it rests on, and its steps. The case's own fields never change after it is
// opened; it moves on only by adding steps.
struct EnforcementCase
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementCase)

public:
    qint64 id = 0;
    qint64 operatorId = 0;
    QString operatorName;
    QString operatorNameEn;
    QString operatorUscc;
    QString sector;
    QString article;           // EnforcementArticle::key
    QString facts;             // what was found
    QString person;            // the person directly in charge, when named
    qint64 purchaseAmount = 0; // Art. 41: the purchase the fine is a multiple of (yuan)
    QDate openedOn;
    QStringList evidence;           // KIND:ID links (finding, incident, deadline, compliance)
    QVector<EnforcementStep> steps; // oldest first

    // The newest step's kind, or "opened".
    QString step() const;
    const EnforcementStep *last(const QString &kind) const;
    QJsonObject toJson() const;
    static QStringList evidenceKinds();
    // A KIND:ID link in words: "Finding 3", "Incident 5", "Deadline item …".
    static QString evidenceName(const QString &link);
};

} // namespace cii
