#pragma once

#include "domain/incident.h"
#include "io/doclanguage.h"
#include "io/documentfile.h"
#include "io/incidentreportdocument.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cii {

class Database;

// What a report document was written from, and where it went.
struct IssuedIncidentReport
{
    qint64 timelineId = 0; // the timeline entry recording the issue
    QString path;
};

// The department's reports on an incident (2025 Reporting Measures): the onward report to
// the CAC and the MPS (Art. 4, 7), a follow-up report (Art. 7 para. 2) and the summary report
// (Art. 8). The content is what the store records of the incident, nothing more: a field not
// recorded prints as not recorded. Issuing writes the document (PDF/ODT, zh/en/bilingual)
// and records the issue in the timeline (audited); recording that the report was SENT is
// what closes its clock (markSent).
class IncidentReportIssuer
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReportIssuer)

public:
    // The CLI's and the dialog's names of the three reports: cac-mps | followup | summary.
    static QStringList kinds();
    // The timeline kind of a report kind (cac-mps → onward-report, followup → follow-up,
    // summary → summary-report); empty for an unknown kind.
    static QString timelineKind(const QString &kind);

    // The content issue() would print at `at` (now when invalid), or why it refuses: an
    // onward report only for a major, especially major or still ungraded incident; a summary
    // only after handling ended. `newSince` is a follow-up's "what is new" text.
    static Result<IncidentReportContent> preview(Database &db, qint64 incidentId,
                                                 const QString &kind, const QDateTime &at = {},
                                                 const QString &newSince = {});
    static Result<IssuedIncidentReport> issue(Database &db, qint64 incidentId, const QString &kind,
                                              DocumentFile::Format format, DocLanguage language,
                                              const QString &outDir, const QDateTime &at = {},
                                              const QString &newSince = {});
    // The report of `kind` was sent at `sentAt` (to `party`; default the Art. 4 recipients for
    // the onward report): a timeline entry, audited, which closes the report's clock.
    static Result<qint64> markSent(Database &db, qint64 incidentId, const QString &kind,
                                   const QDateTime &sentAt, const QString &party = {},
                                   const QDateTime &now = {});
};

} // namespace cii
