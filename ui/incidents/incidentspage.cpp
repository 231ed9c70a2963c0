#include "incidentspage.h"

#include "domain/chinatime.h"
#include "gradingcriteriadialog.h"
#include "gradingdialog.h"
#include "incidentdialog.h"
#include "incidentexplanation.h"
#include "incidentreportdialog.h"
#include "incidenttablemodel.h"
#include "reportrecorddialog.h"
#include "storage/database.h"
#include "storage/incidentrepository.h"
#include "widgets/chinatimeedit.h"
#include "widgets/columnwidths.h"
#include "widgets/filterabletable.h"
#include "widgets/writecontrols.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cii {

namespace {
const QString ShowAll = QStringLiteral("all");
const QString ShowOpen = QStringLiteral("open");
const QString ShowOnward = QStringLiteral("onward");
} // namespace

IncidentsPage::IncidentsPage(Database &db, QWidget *parent)
    : Page(parent), m_db(db), m_model(new IncidentTableModel(this)),
      m_table(new FilterableTable(static_cast<QAbstractItemModel *>(m_model), this)),
      m_details(new QTextBrowser(this)), m_show(new QComboBox(this)), m_showLabel(new QLabel(this)),
      m_summary(new QLabel(this)), m_add(new QPushButton(this)), m_grade(new QPushButton(this)),
      m_record(new QPushButton(this)), m_issue(new QPushButton(this)),
      m_close(new QPushButton(this)), m_criteria(new QPushButton(this))
{
    WriteControls::mark({m_add, m_grade, m_record, m_issue, m_close});
    m_add->setObjectName(QStringLiteral("newIncident"));
    m_grade->setObjectName(QStringLiteral("gradeIncident"));
    m_record->setObjectName(QStringLiteral("recordIncidentReport"));
    m_issue->setObjectName(QStringLiteral("issueIncidentReport"));
    m_close->setObjectName(QStringLiteral("closeIncident"));
    m_criteria->setObjectName(QStringLiteral("gradingCriteria"));
    m_show->setObjectName(QStringLiteral("incidentShow"));
    m_details->setObjectName(QStringLiteral("incidentDetails"));
    m_summary->setObjectName(QStringLiteral("incidentSummary"));
    m_add->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_add);
    top->addSpacing(16);
    top->addWidget(m_grade);
    top->addWidget(m_record);
    top->addWidget(m_issue);
    top->addWidget(m_close);
    top->addStretch(1);
    top->addWidget(m_criteria);
    top->addSpacing(16);
    top->addWidget(m_showLabel);
    top->addWidget(m_show);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("incidentsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 440});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    QTableView *view = m_table->view();
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->sortByColumn(IncidentTableModel::Received, Qt::DescendingOrder);
    connect(m_add, &QPushButton::clicked, this, &IncidentsPage::addIncident);
    connect(m_grade, &QPushButton::clicked, this, &IncidentsPage::gradeCurrent);
    connect(m_record, &QPushButton::clicked, this, &IncidentsPage::recordReport);
    connect(m_issue, &QPushButton::clicked, this, &IncidentsPage::issueReport);
    connect(m_close, &QPushButton::clicked, this, &IncidentsPage::closeCurrent);
    connect(m_criteria, &QPushButton::clicked, this, &IncidentsPage::editCriteria);
    connect(m_table, &FilterableTable::currentSourceRowChanged, this, [this] { showCurrent(); });
    connect(m_table, &FilterableTable::activatedSourceRow, this, [this] { gradeCurrent(); });
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    retranslateUi();
}

QDateTime IncidentsPage::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

qint64 IncidentsPage::currentId() const
{
    const int row = m_table->currentSourceRow();
    return row >= 0 ? m_model->incidentAt(row).id : 0;
}

