#pragma once

#include "io/doclanguage.h"
#include "io/documentfile.h"
#include "services/noticeissuer.h"

#include <QCoreApplication>

namespace cii {

class Database;

// Issues the Art. 9 filing letter of a rule set to the MPS: numbered in the notices'
// sequence, once per rule set (printing it again keeps its number), written to `path`
// (0600). Refused, numbering nothing, until the own department is complete.
class FilingLetterIssuer
{
    Q_DECLARE_TR_FUNCTIONS(FilingLetterIssuer)

public:
    static Result<IssuedNotice> issue(Database &db, qint64 rulesetId, DocumentFile::Format format,
                                      DocLanguage language, const QString &path,
                                      const QDate &date);
};

} // namespace cii
