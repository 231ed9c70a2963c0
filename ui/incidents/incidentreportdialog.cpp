#include "incidentreportdialog.h"

#include "io/incidentreportdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace cii {

IncidentReportDialog::IncidentReportDialog(Database &db, qint64 incidentId,
                                           const QString &initialKind, QWidget *parent)
    : DocumentIssueDialog(db, tr("Report on incident %1").arg(incidentId), parent),
      m_incidentId(incidentId), m_kind(new QComboBox(this)), m_newSince(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("incidentReportDialog"));
    m_kind->setObjectName(QStringLiteral("incidentReportKind"));
    m_newSince->setObjectName(QStringLiteral("incidentReportNewSince"));
    m_kind->addItem(tr("Report to the CAC and the MPS (Art. 4)"), QStringLiteral("cac-mps"));
    m_kind->addItem(tr("Follow-up report (Art. 7)"), QStringLiteral("followup"));
    m_kind->addItem(tr("Summary report (Art. 8)"), QStringLiteral("summary"));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(initialKind)));
    m_newSince->setPlaceholderText(tr("What is new since the last report"));
    m_newSince->setMaximumHeight(90);
    form()->insertRow(0, tr("Report:"), m_kind);
    form()->insertRow(1, tr("New since the last report:"), m_newSince);
    auto showNewSince = [this] {
        const bool followUp = kind() == QLatin1String("followup");
        m_newSince->setVisible(followUp);
        if (QWidget *label = form()->labelForField(m_newSince))
            label->setVisible(followUp);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, showNewSince] {
        showNewSince();
        refresh();
    });
    connect(m_newSince, &QPlainTextEdit::textChanged, this, &IncidentReportDialog::refresh);
    showNewSince();
    refresh();
}

QString IncidentReportDialog::kind() const
{
    return m_kind->currentData().toString();
}

Result<DocumentIssueDialog::Preview> IncidentReportDialog::makePreview()
{
    Result<IncidentReportContent> content = IncidentReportIssuer::preview(
        db(), m_incidentId, kind(), {}, m_newSince->toPlainText().trimmed());
    if (!content)
        return content.error();
    Preview p;
    p.summary = tr("The report is written from what is recorded of the incident, and its issue "
                   "is recorded in the timeline. Recording it as sent ends its clock.");
    p.html = IncidentReportDocument::html(content.value(), language());
    return p;
}

Status IncidentReportDialog::issueDocuments()
{
    Result<IssuedIncidentReport> issued =
        IncidentReportIssuer::issue(db(), m_incidentId, kind(), format(), language(), folder(), {},
                                    m_newSince->toPlainText().trimmed());
    if (!issued)
        return issued.error();
    m_issued = issued.value();
    return {};
}

} // namespace cii
