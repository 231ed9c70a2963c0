#pragma once

#include "io/doclanguage.h"
#include "io/documentfile.h"
#include "io/inspectionnotice.h"
#include "services/noticeissuer.h"

#include <QCoreApplication>

namespace cii {

class Database;

// Issues the notice of an inspection to its operator: numbered like the identification
// notices, written as PDF or ODT (0600); a planned inspection becomes notified. Only for
// inspections our department leads and that are not over; a joint one is issued jointly.
class InspectionNoticeIssuer
{
    Q_DECLARE_TR_FUNCTIONS(InspectionNoticeIssuer)

public:
    static Result<IssuedNotice> issue(Database &db, qint64 inspectionId,
                                      DocumentFile::Format format, DocLanguage language,
                                      const QString &outDir, const QDate &date);
    // What issue() would write, unnumbered, or why it refuses (the same refusals): the
    // dialog's preview, so a completed inspection is refused before anything is chosen.
    static Result<InspectionNoticeContent> preview(Database &db, qint64 inspectionId,
                                                   const QDate &date);
};

} // namespace cii
