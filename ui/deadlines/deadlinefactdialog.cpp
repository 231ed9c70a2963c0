#include "deadlinefactdialog.h"

#include "i18n/language.h"
#include "schedule/deadlineengine.h"
#include "storage/caserepository.h"
#include "storage/registryrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cii {

DeadlineFactDialog::DeadlineFactDialog(Database &db, Kind kind, QWidget *parent)
    : QDialog(parent), m_db(db), m_kind(kind), m_message(new QLabel(this))
{
    auto *form = new QFormLayout;
    const QDate today = QDate::currentDate();
    auto dateEdit = [this, today](const QDate &d) {
        auto *e = new QDateEdit(d.isValid() ? d : today, this);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return e;
    };
    if (kind != Kind::Assessment) {
        m_operator = new QComboBox(this);
        m_operator->setObjectName(QStringLiteral("factOperator"));
        if (Result<QVector<OperatorInfo>> ops = RegistryRepository(db).operators())
            for (const OperatorInfo &o : ops.value())
                m_operator->addItem(o.displayName(), o.id);
        form->addRow(tr("Operator:"), m_operator);
    }
    switch (kind) {
    case Kind::ChangeReport:
        setWindowTitle(tr("Change report (Art. 11)"));
        m_systems = new QListWidget(this);
        m_systems->setObjectName(QStringLiteral("factSystems"));
        m_date = dateEdit(today);
        m_date->setMaximumDate(today);
        m_attachments = new QLineEdit(this);
        form->addRow(tr("Systems affected:"), m_systems);
        form->addRow(tr("Received on:"), m_date);
        form->addRow(tr("Attachments:"), m_attachments);
        connect(m_operator, &QComboBox::currentIndexChanged, this,
                &DeadlineFactDialog::fillSystems);
        fillSystems();
        break;
    case Kind::Assessment: {
        setWindowTitle(tr("Annual risk assessment (Art. 17)"));
        m_system = new QComboBox(this);
        // The systems whose decision in force is CII.
        if (Result<QVector<SystemCaseRow>> rows = CaseRepository(db).systemsWithLatest())
            for (const SystemCaseRow &r : rows.value())
                if (r.decisionInForce == Outcome::Cii)
                    m_system->addItem(
                        QStringLiteral("%1 — %2").arg(
                            r.systemName, Language::pick(r.operatorNameZh, r.operatorNameEn)),
                        r.systemId);
        m_year = new QSpinBox(this);
        m_year->setRange(2000, today.year() + 1);
        m_year->setValue(today.year());
        m_date = dateEdit(today);
        m_date->setMaximumDate(today);
        m_findings = new QSpinBox(this);
        m_findings->setRange(0, 100000);
        form->addRow(tr("CII system:"), m_system);
        form->addRow(tr("Year assessed:"), m_year);
        form->addRow(tr("Received on:"), m_date);
        form->addRow(tr("Findings:"), m_findings);
        break;
    }
    case Kind::Event:
        setWindowTitle(tr("Operator event (Art. 18, 21)"));
        m_eventKind = new QComboBox(this);
        for (const QString &k : OperatorEvent::kinds())
            m_eventKind->addItem(DeadlineEngine::eventKindName(k), k);
        m_date = dateEdit(today);
        m_date->setMaximumDate(today);
        m_due = dateEdit(today.addDays(30));
        form->addRow(tr("Kind:"), m_eventKind);
        form->addRow(tr("Happened on:"), m_date);
        form->addRow(tr("Follow-up due:"), m_due);
        break;
    }
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("factDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(100);
    form->addRow(kind == Kind::Assessment ? tr("Rectification:") : tr("Description:"),
                 m_description);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeadlineFactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 0);
}

void DeadlineFactDialog::fillSystems()
{
    m_systems->clear();
    const qint64 op = m_operator->currentData().toLongLong();
    if (Result<QVector<SystemInfo>> systems = RegistryRepository(m_db).systems(op))
        for (const SystemInfo &s : systems.value()) {
            auto *item = new QListWidgetItem(s.name, m_systems);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
}

void DeadlineFactDialog::accept()
{
    DeadlineRepository repo(m_db);
    Result<qint64> id = Error::input(QString());
    switch (m_kind) {
    case Kind::ChangeReport: {
        ChangeReport r;
        r.operatorId = m_operator->currentData().toLongLong();
        for (int i = 0; i < m_systems->count(); ++i)
            if (m_systems->item(i)->checkState() == Qt::Checked)
                r.systemIds << m_systems->item(i)->data(Qt::UserRole).toLongLong();
        r.received = m_date->date();
        r.description = m_description->toPlainText();
        r.attachments = m_attachments->text();
        id = repo.addChangeReport(r);
        break;
    }
    case Kind::Assessment: {
        AssessmentReport a;
        a.systemId = m_system->currentData().toLongLong();
        if (!a.systemId) {
            m_message->setText(tr("No system is identified as CII yet."));
            return;
        }
        a.year = m_year->value();
        a.received = m_date->date();
        a.findings = m_findings->value();
        a.rectification = m_description->toPlainText();
        id = repo.addAssessment(a);
        break;
    }
    case Kind::Event: {
        OperatorEvent e;
        e.operatorId = m_operator->currentData().toLongLong();
        e.kind = m_eventKind->currentData().toString();
        e.occurred = m_date->date();
        e.followUpDue = m_due->date();
        e.description = m_description->toPlainText();
        id = repo.addEvent(e);
        break;
    }
    }
    if (!id) {
        m_message->setText(id.error().message);
        return;
    }
    m_storedId = id.value();
    QDialog::accept();
}

} // namespace cii
