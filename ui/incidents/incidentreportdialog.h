#pragma once

#include "services/incidentreportissuer.h"
#include "widgets/documentissuedialog.h"

class QPlainTextEdit;

namespace cii {

// The department's report documents on an incident (2025 Reporting Measures) in the shared
// issuing dialog: the report to the CAC and the MPS (Art. 4, 7), a follow-up (Art. 7) with
// what is new, or the summary report (Art. 8); language, format, folder and a live preview
// of what is recorded. A report the issuer refuses (an onward report of a large incident, a
// summary before handling ended) says why, and nothing can be issued.
class IncidentReportDialog : public DocumentIssueDialog
{
    Q_OBJECT

public:
    // `initialKind`: cac-mps | followup | summary, chosen at first.
    IncidentReportDialog(Database &db, qint64 incidentId, const QString &initialKind,
                         QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QPlainTextEdit *newSinceEdit() const { return m_newSince; }
    const IssuedIncidentReport &issued() const { return m_issued; }
    QString kind() const;

protected:
    Result<Preview> makePreview() override;
    Status issueDocuments() override;

private:
    qint64 m_incidentId;
    QComboBox *m_kind;
    QPlainTextEdit *m_newSince;
    IssuedIncidentReport m_issued;
};

} // namespace cii
