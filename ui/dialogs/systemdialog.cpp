#include "systemdialog.h"

#include "dialogs/editconflictsettlement.h"
#include "storage/registryrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cii {

SystemDialog::SystemDialog(RegistryRepository &repo, const SystemInfo &system,
                           const QVector<OperatorInfo> &operators, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_original(system), m_operator(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_category(new QComboBox(this)), m_mlps(new QSpinBox(this)), m_status(new QComboBox(this)),
      m_error(new QLabel(this)), m_duplicate(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(system.id ? tr("Edit system") : tr("Add system"));
    m_operator->setObjectName(QStringLiteral("operator"));
    m_name->setObjectName(QStringLiteral("name"));
    m_operator->setEditable(true); // type to search among many operators
    m_operator->setInsertPolicy(QComboBox::NoInsert);
    for (const OperatorInfo &o : operators)
        m_operator->addItem(QStringLiteral("%1 (%2)").arg(o.displayName(), o.uscc), o.id);
    for (const QString &c : SystemInfo::categories())
        m_category->addItem(SystemInfo::categoryName(c), c);
    for (const QString &s : SystemInfo::statuses())
        m_status->addItem(SystemInfo::statusName(s), s);
    m_mlps->setRange(1, 5);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);

    auto *form = new QFormLayout;
    form->addRow(tr("Operator"), m_operator);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("MLPS level (等级保护)"), m_mlps);
    form->addRow(tr("Status"), m_status);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_duplicate->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicate->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_duplicate->setWordWrap(true);
    m_duplicate->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SystemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SystemDialog::reject);

    showSystem(system);
    connect(m_name, &QLineEdit::textChanged, this, &SystemDialog::validate);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &SystemDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

void SystemDialog::showSystem(const SystemInfo &system)
{
    m_operator->setCurrentIndex(qMax(0, m_operator->findData(system.operatorId)));
    m_name->setText(system.name);
    m_description->setPlainText(system.description);
    m_category->setCurrentIndex(qMax(0, m_category->findData(system.category)));
    m_mlps->setValue(system.mlpsLevel);
    m_status->setCurrentIndex(qMax(0, m_status->findData(system.status)));
}

SystemInfo SystemDialog::systemInfo() const
{
    SystemInfo s = m_original;
    s.operatorId = m_operator->currentData().toLongLong();
    s.name = m_name->text().trimmed();
    s.description = m_description->toPlainText().trimmed();
    s.category = m_category->currentData().toString();
    s.mlpsLevel = m_mlps->value();
    s.status = m_status->currentData().toString();
    return s;
}

void SystemDialog::validate()
{
    QStringList reasons;
    for (const FieldError &e : systemInfo().validate())
        reasons << e.reason;
    m_error->setText(m_name->text().isEmpty() ? QString() : reasons.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reasons.isEmpty());
    // A warning, not a refusal: two systems of one operator can rightly share a name (the
    // same portal run at two sites, a production and a disaster-recovery instance named
    // alike in the operator's own list), and the import of such a list must not fail. What
    // must not happen is two that look the same: lists then show the id beside the name.
    const SystemInfo s = systemInfo();
    QVector<qint64> same;
    if (!s.name.isEmpty() && s.operatorId)
        if (Result<QVector<qint64>> ids = m_repo.systemsNamed(s.operatorId, s.name, s.id))
            same = ids.value();
    QStringList numbers;
    for (qint64 id : same)
        numbers << QStringLiteral("#%1").arg(id);
    m_duplicate->setText(
        same.isEmpty()
            ? QString()
            : tr("This operator already has %n system(s) named “%1” (%2). Save only if this is "
                 "a different system; lists will show the id beside the name.",
                 nullptr, int(same.size()))
                  .arg(s.name, numbers.join(QStringLiteral(", "))));
    m_duplicate->setVisible(!same.isEmpty());
}

void SystemDialog::accept()
{
    const SystemInfo s = systemInfo();
    if (s.id == 0) {
        const Result<qint64> id = m_repo.addSystem(s);
        if (!id) {
            m_error->setText(id.error().message);
            return;
        }
        m_savedId = id.value();
    } else {
        if (const Status st = m_repo.updateSystem(s); !st) {
            if (st.error().isConflict())
                resolve(s, *st.error().conflict);
            else
                m_error->setText(st.error().message);
            return;
        }
        m_savedId = s.id;
    }
    QDialog::accept();
}

void SystemDialog::resolve(const SystemInfo &mine, const EditConflict &conflict)
{
    auto operatorName = [this](qint64 id) {
        const int i = m_operator->findData(id);
        return i < 0 ? QString::number(id) : m_operator->itemText(i);
    };
    using Settlement = EditConflictSettlement<SystemInfo>;
    const Settlement settled = settleEditConflict<SystemInfo>(
        this, m_conflictDialog, mine, conflict, [&] { return m_repo.systemById(mine.id); },
        [&](const SystemInfo &m, const SystemInfo &theirs) {
            return QVector<EditConflictDialog::Field>{
                {tr("Operator"), operatorName(m.operatorId), operatorName(theirs.operatorId)},
                {tr("Name"), m.name, theirs.name},
                {tr("Description"), m.description, theirs.description},
                {tr("Category"), SystemInfo::categoryName(m.category),
                 SystemInfo::categoryName(theirs.category)},
                {tr("MLPS level (等级保护)"), QString::number(m.mlpsLevel),
                 QString::number(theirs.mlpsLevel)},
                {tr("Status"), SystemInfo::statusName(m.status),
                 SystemInfo::statusName(theirs.status)},
            };
        },
        [this](const SystemInfo &again) { return m_repo.updateSystem(again); });
    switch (settled.next) {
    case Settlement::Next::Saved:
    case Settlement::Next::KeptTheirs: // the page shows the stored record
        m_savedId = mine.id;
        QDialog::accept();
        return;
    case Settlement::Next::Failed:
        if (settled.theirs.id != 0)
            m_original.rowVersion = settled.theirs.rowVersion;
        m_error->setText(settled.error);
        return;
    case Settlement::Next::Overwrite:
    case Settlement::Next::EditAgain:
        break;
    }
    m_original = settled.theirs;
    showSystem(settled.theirs);
    m_error->setText(tr("The stored values are shown; make your change again and save."));
}

} // namespace cii
