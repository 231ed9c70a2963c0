#include "complianceevidencedialog.h"

#include "domain/chinatime.h"
#include "domain/complianceduty.h"
#include "i18n/language.h"
#include "storage/compliancerepository.h"
#include "storage/registryrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cii {

ComplianceEvidenceDialog::ComplianceEvidenceDialog(Database &db, qint64 operatorId,
                                                   const QString &duty, QWidget *parent)
    : QDialog(parent), m_db(db), m_operator(new QComboBox(this)), m_duty(new QComboBox(this)),
      m_article(new QLabel(this)), m_editors(new QStackedWidget(this)), m_text(new QLineEdit(this)),
      m_yesNo(new QComboBox(this)), m_count(new QSpinBox(this)), m_unit(new QLabel(this)),
      m_date(new QDateEdit(QDate::currentDate(), this)), m_inForce(new QLabel(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Record compliance evidence"));
    m_operator->setObjectName(QStringLiteral("evidenceOperator"));
    m_duty->setObjectName(QStringLiteral("evidenceDuty"));
    m_text->setObjectName(QStringLiteral("evidenceText"));
    m_yesNo->setObjectName(QStringLiteral("evidenceYesNo"));
    m_count->setObjectName(QStringLiteral("evidenceCount"));
    m_date->setObjectName(QStringLiteral("evidenceDate"));
    m_message->setObjectName(QStringLiteral("evidenceMessage"));

    // Art. 13–21 bind operators of CII: only they are offered.
    const Result<QSet<qint64>> cii = ComplianceRepository(db).ciiOperators();
    if (Result<QVector<OperatorInfo>> ops = RegistryRepository(db).operators())
        for (const OperatorInfo &o : ops.value())
            if (cii && cii.value().contains(o.id))
                m_operator->addItem(o.displayName(), o.id);
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(operatorId)));
    m_operator->setMinimumContentsLength(24);
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    for (const ComplianceDuty &d : ComplianceDuty::all())
        if (d.isRecorded())
            m_duty->addItem(QStringLiteral("%1  %2").arg(d.articleName(), d.name()), d.key);
    m_duty->setCurrentIndex(std::max(0, m_duty->findData(duty)));

    m_yesNo->addItem(tr("yes"), QStringLiteral("yes"));
    m_yesNo->addItem(tr("no"), QStringLiteral("no"));
    m_count->setRange(0, 9999999);
    m_editors->addWidget(m_text);
    m_editors->addWidget(m_yesNo);
    m_editors->addWidget(m_count);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_editors, 1);
    valueRow->addWidget(m_unit);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(QDate::currentDate()); // evidence is of what has happened
    m_date->setToolTip(tr("The date of the evidence: the document, the check, the drill."));
    m_article->setWordWrap(true);
    m_article->setMinimumHeight(2 * m_article->fontMetrics().height() + 4);
    m_inForce->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Operator:"), m_operator);
    form->addRow(tr("Duty:"), m_duty);
    form->addRow(m_article); // both columns: room for the article's words
    form->addRow(tr("Value:"), valueRow);
    form->addRow(tr("Evidence date:"), m_date);
    form->addRow(tr("In force now:"), m_inForce);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplianceEvidenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_duty, &QComboBox::currentIndexChanged, this, &ComplianceEvidenceDialog::dutyChanged);
    connect(m_operator, &QComboBox::currentIndexChanged, this,
            &ComplianceEvidenceDialog::dutyChanged);
    dutyChanged();
    resize(600, 0);
}

void ComplianceEvidenceDialog::dutyChanged()
{
    const ComplianceDuty *d = ComplianceDuty::find(m_duty->currentData().toString());
    if (!d)
        return;
    using V = ComplianceDuty::Value;
    m_editors->setCurrentWidget(d->value == V::YesNo   ? static_cast<QWidget *>(m_yesNo)
                                : d->value == V::Count ? static_cast<QWidget *>(m_count)
                                                       : static_cast<QWidget *>(m_text));
    m_unit->setText(d->value == V::Amount  ? tr("yuan")
                    : d->value == V::Count ? tr("(number)")
                                           : QString());
    m_text->setPlaceholderText(d->value == V::Amount   ? tr("e.g. 1200000 or 1200000.50")
                               : d->value == V::Person ? tr("the person's name")
                               : d->value == V::Body   ? tr("the body's name")
                                                       : QString());
    QString about =
        tr("%1 %2: %3.").arg(d->articleName(), d->name(), ComplianceDuty::valueName(d->value));
    if (d->takesPeriod())
        //: Appended to the sentence before it (English: with a space in front).
        about += tr(" The article sets no period for renewing it; the department may set its own "
                    "target.");
    m_article->setText(about);
    m_message->clear();
    QString inForce = tr("nothing on record");
    const qint64 op = m_operator->currentData().toLongLong();
    if (op)
        if (Result<QVector<ComplianceFact>> h = ComplianceRepository(m_db).history(op))
            for (const ComplianceFact &f : h.value())
                if (f.duty == d->key) {
                    inForce = tr("%1 (evidence of %2, recorded %3 by %4)")
                                  .arg(d->shownValue(f.value), f.evidenceDate.toString(Qt::ISODate),
                                       ChinaTime::display(f.recordedAt), f.recordedBy);
                    break; // newest first
                }
    m_inForce->setText(inForce);
}

QString ComplianceEvidenceDialog::typedValue() const
{
    if (m_editors->currentWidget() == m_yesNo)
        return m_yesNo->currentData().toString();
    if (m_editors->currentWidget() == m_count)
        return QString::number(m_count->value());
    return m_text->text();
}

void ComplianceEvidenceDialog::accept()
{
    ComplianceFact f;
    f.operatorId = m_operator->currentData().toLongLong();
    if (!f.operatorId) {
        m_message->setText(tr("No operator operates CII yet: identify and decide first."));
        return;
    }
    f.duty = m_duty->currentData().toString();
    f.value = typedValue();
    f.evidenceDate = m_date->date();
    Result<qint64> id = ComplianceRepository(m_db).record(f);
    if (!id) {
        // The reasons only: the field each one names is the one beside it in the form.
        QStringList lines;
        for (const QString &d : id.error().details)
            lines << d.section(QStringLiteral(": "), 1);
        if (lines.isEmpty())
            lines << id.error().message;
        m_message->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    m_storedId = id.value();
    QDialog::accept();
}

} // namespace cii
