#pragma once

#include "io/doclanguage.h"
#include "io/documentfile.h"
#include "io/identificationnotice.h"
#include "result.h"
#include "storage/noticerepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace cii {

class Database;

struct NoticeRequest
{
    QVector<qint64> caseIds;
    QString to = QStringLiteral("operator"); // operator | mps
    DocumentFile::Format format = DocumentFile::Format::Pdf;
    DocLanguage language;
    QString outDir;
    QDate date = QDate::currentDate();
    // A new number for cases already in a notice to that addressee, replacing it.
    bool reissue = false;
    QString reason;
};

struct IssuedNotice
{
    Notice notice;
    QString path;
};

// Issues Art. 10 notices for decided cases: one to each operator listing its systems, or one
// notification to the MPS listing them all; numbers each notice and writes it (0600).
// Refused, numbering nothing, until the own department is complete (IssuingDepartment); a
// case already in a notice to that addressee reprints it or needs a reissue with a reason.
class NoticeIssuer
{
    Q_DECLARE_TR_FUNCTIONS(NoticeIssuer)

public:
    static Result<QVector<IssuedNotice>> issue(Database &db, const NoticeRequest &request);
    // What issue() would write, without numbering or storing anything (the preview).
    static Result<QVector<NoticeContent>> preview(Database &db, const NoticeRequest &request);

private:
    struct Group
    {
        qint64 operatorId = 0;
        QVector<qint64> caseIds;
        NoticeContent content;
        // Per entry: the earlier notices whose result for that system a re-identification
        // replaces.
        QVector<QVector<Notice>> replaced;
    };
    // Numbers written into the entries, leaving out notices not older than `noticeId`.
    static void nameReplaced(Group &group, qint64 noticeId);
    static Result<QVector<Group>> prepare(Database &db, const NoticeRequest &request);
};

} // namespace cii
