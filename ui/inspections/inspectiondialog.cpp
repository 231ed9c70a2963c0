#include "inspectiondialog.h"

#include "i18n/displaynames.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace cii {

InspectionDialog::InspectionDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Plan an inspection"));
    build(false);
}

InspectionDialog::InspectionDialog(Database &db, const QVector<Inspection> &originals,
                                   QWidget *parent)
    : QDialog(parent), m_db(db), m_originals(originals)
{
    setWindowTitle(tr("Merge into a joint inspection"));
    build(true);
}

void InspectionDialog::build(bool merging)
{
    auto *form = new QFormLayout;
    auto dateEdit = [this](const QDate &d) {
        auto *e = new QDateEdit(d, this);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return e;
    };
    m_lead = new QComboBox(this);
    m_lead->setObjectName(QStringLiteral("inspectionLead"));
    Result<QVector<Department>> departments = RegistryRepository(m_db).departments();
    if (departments)
        for (const Department &d : departments.value())
            m_lead->addItem(d.displayName(), d.key);
    if (merging) {
        QDate start = m_originals.first().start, end = m_originals.first().end;
        QStringList lines;
        for (const Inspection &o : m_originals) {
            start = std::min(start, o.start);
            end = std::max(end, o.end);
            lines << tr("Inspection %1: %2, %3 to %4")
                         .arg(o.id)
                         .arg(m_lead->itemText(m_lead->findData(o.lead)),
                              DisplayNames::date(o.start), DisplayNames::date(o.end));
        }
        auto *summary = new QLabel(lines.join(QLatin1Char('\n')), this);
        form->addRow(tr("Merging:"), summary);
        m_lead->setCurrentIndex(qMax(0, m_lead->findData(m_originals.first().lead)));
        form->addRow(tr("Lead department:"), m_lead);
        m_start = dateEdit(start);
        m_end = dateEdit(end);
        form->addRow(tr("First day:"), m_start);
        form->addRow(tr("Last day:"), m_end);
        form->addRow(new QLabel(tr("Participants and scope are the union of the originals; the "
                                   "originals are kept and linked to the joint inspection."),
                                this));
    } else {
        m_operator = new QComboBox(this);
        m_operator->setObjectName(QStringLiteral("inspectionOperator"));
        if (Result<QVector<OperatorInfo>> ops = RegistryRepository(m_db).operators())
            for (const OperatorInfo &o : ops.value())
                m_operator->addItem(o.displayName(), o.id);
        m_kind = new QComboBox(this);
        for (const QString &k : Inspection::kinds())
            m_kind->addItem(Inspection::kindName(k), k);
        m_participants = new QListWidget(this);
        m_participants->setMaximumHeight(110);
        if (departments)
            for (const Department &d : departments.value()) {
                auto *item = new QListWidgetItem(d.displayName(), m_participants);
                item->setData(Qt::UserRole, d.key);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        m_systems = new QListWidget(this);
        m_systems->setMaximumHeight(130);
        m_start = dateEdit(QDate::currentDate().addDays(14));
        m_end = dateEdit(QDate::currentDate().addDays(16));
        m_team = new QLineEdit(this);
        form->addRow(tr("Operator:"), m_operator);
        form->addRow(tr("Lead department:"), m_lead);
        form->addRow(tr("Participants:"), m_participants);
        form->addRow(tr("Kind:"), m_kind);
        form->addRow(tr("First day:"), m_start);
        form->addRow(tr("Last day:"), m_end);
        form->addRow(tr("Systems in scope:"), m_systems);
        form->addRow(tr("Team:"), m_team);
        connect(m_operator, &QComboBox::currentIndexChanged, this, &InspectionDialog::fillSystems);
        fillSystems();
    }
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &InspectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 0);
}

void InspectionDialog::fillSystems()
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

Inspection InspectionDialog::inspection() const
{
    Inspection in;
    in.lead = m_lead->currentData().toString();
    in.start = m_start->date();
    in.end = m_end->date();
    if (!m_operator)
        return in;
    in.operatorId = m_operator->currentData().toLongLong();
    in.kind = m_kind->currentData().toString();
    for (int i = 0; i < m_participants->count(); ++i)
        if (m_participants->item(i)->checkState() == Qt::Checked &&
            m_participants->item(i)->data(Qt::UserRole).toString() != in.lead)
            in.participants << m_participants->item(i)->data(Qt::UserRole).toString();
    for (int i = 0; i < m_systems->count(); ++i)
        if (m_systems->item(i)->checkState() == Qt::Checked)
            in.systems << m_systems->item(i)->data(Qt::UserRole).toLongLong();
    std::sort(in.systems.begin(), in.systems.end());
    in.team = m_team->text().trimmed();
    return in;
}

void InspectionDialog::accept()
{
    InspectionRepository repo(m_db);
    const Inspection in = inspection();
    Result<qint64> id = Error::input(QString());
    if (m_originals.isEmpty()) {
        id = repo.add(in);
    } else {
        QVector<qint64> ids;
        for (const Inspection &o : m_originals)
            ids << o.id;
        id = repo.merge(ids, in.lead, in.start, in.end);
    }
    if (!id) {
        m_message->setText(id.error().details.isEmpty()
                               ? id.error().message
                               : id.error().details.join(QLatin1Char('\n')));
        return;
    }
    m_storedId = id.value();
    QDialog::accept();
}

} // namespace cii
