#include "gradingdialog.h"

#include "incidentexplanation.h"
#include "storage/incidentrepository.h"
#include "widgets/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cii {

GradingDialog::GradingDialog(Database &db, qint64 incidentId, QWidget *parent)
    : QDialog(parent), m_db(db), m_id(incidentId), m_trace(new QTextBrowser(this)),
      m_proposalLabel(new QLabel(this)), m_grade(new QComboBox(this)),
      m_reason(new QLineEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("gradingDialog"));
    m_trace->setObjectName(QStringLiteral("gradingTrace"));
    m_proposalLabel->setObjectName(QStringLiteral("proposedGrade"));
    m_grade->setObjectName(QStringLiteral("departmentGrade"));
    m_reason->setObjectName(QStringLiteral("gradeReason"));
    m_message->setObjectName(QStringLiteral("gradingMessage"));
    IncidentRepository repo(m_db);
    if (Result<Incident> in = repo.byId(m_id))
        m_incident = in.value();
    if (Result<QVector<IncidentCriterion>> c = repo.criteria())
        m_criteria = c.value();
    setWindowTitle(tr("Grade incident %1").arg(m_id));

    // One input per fact the criteria read, in the guide's order: a figure with its unit, or
    // whether the department asserts a qualitative finding.
    // A grid, not a form: a wrapped label gets the height of its lines beside its input.
    auto *factsGrid = new QGridLayout;
    factsGrid->setColumnStretch(0, 1);
    factsGrid->setVerticalSpacing(6);
    // Room for the vertical scroll bar, so no input runs under it.
    factsGrid->setContentsMargins(6, 6, 24, 6);
    static const QRegularExpression number(QStringLiteral("^\\d{0,15}(\\.\\d{0,6})?$"));
    for (const IncidentCriterion &c : m_criteria) {
        if (m_inputs.contains(c.fact))
            continue;
        QWidget *input = nullptr;
        const QString was = m_incident.facts.value(c.fact);
        if (c.qualitative()) {
            auto *box = new QComboBox(this);
            box->addItem(tr("Not assessed"), QString());
            box->addItem(tr("Yes"), QStringLiteral("true"));
            box->addItem(tr("No"), QStringLiteral("false"));
            box->setCurrentIndex(qMax(0, box->findData(was)));
            box->setFixedWidth(150);
            connect(box, &QComboBox::currentIndexChanged, this, &GradingDialog::propose);
            input = box;
            m_qualitative << c.fact;
        } else {
            auto *edit = new QLineEdit(was, this);
            edit->setValidator(new QRegularExpressionValidator(number, edit));
            edit->setPlaceholderText(IncidentExplanation::unitName(c.unit));
            edit->setFixedWidth(150);
            connect(edit, &QLineEdit::textChanged, this, &GradingDialog::propose);
            input = edit;
        }
        input->setObjectName(QStringLiteral("fact:") + c.fact);
        m_inputs.insert(c.fact, input);
        auto *label = new QLabel(IncidentExplanation::factName(c.fact, m_criteria), this);
        label->setWordWrap(true);
        label->setBuddy(input);
        const int row = factsGrid->rowCount();
        factsGrid->addWidget(label, row, 0);
        factsGrid->addWidget(input, row, 1, Qt::AlignTop);
    }
    factsGrid->setRowStretch(factsGrid->rowCount(), 1);
    auto *factsBox = new QWidget(this);
    factsBox->setLayout(factsGrid);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("gradingFacts"));
    scroll->setWidget(factsBox);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(480);
    auto *factsNote = new QLabel(
        tr("Durations in hours (0.5 = 30 minutes). Leave a figure empty when it is not known: "
           "it is then missing, not zero."),
        this);
    factsNote->setWordWrap(true);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Facts</b>"), this));
    left->addWidget(scroll, 1);
    left->addWidget(factsNote);

    m_grade->addItem(tr("As proposed"), QString());
    for (const QString &g : Incident::grades())
        m_grade->addItem(Incident::gradeName(g), g);
    if (!m_incident.decidedGrade.isEmpty())
        m_grade->setCurrentIndex(qMax(0, m_grade->findData(m_incident.decidedGrade)));
    m_reason->setText(m_incident.gradeReason);
    m_reason->setPlaceholderText(tr("Required when the grade differs from the proposal"));
    auto *decision = new QFormLayout;
    decision->addRow(tr("Department's grade:"), m_grade);
    decision->addRow(tr("Reason:"), m_reason);
    m_proposalLabel->setWordWrap(true);
    auto *right = new QVBoxLayout;
    right->addWidget(m_proposalLabel);
    right->addWidget(m_trace, 1);
    right->addLayout(decision);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    right->addWidget(m_message);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record grade"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GradingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &GradingDialog::updateState);
    connect(m_reason, &QLineEdit::textChanged, this, &GradingDialog::updateState);
    propose();
    resize(ScreenFit::bounded(this, QSize(1180, 680)));
}

QPushButton *GradingDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QMap<QString, QString> GradingDialog::facts() const
{
    QMap<QString, QString> out;
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        QString value;
        if (auto *box = qobject_cast<QComboBox *>(it.value()))
            value = box->currentData().toString();
        else if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            value = edit->text().trimmed();
        if (!value.isEmpty())
            out.insert(it.key(), value);
    }
    return out;
}

QString GradingDialog::chosenGrade() const
{
    const QString chosen = m_grade->currentData().toString();
    return chosen.isEmpty() ? m_proposal.grade : chosen;
}

void GradingDialog::propose()
{
    m_proposal = IncidentGrader::grade(m_criteria, facts());
    // The proposal in large type, in the colour of its gravity; the trace below says why.
    const int rank = Incident::gradeRank(m_proposal.grade);
    const QString colour = rank >= 3   ? QStringLiteral("#b71c1c")
                           : rank == 2 ? QStringLiteral("#8a4b00")
                                       : QStringLiteral("#1b5e20");
    m_proposalLabel->setText(
        QStringLiteral("<span style=\"font-size:x-large\">%1 <b style=\"color:%2\">%3</b></span>")
            .arg(tr("Proposed grade:").toHtmlEscaped(), colour,
                 Incident::gradeName(m_proposal.grade).toHtmlEscaped()));
    m_trace->setHtml(IncidentExplanation::gradingHtml(
        m_proposal.grade, m_proposal.decidingCriterion, m_proposal.trace, m_criteria, false));
    updateState();
}

void GradingDialog::updateState()
{
    // A grade other than the proposal needs the department's reason.
    const bool differs = chosenGrade() != m_proposal.grade;
    const bool reasoned = !m_reason->text().trimmed().isEmpty();
    m_message->setText(differs && !reasoned
                           ? tr("The grade differs from the proposal (%1): say why.")
                                 .arg(Incident::gradeName(m_proposal.grade))
                           : QString());
    m_message->setVisible(differs && !reasoned);
    okButton()->setEnabled(m_incident.id && (!differs || reasoned));
}

void GradingDialog::accept()
{
    IncidentRepository repo(m_db);
    Result<IncidentGrading> proposed = repo.propose(m_id, facts());
    if (!proposed) {
        m_message->setText(proposed.error().message);
        m_message->setVisible(true);
        return;
    }
    const QString grade = chosenGrade();
    const QString reason = grade == proposed.value().grade ? QString() : m_reason->text().trimmed();
    if (Status s = repo.decideGrade(m_id, grade, reason); !s) {
        m_message->setText(s.error().message);
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace cii
