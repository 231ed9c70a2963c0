#include "owndepartmentpanel.h"

#include "services/departmentsetup.h"
#include "services/issuingdepartment.h"
#include "settings/departmentform.h"
#include "settings/documentsettingsform.h"
#include "storage/database.h"
#include "storage/documentfontrepository.h"
#include "storage/securitysettingsrepository.h"
#include "widgets/writecontrols.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cii {

OwnDepartmentPanel::OwnDepartmentPanel(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_intro(new QLabel(this)),
      m_form(new DepartmentForm(DepartmentForm::Kind::Own, this)),
      m_documentsTitle(new QLabel(this)), m_documents(new DocumentSettingsForm(this)),
      m_saveError(new QLabel(this)), m_save(new QPushButton(this))
{
    m_save->setObjectName(QStringLiteral("saveOwnDepartment"));
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_saveError->hide();
    m_intro->setWordWrap(true);
    QFont bold = m_documentsTitle->font();
    bold.setBold(true);
    m_documentsTitle->setFont(bold);
    WriteControls::mark({m_save});

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    auto *column = new QVBoxLayout;
    column->addWidget(m_intro);
    column->addWidget(m_form);
    column->addWidget(rule);
    column->addWidget(m_documentsTitle);
    column->addWidget(m_documents);
    column->addWidget(m_saveError);
    column->addWidget(m_save, 0, Qt::AlignRight);
    column->addStretch(1);
    // A form of this kind reads best at a line length, not across a wide screen.
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(column, 3);
    layout->addStretch(1);

    connect(m_form, &DepartmentForm::changed, this, &OwnDepartmentPanel::updateState);
    connect(m_documents, &DocumentSettingsForm::changed, this, &OwnDepartmentPanel::updateState);
    connect(m_save, &QPushButton::clicked, this, &OwnDepartmentPanel::save);
    retranslateUi();
}

void OwnDepartmentPanel::reload()
{
    if (Result<Department> own = IssuingDepartment::own(m_db))
        m_form->setDepartment(own.value());
    const Result<SecuritySettings> security = SecuritySettingsRepository(m_db).settings();
    const Result<QString> family = DocumentFontRepository(m_db).bodyFamily();
    m_documents->setValues(security ? security->classification
                                    : SecuritySettings::defaultClassification(),
                           family ? family.value() : QString());
    m_form->setReadOnly(m_db.isReadOnly());
    m_documents->setReadOnly(m_db.isReadOnly());
    m_saveError->hide();
    updateState();
}

void OwnDepartmentPanel::retranslateUi()
{
    m_intro->setText(tr("Every numbered document (identification notices, inspection notices, "
                        "filing letters) bears these; none is issued until the Chinese name, "
                        "the prefix and a contact are set."));
    m_documentsTitle->setText(tr("Documents"));
    m_save->setText(tr("&Save department"));
}

void OwnDepartmentPanel::updateState()
{
    const QStringList wrong = m_documents->problems();
    m_save->setEnabled(m_form->isAcceptable() && wrong.isEmpty());
    m_saveError->setText(wrong.join(QLatin1Char('\n')));
    m_saveError->setVisible(!wrong.isEmpty());
}

void OwnDepartmentPanel::save()
{
    DepartmentSetupChoices choices;
    choices.own = m_form->department();
    choices.classification = m_documents->classification();
    choices.bodyFamily = m_documents->bodyFamily();
    if (Status s = DepartmentSetup::apply(m_db, choices); !s) {
        m_saveError->setText(s.error().message);
        m_saveError->show();
        return;
    }
    reload();
    emit statusMessage(tr("Department settings saved."));
    emit saved();
}

} // namespace cii
