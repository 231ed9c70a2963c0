#include "gradingcriteriadialog.h"

#include "gradingcriteriamodel.h"
#include "rules/choicedelegate.h"
#include "storage/incidentrepository.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cii {

GradingCriteriaDialog::GradingCriteriaDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_model(new GradingCriteriaModel(this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this)), m_message(new QLabel(this)),
      m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("gradingCriteriaDialog"));
    setWindowTitle(tr("Grading criteria"));
    m_view->setObjectName(QStringLiteral("gradingCriteria"));
    m_save->setObjectName(QStringLiteral("saveCriteria"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setItemDelegateForColumn(
        GradingCriteriaModel::Op,
        new ChoiceDelegate(
            [] {
                return ChoiceDelegate::Choices{
                    {QStringLiteral(">="), GradingCriteriaModel::opName(QStringLiteral(">="))},
                    {QStringLiteral(">"), GradingCriteriaModel::opName(QStringLiteral(">"))}};
            },
            this));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(GradingCriteriaModel::Text, QHeaderView::Stretch);

    auto *intro = new QLabel(
        tr("The grading guide of the 2025 Reporting Measures. A figure the reference could not "
           "confirm (未核实) ships disabled and never counts until the department checks it "
           "against the official text, enters it and ticks Counts. Double-click a comparison or "
           "a figure to edit it; every saved change is recorded in the audit log. “Or above” "
           "(以上) includes the number (≥)."),
        this);
    intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_save->setText(tr("Save changes"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &GradingCriteriaDialog::save);
    connect(m_model, &GradingCriteriaModel::edited, this, &GradingCriteriaDialog::updateState);
    load();
    resize(ScreenFit::bounded(this, QSize(1200, 660)));
}

void GradingCriteriaDialog::load()
{
    Result<QVector<IncidentCriterion>> criteria = IncidentRepository(m_db).criteria();
    if (!criteria) {
        m_message->setText(criteria.error().message);
        m_model->setCriteria({});
    } else {
        m_model->setCriteria(criteria.value());
    }
    QHeaderView *header = m_view->horizontalHeader();
    m_view->resizeColumnsToContents();
    header->setSectionResizeMode(GradingCriteriaModel::Text, QHeaderView::Stretch);
    for (int c : {int(GradingCriteriaModel::Op), int(GradingCriteriaModel::Source)})
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 190));
    m_view->resizeRowsToContents();
    updateState();
}

void GradingCriteriaDialog::updateState()
{
    int counting = 0, unconfirmed = 0;
    for (const IncidentCriterion &c : m_model->criteria()) {
        counting += c.enabled ? 1 : 0;
        unconfirmed += !c.enabled && c.source == QLatin1String("unconfirmed") ? 1 : 0;
    }
    m_summary->setText(tr("%n criteria count", nullptr, counting) + QStringLiteral(" · ") +
                       tr("%n disabled, not confirmed", nullptr, unconfirmed) +
                       QStringLiteral(" · ") +
                       tr("%n edited, not saved", nullptr, int(m_model->changed().size())));
    QString problem;
    for (int r = 0; r < m_model->rowCount() && problem.isEmpty(); ++r)
        if (const QString p = m_model->problemAt(r); !p.isEmpty())
            problem = tr("Row %1: %2").arg(r + 1).arg(p);
    m_message->setText(problem);
    m_save->setEnabled(!m_model->changed().isEmpty() && problem.isEmpty());
}

bool GradingCriteriaDialog::save()
{
    IncidentRepository repo(m_db);
    for (const IncidentCriterion &c : m_model->changed()) {
        if (Status s = repo.updateCriterion(c); !s) {
            // What was saved before stays saved; the refused one keeps its edit on screen.
            updateState();
            m_message->setText(s.error().message);
            return false;
        }
        m_model->markSaved(c);
        ++m_saved;
    }
    load();
    return true;
}

} // namespace cii
