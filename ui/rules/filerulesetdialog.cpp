#include "filerulesetdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cii {

FileRuleSetDialog::FileRuleSetDialog(int version, QWidget *parent)
    : QDialog(parent), m_reference(new QLineEdit(this)),
      m_date(new QDateEdit(QDate::currentDate(), this))
{
    setWindowTitle(tr("File rules with the Ministry of Public Security"));
    auto *intro =
        new QLabel(tr("Record the filing of version %1. Once filed, this version can never "
                      "change; later edits start a new version.")
                       .arg(version),
                   this);
    intro->setWordWrap(true);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("e.g. 公网安备〔2026〕3号"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *form = new QFormLayout;
    form->addRow(tr("Filing reference"), m_reference);
    form->addRow(tr("Filing date"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    //: The verb: records the (irreversible) filing with the MPS — 备案, never 文件.
    m_ok->setText(tr("File with the MPS"));
    m_ok->setEnabled(false);
    connect(m_reference, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString FileRuleSetDialog::reference() const
{
    return m_reference->text().trimmed();
}

QDate FileRuleSetDialog::date() const
{
    return m_date->date();
}

} // namespace cii
