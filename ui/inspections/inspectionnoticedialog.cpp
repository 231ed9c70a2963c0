#include "inspectionnoticedialog.h"

#include "services/inspectionnoticeissuer.h"

namespace cii {

InspectionNoticeDialog::InspectionNoticeDialog(Database &db, qint64 inspectionId, QWidget *parent)
    : DocumentIssueDialog(db, tr("Notice to operator"), parent), m_inspectionId(inspectionId),
      m_date(QDate::currentDate())
{
    refresh();
}

Result<DocumentIssueDialog::Preview> InspectionNoticeDialog::makePreview()
{
    Result<InspectionNoticeContent> content =
        InspectionNoticeIssuer::preview(db(), m_inspectionId, m_date);
    if (!content)
        return content.error();
    Preview p;
    p.summary = tr("The notice will be numbered and saved.");
    p.html = InspectionNotice::html(content.value(), language());
    return p;
}

Status InspectionNoticeDialog::issueDocuments()
{
    Result<IssuedNotice> issued =
        InspectionNoticeIssuer::issue(db(), m_inspectionId, format(), language(), folder(), m_date);
    if (!issued)
        return issued.error();
    m_issued = issued.value();
    return {};
}

} // namespace cii
