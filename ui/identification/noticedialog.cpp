#include "noticedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace cii {

NoticeDialog::NoticeDialog(Database &db, QVector<qint64> caseIds, QWidget *parent)
    : DocumentIssueDialog(db, tr("Issue notices"), parent), m_caseIds(std::move(caseIds)),
      m_to(new QComboBox(this)), m_reissue(new QCheckBox(this)), m_reason(new QLineEdit(this))
{
    m_to->setObjectName(QStringLiteral("noticeTo"));
    m_to->addItem(tr("Operators (one notice each)"), QStringLiteral("operator"));
    m_to->addItem(tr("Ministry of Public Security (one notification)"), QStringLiteral("mps"));
    form()->insertRow(0, tr("To:"), m_to);
    m_reissue->setObjectName(QStringLiteral("noticeReissue"));
    m_reissue->setText(tr("Reissue under a new number (replaces the notice already issued)"));
    m_reason->setObjectName(QStringLiteral("noticeReason"));
    m_reason->setPlaceholderText(tr("Reason for the reissue (printed and recorded)"));
    form()->addRow(m_reissue);
    form()->addRow(tr("Reason:"), m_reason);
    connect(m_reissue, &QCheckBox::toggled, this, &NoticeDialog::updateReason);
    connect(m_reason, &QLineEdit::textChanged, this, &NoticeDialog::updateState);
    connect(m_to, &QComboBox::currentIndexChanged, this, &NoticeDialog::refresh);
    updateReason();
    refresh();
}

NoticeRequest NoticeDialog::request() const
{
    NoticeRequest r;
    r.caseIds = m_caseIds;
    r.to = m_to->currentData().toString();
    r.format = format();
    r.language = language();
    r.outDir = folder();
    r.date = QDate::currentDate();
    r.reissue = m_reissue->isChecked();
    r.reason = r.reissue ? m_reason->text().trimmed() : QString();
    return r;
}

void NoticeDialog::updateReason()
{
    m_reason->setEnabled(m_reissue->isChecked());
    updateState();
}

bool NoticeDialog::readyToIssue() const
{
    return !m_reissue->isChecked() || !m_reason->text().trimmed().isEmpty();
}

Result<DocumentIssueDialog::Preview> NoticeDialog::makePreview()
{
    const NoticeRequest r = request();
    Result<QVector<NoticeContent>> contents = NoticeIssuer::preview(db(), r);
    if (!contents)
        return contents.error();
    Preview p;
    p.summary = tr("%n notice(s) will be numbered and saved; the preview shows the first.", nullptr,
                   int(contents.value().size()));
    if (!contents.value().isEmpty())
        p.html = IdentificationNotice::html(contents.value().first(), r.language);
    return p;
}

Status NoticeDialog::issueDocuments()
{
    Result<QVector<IssuedNotice>> issued = NoticeIssuer::issue(db(), request());
    if (!issued)
        return issued.error();
    m_issued = issued.value();
    return {};
}

} // namespace cii
