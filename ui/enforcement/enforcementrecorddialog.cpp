#include "enforcementrecorddialog.h"

#include "domain/enforcementarticle.h"
#include "services/enforcementdocumentissuer.h"
#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cii {

EnforcementRecordDialog::EnforcementRecordDialog(Database &db, const EnforcementCase &c,
                                                 const QString &stepKind, QWidget *parent)
    : QDialog(parent), m_db(db), m_case(c), m_kind(stepKind),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_note(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    const bool check = stepKind == QLatin1String("check");
    setWindowTitle(check ? tr("Check of the rectification") : tr("Close enforcement case"));
    m_date->setObjectName(QStringLiteral("recordDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note->setObjectName(QStringLiteral("recordNote"));
    m_error->setObjectName(QStringLiteral("recordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Date:"), m_date);
    if (check) {
        const EnforcementStep *order = c.last(QStringLiteral("order"));
        if (order)
            form->addRow(
                tr("Ordered:"),
                new QLabel(tr("to rectify by %1").arg(order->rectifyBy.toString(Qt::ISODate)),
                           this));
        m_rectified = new QRadioButton(tr("Rectified"), this);
        m_rectified->setObjectName(QStringLiteral("recordRectified"));
        m_notRectified = new QRadioButton(tr("Not rectified (refused)"), this);
        m_notRectified->setObjectName(QStringLiteral("recordNotRectified"));
        m_rectified->setChecked(true);
        form->addRow(tr("Found:"), m_rectified);
        form->addRow(QString(), m_notRectified);
        const EnforcementArticle *a = EnforcementArticle::find(c.article);
        if (a && a->harmAlsoFines) {
            m_harm = new QCheckBox(tr("The violation caused harm to cybersecurity"), this);
            m_harm->setObjectName(QStringLiteral("recordHarm"));
            form->addRow(QString(), m_harm);
        }
    }
    m_note->setPlaceholderText(check ? tr("What the check found (optional)")
                                     : tr("Why the case is closed"));
    form->addRow(tr("Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(check ? tr("Record check") : tr("Close case"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnforcementRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(ScreenFit::bounded(this, QSize(520, 300)));
}

void EnforcementRecordDialog::accept()
{
    EnforcementStep s;
    s.caseId = m_case.id;
    s.kind = m_kind;
    s.date = m_date->date();
    s.rectified = m_rectified && m_rectified->isChecked();
    s.harm = m_harm && m_harm->isChecked();
    s.note = m_note->text();
    Result<RecordedStep> r = EnforcementDocumentIssuer::record(m_db, s, nullptr);
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    m_stepId = r->stepId;
    QDialog::accept();
}

} // namespace cii
