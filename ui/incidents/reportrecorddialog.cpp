#include "reportrecorddialog.h"

#include "storage/incidentrepository.h"
#include "widgets/chinatimeedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cii {

ReportRecordDialog::ReportRecordDialog(Database &db, const Incident &incident, const QString &kind,
                                       QWidget *parent)
    : QDialog(parent), m_db(db), m_incident(incident), m_kind(new QComboBox(this)),
      m_action(new QComboBox(this)), m_at(new ChinaTimeEdit(this)), m_party(new QLineEdit(this)),
      m_note(new QLineEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reportRecordDialog"));
    setWindowTitle(tr("Record a report of incident %1").arg(incident.id));
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_action->setObjectName(QStringLiteral("reportAction"));
    m_at->setObjectName(QStringLiteral("reportAt"));
    m_party->setObjectName(QStringLiteral("reportParty"));
    m_note->setObjectName(QStringLiteral("reportNote"));
    for (const QString &k : IncidentReport::kinds())
        m_kind->addItem(IncidentReport::kindName(k), k);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    // A document issued is recorded by issuing it; here what came in or went out.
    for (const QString &a : {QStringLiteral("received"), QStringLiteral("sent")})
        m_action->addItem(IncidentReport::actionName(a), a);
    m_at->setInstant(QDateTime::currentDateTimeUtc());
    m_party->setPlaceholderText(tr("from or to whom, e.g. the CAC duty office"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Report:"), m_kind);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("When (China time):"), m_at);
    form->addRow(tr("From / to:"), m_party);
    form->addRow(tr("Note:"), m_note);
    auto *hint = new QLabel(tr("Recording the report to the CAC and the MPS as sent ends its "
                               "30-minute clock; the summary report as sent ends its 30 days."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportRecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportRecordDialog::suggestAction);
    suggestAction();
    resize(520, sizeHint().height());
}

QPushButton *ReportRecordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ReportRecordDialog::suggestAction()
{
    // The department sends the onward report and receives the operator's; follow-ups and the
    // summary go either way.
    const QString kind = m_kind->currentData().toString();
    const QString action = kind == QLatin1String("operator-report") ? QStringLiteral("received")
                           : kind == QLatin1String("follow-up")     ? QStringLiteral("received")
                                                                    : QStringLiteral("sent");
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
}

IncidentReport ReportRecordDialog::report() const
{
    IncidentReport r;
    r.incidentId = m_incident.id;
    r.kind = m_kind->currentData().toString();
    r.action = m_action->currentData().toString();
    r.at = m_at->instant();
    r.party = m_party->text().trimmed();
    r.note = m_note->text().trimmed();
    return r;
}

void ReportRecordDialog::accept()
{
    Result<qint64> id = IncidentRepository(m_db).recordReport(report());
    if (!id) {
        m_message->setText(id.error().details.isEmpty()
                               ? id.error().message
                               : id.error().details.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

} // namespace cii
