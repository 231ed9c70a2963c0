#pragma once

#include "domain/department.h"
#include "domain/enforcementcase.h"
#include "io/doclanguage.h"
#include "io/documentfile.h"
#include "io/enforcementdocument.h"
#include "result.h"
#include "schedule/holidaycalendar.h"
#include "services/noticeissuer.h"

#include <QCoreApplication>
#include <QHash>

namespace cii {

class Database;

// Where and how a step's document is written.
struct EnforcementDocumentRequest
{
    DocumentFile::Format format = DocumentFile::Format::Pdf;
    DocLanguage language;
    QString outDir;
};

// A step as recorded, with its document when one was written.
struct RecordedStep
{
    qint64 stepId = 0;
    Notice notice; // id 0: no document issued with the step
    QString path;
};

// The numbered documents of an enforcement case: the order to rectify (责令改正通知书), the
// advance notice (行政处罚事先告知书) and the decision (行政处罚决定书), numbered in the
// department's one sequence (NoticeRepository) and filled only with what the case records.
// Refused, numbering and recording nothing, until the own department is complete.
class EnforcementDocumentIssuer
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementDocumentIssuer)

public:
    // The steps that have a document: order, advance-notice, decision.
    static bool hasDocument(const QString &stepKind);
    static QString noticeKind(const QString &stepKind);
    // Records the step; with `request`, its document is numbered and written in the same
    // transaction, so a step whose document cannot be issued is not recorded either.
    static Result<RecordedStep> record(Database &db, const EnforcementStep &step,
                                       const EnforcementDocumentRequest *request);
    // The document of a recorded step: numbered the first time, reprinted after.
    static Result<IssuedNotice> issue(Database &db, qint64 stepId,
                                      const EnforcementDocumentRequest &request);
    // What the document of `step` of case `c` shows (the number left to the issue).
    // `details`: what each evidence link's record says (evidenceDetails), printed after it.
    static EnforcementDocumentContent content(const EnforcementCase &c, const EnforcementStep &step,
                                              const Department &own,
                                              const HolidayCalendar &calendar,
                                              const QHash<QString, QString> &details = {});
    // The recorded words of the case's linked findings, by link (finding:12 → its description).
    static QHash<QString, QString> evidenceDetails(Database &db, const EnforcementCase &c);

private:
    static Status usable(const EnforcementCase &c, const QString &stepKind,
                         const EnforcementDocumentRequest &request);
    static QString fileName(const Notice &n, const EnforcementCase &c, const QString &stepKind,
                            DocumentFile::Format format);
};

} // namespace cii
