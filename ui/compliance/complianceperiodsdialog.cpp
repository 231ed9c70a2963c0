#include "complianceperiodsdialog.h"

#include "domain/complianceduty.h"
#include "storage/compliancerepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cii {

CompliancePeriodsDialog::CompliancePeriodsDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_message(new QLabel(this))
{
    setWindowTitle(tr("Renewal periods"));
    auto *intro = new QLabel(
        tr("Art. 14 and Art. 15(3) require background checks and regular drills but set no "
           "period. A period set here is the department's own target: evidence older than it is "
           "shown as overdue. 0 months: no period."),
        this);
    intro->setWordWrap(true);
    if (Result<QHash<QString, int>> p = ComplianceRepository(db).periods())
        m_before = p.value();
    auto *form = new QFormLayout;
    for (const ComplianceDuty &d : ComplianceDuty::all()) {
        if (!d.takesPeriod())
            continue;
        auto *box = new QSpinBox(this);
        box->setObjectName(QStringLiteral("period-") + d.key);
        box->setRange(0, 240);
        box->setSuffix(tr(" months"));
        box->setSpecialValueText(tr("no period"));
        box->setValue(m_before.value(d.key));
        m_months.insert(d.key, box);
        form->addRow(QStringLiteral("%1 %2:").arg(d.articleName(), d.name()), box);
    }
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompliancePeriodsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 0);
}

void CompliancePeriodsDialog::accept()
{
    ComplianceRepository repo(m_db);
    for (auto it = m_months.cbegin(); it != m_months.cend(); ++it) {
        if (m_before.value(it.key()) == it.value()->value())
            continue;
        if (Status s = repo.savePeriod(it.key(), it.value()->value()); !s) {
            m_message->setText(s.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace cii