void IncidentsPage::reload()
{
    IncidentRepository repo(m_db);
    const QString show = m_show->currentData().toString();
    const bool openOnly = show == ShowOpen || show == ShowOnward;
    const QString grade =
        Incident::grades().contains(show) || show == QLatin1String("ungraded") ? show : QString();
    Result<QVector<Incident>> list = repo.list(openOnly, grade);
    Result<QVector<OnwardReportDue>> onward = repo.onwardReportsDue();
    if (Result<QVector<IncidentCriterion>> c = repo.criteria())
        m_criteriaCache = c.value();
    if (!list || !onward) {
        m_summary->setText(!list ? list.error().message : onward.error().message);
        m_model->setIncidents({}, {}, now());
        showCurrent();
        return;
    }
    QHash<qint64, QDateTime> due;
    for (const OnwardReportDue &d : onward.value())
        due.insert(d.incidentId, d.dueAt);
    // The list carries no timeline; each incident's is read (incidents are few), so the next
    // clock knows which reports were made.
    QVector<Incident> incidents;
    int open = 0;
    for (const Incident &head : list.value()) {
        if (show == ShowOnward && !due.contains(head.id))
            continue;
        Result<Incident> full = repo.byId(head.id);
        incidents << (full ? full.value() : head);
        open += head.status != QLatin1String("closed") ? 1 : 0;
    }
    m_model->setIncidents(incidents, due, now());
    m_summary->setText(tr("%n incident(s)", nullptr, int(incidents.size())) +
                       QStringLiteral(" · ") + tr("%n not closed", nullptr, open) +
                       QStringLiteral(" · ") +
                       tr("%n onward report(s) due", nullptr, int(onward.value().size())));
    showCurrent();
}

void IncidentsPage::showIncident(qint64 id)
{
    // Read again: it may just have been written.
    if (m_show->currentData().toString() != ShowAll)
        m_show->setCurrentIndex(0); // reloads
    else
        reload();
    m_table->filterEdit()->clear();
    m_table->selectSourceRow(m_model->rowOfId(id));
    showCurrent();
}

void IncidentsPage::showCurrent()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        m_details->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("Select an incident to see its times, grading and reports. "
                                       "New incident… records one an operator reports.")
                                        .toHtmlEscaped()));
    } else {
        const Incident &in = m_model->incidentAt(row);
        m_details->setHtml(
            IncidentExplanation::html(in, m_criteriaCache, m_model->onwardDueOf(in.id), now()));
    }
    updateActions();
}

void IncidentsPage::updateActions()
{
    const int row = m_table->currentSourceRow();
    const bool any = row >= 0;
    const bool open = any && m_model->incidentAt(row).status != QLatin1String("closed");
    m_grade->setEnabled(open);
    m_record->setEnabled(any);
    m_issue->setEnabled(any);
    m_close->setEnabled(open);
}

void IncidentsPage::fitColumns()
{
    QTableView *view = m_table->view();
    QStringList grades, statuses, types;
    for (const QString &g : Incident::grades())
        grades << Incident::gradeName(g);
    grades << IncidentExplanation::gradeText(QString());
    for (const QString &s : Incident::statuses())
        statuses << Incident::statusName(s);
    for (const QString &t : Incident::types())
        types << Incident::typeName(t);
    const QString instant = QStringLiteral("2026-12-31 23:59");
    ColumnWidths::fitValues(view, IncidentTableModel::Id, {QStringLiteral("999")});
    ColumnWidths::setNameWidth(view, IncidentTableModel::Operator, 150);
    ColumnWidths::fitValues(view, IncidentTableModel::Type, types, 120);
    ColumnWidths::fitValues(view, IncidentTableModel::Grade, grades);
    ColumnWidths::fitValues(view, IncidentTableModel::Status, statuses);
    ColumnWidths::fitValues(view, IncidentTableModel::Discovered, {instant});
    ColumnWidths::fitValues(view, IncidentTableModel::Received, {instant});
    view->horizontalHeader()->setStretchLastSection(true);
}

