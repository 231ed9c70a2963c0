#pragma once

#include "domain/department.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <functional>

namespace cii {

class Database;
class WriteTransaction;

// An issued numbered document (通知书 / 通报 / 函): numbered per issuing department and year,
// and kept with what it was issued with, so that a reprint is the same document.
struct Notice
{
    qint64 id = 0;
    // operator | mps | inspection | filing-letter | enforcement-order | enforcement-notice |
    // enforcement-decision
    QString kind;
    QString department = QStringLiteral("own");
    QString docPrefix; // the department's, when issued
    int year = 0;
    int number = 0;
    qint64 operatorId = 0; // for operator and inspection notices
    QDate issuedOn;
    QVector<qint64> caseIds;
    qint64 inspectionId = 0;      // for inspection notices
    qint64 rulesetId = 0;         // for filing letters
    qint64 enforcementStepId = 0; // for the documents of enforcement steps
    // As issued.
    QString numberZh;
    QString numberEn;
    QString departmentZh;
    QString departmentEn;
    QString contactName;
    QString contactPhone;
    bool statesMpsNotified = false; // the notice said the MPS had been notified (Art. 10)
    qint64 replacesId = 0;          // a reissue: the notice it replaces
    QString reissueReason;
    // Set by the issue functions: the document was issued before and is printed again.
    bool reprinted = false;
    // Set by the issue functions: the audit chain's head when it was (re)printed, ID:HEX16.
    QString anchor;

    // 某网安〔2026〕12号, or "某网安 [2026] No. 12" in English: as issued.
    QString numberText(bool chinese) const;
    // The issuing department's names and contact as the notice was issued with them;
    // `current` fills what a notice from before they were kept lacks.
    Department issuedBy(Department current) const;
};

// What a new numbered document records when it is issued.
struct NoticeIssue
{
    QString kind;
    qint64 operatorId = 0;
    QDate date;
    Department department; // the issuing department (own), complete
    QVector<qint64> caseIds;
    qint64 inspectionId = 0;
    qint64 rulesetId = 0;
    qint64 enforcementStepId = 0; // for the documents of an enforcement case's steps
    bool statesMpsNotified = false;
    bool reissue = false;
    QString reason;
};

// Notices and their numbers. A number is taken in the same transaction that records the
// notice, under the store's write lock, and (department, year, number) is unique: two
// processes issuing at once get consecutive numbers, never the same one, and a failed issue
// leaves no gap.
class NoticeRepository
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRepository)

public:
    explicit NoticeRepository(Database &db) : m_db(db) {}

    // Issues Art. 10 notices (`kind` operator or mps), each of exactly its cases, in one
    // transaction. The same cases asked again reprint the notice that has them (its number);
    // a case already in a notice of that kind with other cases is refused — and then none is
    // numbered — unless `reissue` (with a reason), which numbers a new notice replacing the
    // newest earlier one, audited.
    //
    // `render` runs inside the numbering transaction for each notice, numbered or reprinted:
    // it writes the document (to a temporary file). When it fails nothing is numbered, so a
    // document that could not be written never burns a number. Each notice carries the audit
    // chain's head before the transaction (`anchor`, ID:HEX16) for its footer.
    using Render = std::function<Status(const Notice &)>;
    Result<QVector<Notice>> issue(QVector<NoticeIssue> issues, const Render &render = {});
    Result<QVector<Notice>> forCase(qint64 caseId) const;
    // Earlier notices of `kind` (to `operatorId` for operator notices), issued before notice
    // `beforeNotice` (0: all), that list a case of `systemId` older than `beforeCase`: what a
    // re-identification's notice replaces.
    Result<QVector<Notice>> earlierForSystem(const QString &kind, qint64 operatorId,
                                             qint64 systemId, qint64 beforeCase,
                                             qint64 beforeNotice) const;
    Result<Notice> byId(qint64 id) const;
    // The inspection notice of an inspection (Art. 26–28), issued once; printing it again
    // keeps its number. Same numbering as the identification notices.
    Result<Notice> issueForInspection(const NoticeIssue &issue, const Render &render = {});
    // The letter filing a rule set with the MPS (Art. 9), issued once per rule set.
    Result<Notice> issueFilingLetter(const NoticeIssue &issue, const Render &render = {});
    // The document of an enforcement case's step (order, advance notice, decision), issued
    // once per step; printing it again keeps its number.
    Result<Notice> issueForEnforcementStep(const NoticeIssue &issue, const Render &render = {});
    // The same inside the transaction that records the step, so that the step and its number
    // are stored together or not at all.
    Result<Notice> issueForEnforcementStep(WriteTransaction &tx, const NoticeIssue &issue,
                                           const Render &render = {});
    // How many numbered documents the store holds (for checks that nothing was numbered).
    Result<qint64> count() const;

private:
    Status issueOne(WriteTransaction &tx, const NoticeIssue &issue, Notice *result);
    Result<QVector<Notice>> withCases(Result<QVector<Notice>> notices) const;
    // Returns the notice already issued for `existingWhere` (bound to `key`), or numbers a
    // new one with `link` run after it inside the same transaction.
    Result<Notice> issueOnce(const NoticeIssue &issue, const QString &existingWhere, qint64 key,
                             const std::function<Status(WriteTransaction &, const Notice &)> &link,
                             const Render &render);
    // The newest audit record as "ID:HEX16", read inside `tx`.
    static Result<QString> chainHead(WriteTransaction &tx);
    static Notice draft(const NoticeIssue &issue);
    // Takes the department's next number for the year and records the notice, inside `tx`.
    static Status insertNumbered(WriteTransaction &tx, Notice &notice);
    static Status linkEnforcementStep(WriteTransaction &tx, const Notice &notice);

    Database &m_db;
};

} // namespace cii
