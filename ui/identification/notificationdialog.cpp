#include "notificationdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace cii {

NotificationDialog::NotificationDialog(QWidget *parent)
    : QDialog(parent), m_to(new QComboBox(this)), m_date(new QDateEdit(QDate::currentDate(), this))
{
    setWindowTitle(tr("Record notification"));
    m_to->addItem(tr("Operator"), QStringLiteral("operator"));
    m_to->addItem(tr("Ministry of Public Security"), QStringLiteral("mps"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    auto *form = new QFormLayout(this);
    form->addRow(tr("Notified:"), m_to);
    form->addRow(tr("On:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NotificationDialog::to() const
{
    return m_to->currentData().toString();
}

QDate NotificationDialog::date() const
{
    return m_date->date();
}

} // namespace cii