void IncidentsPage::retranslateUi()
{
    m_add->setText(tr("New incident…"));
    m_add->setToolTip(tr("Record an incident an operator reports: operator, systems, type, "
                         "place, and the times it occurred, was discovered and was received"));
    m_add->setWhatsThis(tr("Art. 18: the operator reports a major incident to the protection "
                           "work department. The times are kept to the minute in China time; "
                           "the clocks of the Reporting Measures start from them."));
    m_grade->setText(tr("Grade…"));
    m_grade->setToolTip(tr("Enter the facts; the grading guide proposes a grade with its trace, "
                           "and the department accepts it or sets another with a reason"));
    m_record->setText(tr("Record report…"));
    m_record->setToolTip(tr("Record a report received or sent, with its time: the onward report "
                            "sent to the CAC and the MPS ends its 30-minute clock"));
    m_issue->setText(tr("Issue report…"));
    m_issue->setToolTip(tr("Write the report document to the CAC and the MPS, a follow-up or "
                           "the summary report (PDF or ODT) from what is recorded"));
    m_close->setText(tr("Close…"));
    m_close->setToolTip(tr("Handling has ended: the 30 days of the summary report start "
                           "(Reporting Measures Art. 8)"));
    m_criteria->setText(tr("Grading criteria…"));
    m_criteria->setToolTip(tr("The grading guide's criteria with their sources; confirm or edit "
                              "the figures the reference could not confirm"));
    m_showLabel->setText(tr("Show:"));
    m_show->setToolTip(tr("Narrow the register by status or grade"));
    m_details->setWhatsThis(tr("The selected incident: its times in China time, the reports due, "
                               "the proposed grade with the criterion that decided it, the "
                               "department's grade and every report in the timeline."));
    m_table->filterEdit()->setToolTip(tr("Shows only the incidents that contain what you type"));
    const QString show = m_show->currentData().toString();
    m_show->blockSignals(true);
    m_show->clear();
    m_show->addItem(tr("All incidents"), ShowAll);
    m_show->addItem(tr("Not closed"), ShowOpen);
    m_show->addItem(tr("Onward report due"), ShowOnward);
    for (const QString &g : Incident::grades())
        m_show->addItem(tr("Grade: %1").arg(Incident::gradeName(g)), g);
    m_show->addItem(tr("Not graded"), QStringLiteral("ungraded"));
    m_show->setCurrentIndex(qMax(0, m_show->findData(show)));
    m_show->blockSignals(false);
    m_model->retranslate();
    m_table->retranslate();
    fitColumns();
    reloadWhenVisible();
}

void IncidentsPage::addIncident()
{
    IncidentDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Incident %1 recorded.").arg(dialog.storedId()));
    emit storeChanged();
    showIncident(dialog.storedId());
}

void IncidentsPage::gradeCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    GradingDialog dialog(m_db, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(
        tr("Incident %1 graded %2.").arg(id).arg(Incident::gradeName(dialog.chosenGrade())));
    emit storeChanged();
    showIncident(id);
}

void IncidentsPage::recordReport()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    const Incident in = m_model->incidentAt(row);
    // The report most likely meant: the onward one while it is due.
    const QString kind = m_model->onwardDueOf(in.id).isValid()  ? QStringLiteral("onward-report")
                         : in.status == QLatin1String("closed") ? QStringLiteral("summary-report")
                                                                : QStringLiteral("follow-up");
    ReportRecordDialog dialog(m_db, in, kind, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("%1 recorded for incident %2.")
                           .arg(IncidentReport::kindName(dialog.report().kind))
                           .arg(in.id));
    emit storeChanged();
    showIncident(in.id);
}

void IncidentsPage::issueReport()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    const Incident &in = m_model->incidentAt(row);
    // The report most likely meant: the onward one while it is due, the summary once closed.
    const QString kind = m_model->onwardDueOf(in.id).isValid()  ? QStringLiteral("cac-mps")
                         : in.status == QLatin1String("closed") ? QStringLiteral("summary")
                                                                : QStringLiteral("followup");
    const qint64 id = in.id;
    IncidentReportDialog dialog(m_db, id, kind, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Report saved to %1").arg(dialog.issued().path));
    emit storeChanged();
    showIncident(id);
}

void IncidentsPage::closeCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("closeIncidentDialog"));
    dialog.setWindowTitle(tr("Close incident %1").arg(id));
    auto *ended = new ChinaTimeEdit(&dialog);
    ended->setObjectName(QStringLiteral("handlingEnded"));
    auto *form = new QFormLayout;
    form->addRow(tr("Handling ended (China time):"), ended);
    auto *note = new QLabel(tr("The summary report is due within 30 days after handling ended "
                               "(Reporting Measures Art. 8)."),
                            &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = IncidentRepository(m_db).close(id, ended->instant()); !s) {
        QMessageBox::warning(this, tr("Close incident"), s.error().message);
        return;
    }
    emit statusMessage(tr("Incident %1 closed.").arg(id));
    emit storeChanged();
    showIncident(id);
}

void IncidentsPage::editCriteria()
{
    GradingCriteriaDialog dialog(m_db, this);
    dialog.exec();
    if (dialog.savedCount() > 0) {
        emit storeChanged();
        reload();
    }
}

} // namespace cii
