#include "decidedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cii {

DecideDialog::DecideDialog(const IdentificationCase &c, QWidget *parent)
    : QDialog(parent), m_case(c), m_confirm(new QRadioButton(this)),
      m_override(new QRadioButton(tr("Override with:"), this)), m_outcome(new QComboBox(this)),
      m_reason(new QPlainTextEdit(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Decide case %1").arg(c.id));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("<b>%1</b><br/>Engine result: %2")
            .arg(c.systemName.toHtmlEscaped(), IdentificationCase::outcomeName(c.outcome)),
        this));
    m_confirm->setText(tr("Confirm the engine's result"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_override->setObjectName(QStringLiteral("override"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_reason->setObjectName(QStringLiteral("reason"));
    for (const QString &o : {Outcome::Cii, Outcome::NotCii}) {
        if (o != c.outcome)
            m_outcome->addItem(IdentificationCase::outcomeName(o), o);
    }
    const bool canConfirm = c.outcome != Outcome::Insufficient;
    m_confirm->setEnabled(canConfirm);
    (canConfirm ? m_confirm : m_override)->setChecked(true);
    if (!canConfirm)
        m_confirm->setToolTip(tr("Insufficient data cannot be confirmed: complete the values "
                                 "and identify again, or override with a reason."));
    layout->addWidget(m_confirm);
    auto *row = new QHBoxLayout;
    row->addWidget(m_override);
    row->addWidget(m_outcome, 1);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Reason (required to override):"), this));
    m_reason->setPlaceholderText(tr("Why the department decides differently from the rules"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QRadioButton::toggled, this, &DecideDialog::validate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecideDialog::validate);
    validate();
    resize(460, 320);
}

void DecideDialog::validate()
{
    const bool override_ = m_override->isChecked();
    m_outcome->setEnabled(override_);
    QString problem;
    if (override_ && m_reason->toPlainText().trimmed().isEmpty())
        problem = tr("An override needs a reason; it is kept with the decision and shown in "
                     "the notices.");
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString DecideDialog::decision() const
{
    return m_override->isChecked() ? m_outcome->currentData().toString() : QString();
}

QString DecideDialog::reason() const
{
    return m_override->isChecked() ? m_reason->toPlainText().trimmed() : QString();
}

} // namespace cii
