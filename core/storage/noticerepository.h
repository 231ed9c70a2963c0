#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace cii {

class Database;
class WriteTransaction;

// An issued notice (通知书 / 通报): numbered per issuing department and year.
struct Notice
{
    qint64 id = 0;
    QString kind; // operator | mps | inspection
    QString department = QStringLiteral("own");
    QString docPrefix; // the department's, when issued
    int year = 0;
    int number = 0;
    qint64 operatorId = 0; // for operator notices
    QDate issuedOn;
    QVector<qint64> caseIds;
    qint64 inspectionId = 0; // for inspection notices

    // 某网安〔2026〕12号, or "[2026] No. 12" in English.
    QString numberText(bool chinese) const;
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

    // Issues a notice of `kind` for exactly these cases, or returns the one already issued
    // for the same kind and cases (printing it again keeps its number).
    Result<Notice> issue(const QString &kind, QVector<qint64> caseIds, qint64 operatorId,
                         const QDate &date);
    Result<QVector<Notice>> forCase(qint64 caseId) const;
    // The inspection notice of an inspection (Art. 26–28), issued once; printing it again
    // keeps its number. Same numbering as the identification notices.
    Result<Notice> issueForInspection(qint64 inspectionId, qint64 operatorId, const QDate &date);

private:
    // Takes the department's next number for the year and records the notice, inside `tx`.
    static Status insertNumbered(WriteTransaction &tx, Notice &notice);

    Database &m_db;
};

} // namespace cii
