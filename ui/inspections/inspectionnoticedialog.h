#pragma once

#include "services/noticeissuer.h"
#include "widgets/documentissuedialog.h"

#include <QDate>

namespace cii {

// The numbered notice of one inspection to its operator (Art. 26), in the shared issuing
// dialog: language, format, folder, preview. An inspection the issuer refuses (completed,
// cancelled, merged, led by another department) shows why, and nothing can be issued.
class InspectionNoticeDialog : public DocumentIssueDialog
{
    Q_OBJECT

public:
    InspectionNoticeDialog(Database &db, qint64 inspectionId, QWidget *parent = nullptr);

    const IssuedNotice &issued() const { return m_issued; }

protected:
    Result<Preview> makePreview() override;
    Status issueDocuments() override;

private:
    qint64 m_inspectionId;
    QDate m_date;
    IssuedNotice m_issued;
};

} // namespace cii
