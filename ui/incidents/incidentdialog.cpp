#include "incidentdialog.h"

#include "domain/chinatime.h"
#include "storage/incidentrepository.h"
#include "storage/registryrepository.h"
#include "widgets/chinatimeedit.h"
#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cii {

IncidentDialog::IncidentDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_operator(new QComboBox(this)), m_systems(new QListWidget(this)),
      m_type(new QComboBox(this)), m_place(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_occurredKnown(new QCheckBox(this)),
      m_occurred(new ChinaTimeEdit(this)), m_discovered(new ChinaTimeEdit(this)),
      m_received(new ChinaTimeEdit(this)), m_party(new QLineEdit(this)), m_late(new QLabel(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("incidentDialog"));
    setWindowTitle(tr("New incident"));
    m_operator->setObjectName(QStringLiteral("incidentOperator"));
    m_systems->setObjectName(QStringLiteral("incidentSystems"));
    m_type->setObjectName(QStringLiteral("incidentType"));
    m_place->setObjectName(QStringLiteral("incidentPlace"));
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_occurred->setObjectName(QStringLiteral("incidentOccurred"));
    m_discovered->setObjectName(QStringLiteral("incidentDiscovered"));
    m_received->setObjectName(QStringLiteral("incidentReceived"));
    m_party->setObjectName(QStringLiteral("incidentParty"));
    m_message->setObjectName(QStringLiteral("incidentMessage"));
    m_late->setObjectName(QStringLiteral("operatorReportLate"));

    if (Result<QVector<OperatorInfo>> ops = RegistryRepository(m_db).operators())
        for (const OperatorInfo &o : ops.value())
            m_operator->addItem(o.displayName(), o.id);
    for (const QString &t : Incident::types())
        m_type->addItem(Incident::typeName(t), t);
    m_systems->setMaximumHeight(120);
    m_description->setMinimumHeight(70);
    m_description->setMaximumHeight(110);
    m_description->setPlaceholderText(tr("What happened, what is affected, what the operator "
                                         "has done so far"));
    m_place->setPlaceholderText(tr("e.g. the data centre or the city where it happened"));
    m_party->setPlaceholderText(tr("who reported it, e.g. the operator's duty officer"));

    // The operator reports at once; by default the three times are now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (ChinaTimeEdit *e : {m_occurred, m_discovered, m_received})
        e->setInstant(now);
    m_occurred->setEnabled(false);
    m_occurredKnown->setText(tr("Known:"));
    auto *occurredRow = new QHBoxLayout;
    occurredRow->addWidget(m_occurredKnown);
    occurredRow->addWidget(m_occurred, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Operator:"), m_operator);
    form->addRow(tr("Affected systems:"), m_systems);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Occurred (China time):"), occurredRow);
    form->addRow(tr("Discovered by the operator:"), m_discovered);
    form->addRow(tr("Received by us:"), m_received);
    form->addRow(tr("Reported by:"), m_party);

    auto *clockNote = new QLabel(
        tr("Times are China time (UTC+8), to the minute. The operator reports within 1 hour "
           "of discovery; a major or especially major incident goes on to the CAC and the MPS "
           "within 30 minutes of receipt (Reporting Measures Art. 4)."),
        this);
    clockNote->setWordWrap(true);
    clockNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_late->setWordWrap(true);
    m_late->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(clockNote);
    layout->addWidget(m_late);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &IncidentDialog::fillSystems);
    connect(m_occurredKnown, &QCheckBox::toggled, this, [this](bool on) {
        m_occurred->setEnabled(on);
        checkTimes();
    });
    for (ChinaTimeEdit *e : {m_occurred, m_discovered, m_received})
        connect(e, &ChinaTimeEdit::instantChanged, this, &IncidentDialog::checkTimes);
    fillSystems();
    checkTimes();
    resize(ScreenFit::bounded(this, QSize(600, sizeHint().height())));
}

QPushButton *IncidentDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void IncidentDialog::fillSystems()
{
    m_systems->clear();
    if (Result<QVector<SystemInfo>> systems =
            RegistryRepository(m_db).systems(m_operator->currentData().toLongLong()))
        for (const SystemInfo &s : systems.value()) {
            auto *item = new QListWidgetItem(s.name, m_systems);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
}

void IncidentDialog::checkTimes()
{
    QString problem;
    const QDateTime discovered = m_discovered->instant(), received = m_received->instant();
    if (received < discovered)
        problem = tr("The department cannot receive the report before the operator discovered "
                     "the incident.");
    else if (m_occurredKnown->isChecked() && discovered < m_occurred->instant())
        problem = tr("The incident cannot be discovered before it occurred.");
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty() && m_operator->count() > 0);
    // Art. 4: late only when MORE than one hour passed (at exactly one hour it is in time).
    const qint64 minutes = discovered.secsTo(received) / 60;
    const bool late = problem.isEmpty() && discovered.secsTo(received) > 3600;
    m_late->setText(late ? tr("Received %1 min after discovery: the operator's report is late "
                              "(more than 1 hour, Reporting Measures Art. 4). This is recorded.")
                               .arg(minutes)
                         : QString());
    m_late->setVisible(late);
}

Incident IncidentDialog::incident() const
{
    Incident in;
    in.operatorId = m_operator->currentData().toLongLong();
    in.operatorName = m_operator->currentText();
    for (int i = 0; i < m_systems->count(); ++i)
        if (m_systems->item(i)->checkState() == Qt::Checked)
            in.systems << m_systems->item(i)->data(Qt::UserRole).toLongLong();
    std::sort(in.systems.begin(), in.systems.end());
    in.type = m_type->currentData().toString();
    in.place = m_place->text().trimmed();
    in.description = m_description->toPlainText().trimmed();
    if (m_occurredKnown->isChecked())
        in.occurred = m_occurred->instant();
    in.discovered = m_discovered->instant();
    in.received = m_received->instant();
    return in;
}

void IncidentDialog::accept()
{
    IncidentRepository repo(m_db);
    const Incident in = incident();
    if (const QStringList problems = repo.problems(in); !problems.isEmpty()) {
        m_message->setText(problems.join(QLatin1Char('\n')));
        m_message->setVisible(true);
        return;
    }
    Result<qint64> id = repo.add(in, m_party->text().trimmed());
    if (!id) {
        m_message->setText(id.error().details.isEmpty()
                               ? id.error().message
                               : id.error().details.join(QLatin1Char('\n')));
        m_message->setVisible(true);
        return;
    }
    m_storedId = id.value();
    QDialog::accept();
}

} // namespace cii
