#pragma once

#include "services/noticeissuer.h"
#include "widgets/documentissuedialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace cii {

// Issue Art. 10 notices for decided cases: to the operators (one each) or one notification
// to the MPS, in the shared issuing dialog; a reissue of notices already issued needs its
// reason.
class NoticeDialog : public DocumentIssueDialog
{
    Q_OBJECT

public:
    NoticeDialog(Database &db, QVector<qint64> caseIds, QWidget *parent = nullptr);

    NoticeRequest request() const;
    const QVector<IssuedNotice> &issued() const { return m_issued; }
    QComboBox *toBox() const { return m_to; }
    QCheckBox *reissueBox() const { return m_reissue; }
    QLineEdit *reasonEdit() const { return m_reason; }

protected:
    Result<Preview> makePreview() override;
    Status issueDocuments() override;
    bool readyToIssue() const override;

private:
    void updateReason();

    QVector<qint64> m_caseIds;
    QComboBox *m_to;
    QCheckBox *m_reissue;
    QLineEdit *m_reason;
    QVector<IssuedNotice> m_issued;
};

} // namespace cii
