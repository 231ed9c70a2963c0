#include "deadlinespage.h"

#include "deadlinefactdialog.h"
#include "deadlinemodel.h"
#include "domain/sector.h"
#include "io/deadlineexport.h"
#include "schedule/deadlineengine.h"
#include "services/auditedexport.h"
#include "services/enforcementevidence.h"
#include "storage/database.h"
#include "storage/deadlinerepository.h"
#include "widgets/columnwidths.h"
#include "widgets/filterabletable.h"
#include "widgets/writecontrols.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace cii {

DeadlinesPage::DeadlinesPage(Database &db, QWidget *parent)
    : Page(parent), m_db(db), m_model(new DeadlineModel(this)),
      m_table(new FilterableTable(m_model, this)), m_kind(new QComboBox(this)),
      m_status(new QComboBox(this)), m_sector(new QComboBox(this)), m_summary(new QLabel(this)),
      m_changeReport(new QPushButton(this)), m_assessment(new QPushButton(this)),
      m_event(new QPushButton(this)), m_close(new QPushButton(this)),
      m_export(new QPushButton(this)), m_list(std::make_shared<const DeadlineList>())
{
    WriteControls::mark({m_changeReport, m_assessment, m_event, m_close});
    m_kind->setObjectName(QStringLiteral("deadlineKind"));
    m_status->setObjectName(QStringLiteral("deadlineStatus"));
    m_sector->setObjectName(QStringLiteral("deadlineSector"));
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    m_changeReport->setObjectName(QStringLiteral("changeReport"));
    m_assessment->setObjectName(QStringLiteral("assessmentReport"));
    m_event->setObjectName(QStringLiteral("operatorEvent"));
    m_close->setObjectName(QStringLiteral("followUpDone"));
    m_export->setObjectName(QStringLiteral("exportDeadlines"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_sector, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_changeReport);
    actions->addWidget(m_assessment);
    actions->addWidget(m_event);
    actions->addWidget(m_close);
    actions->addStretch(1);
    actions->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(actions);

    m_table->proxy()->setSortRole(DeadlineModel::SortRole);
    // The model sorts its rows itself on their keys: a proxy sorting 80,000 rows through
    // data() would hold the window for seconds at every reload. The proxy keeps the model's
    // order and only filters by the filter box.
    m_table->view()->setSortingEnabled(false);
    m_table->proxy()->sort(-1);
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(DeadlineModel::Due, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, m_model, &DeadlineModel::sort);
    header->resizeSection(DeadlineModel::Due, 90);
    header->resizeSection(DeadlineModel::LastDay, 230);
    header->resizeSection(DeadlineModel::Days, 115);
    header->resizeSection(DeadlineModel::Basis, 85);
    header->resizeSection(DeadlineModel::Subject, 360);

    for (QComboBox *box : {m_kind, m_status, m_sector})
        connect(box, &QComboBox::currentIndexChanged, this, &DeadlinesPage::applyFilters);
    connect(m_table, &FilterableTable::activatedSourceRow, this, &DeadlinesPage::open);
    m_table->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->view(), &QWidget::customContextMenuRequested, this,
            &DeadlinesPage::showContextMenu);
    connect(m_changeReport, &QPushButton::clicked, this, &DeadlinesPage::addChangeReport);
    connect(m_assessment, &QPushButton::clicked, this, &DeadlinesPage::addAssessment);
    connect(m_event, &QPushButton::clicked, this, &DeadlinesPage::addEvent);
    connect(m_close, &QPushButton::clicked, this, &DeadlinesPage::closeFollowUp);
    connect(m_export, &QPushButton::clicked, this, &DeadlinesPage::exportList);
    retranslateUi();
}

DeadlinesPage::~DeadlinesPage()
{
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

bool DeadlinesPage::isLoading() const
{
    return m_worker != nullptr;
}

void DeadlinesPage::reload()
{
    if (m_worker) {
        m_reloadAgain = true; // read again once this read is in: it may predate the change
        return;
    }
    startWorker();
}

void DeadlinesPage::startWorker()
{
    const QString location = m_db.location();
    const QDate today = QDate::currentDate();
    struct Outcome
    {
        std::shared_ptr<const DeadlineList> list;
        QString problem;
    };
    auto outcome = std::make_shared<Outcome>();
    // Its own read-only connection in its own thread, as the daily backup does.
    m_worker = QThread::create([location, today, outcome] {
        Database db;
        if (Status s = db.open(location, Database::OpenMode::Companion); !s) {
            outcome->problem = s.error().message;
            return;
        }
        Result<DeadlineFacts> facts = DeadlineRepository(db).facts();
        if (!facts) {
            outcome->problem = facts.error().message;
            return;
        }
        outcome->list =
            std::make_shared<const DeadlineList>(DeadlineEngine::list(facts.value(), today));
    });
    connect(m_worker, &QThread::finished, this, [this, outcome, today] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (!outcome->list && m_db.isOpen()) {
            // A store the worker cannot open on its own (gone, or not a file): read it here.
            if (Result<DeadlineFacts> facts = DeadlineRepository(m_db).facts())
                outcome->list = std::make_shared<const DeadlineList>(
                    DeadlineEngine::list(facts.value(), today));
            else
                outcome->problem = facts.error().message;
        }
        listComputed(outcome->list, outcome->problem);
    });
    m_worker->start();
}

void DeadlinesPage::listComputed(std::shared_ptr<const DeadlineList> list, const QString &problem)
{
    if (list) {
        m_list = std::move(list);
        m_loaded = true;
        applyFilters();
        emit countsChanged();
    } else {
        m_summary->setText(problem);
    }
    if (m_reloadAgain) {
        m_reloadAgain = false;
        startWorker();
        return;
    }
    emit loadingFinished();
}

void DeadlinesPage::applyFilters()
{
    const QString kind = m_kind->currentData().toString();
    const QString status = m_status->currentData().toString();
    const QString sector = m_sector->currentData().toString();
    const bool pending = status == QLatin1String("pending");
    const int kindWanted = kind.isEmpty() ? -1 : int(DeadlineEngine::kinds().indexOf(kind));
    const int statusWanted =
        status.isEmpty() || pending ? -1 : int(DeadlineEngine::statuses().indexOf(status));
    const DeadlineList &all = *m_list;
    QVector<int> shown;
    shown.reserve(all.size());
    for (int i = 0; i < all.size(); ++i) {
        const DeadlineList::Row &r = all.row(i);
        if ((kindWanted < 0 || r.kind == kindWanted) &&
            (pending ? !r.done.isValid() : statusWanted < 0 || r.status == statusWanted) &&
            (sector.isEmpty() || all.sector(i) == sector))
            shown << i;
    }
    const int count = int(shown.size());
    m_model->setRows(m_list, std::move(shown));
    if (!m_loaded)
        return;
    const DeadlineSummary &sum = all.summary();
    m_summary->setText(tr("%n overdue", nullptr, sum.overdue) + QStringLiteral(" · ") +
                       tr("%n due soon", nullptr, sum.dueSoon) + QStringLiteral(" · ") +
                       tr("%n shown of %1", nullptr, count).arg(all.size()));
}

void DeadlinesPage::retranslateUi()
{
    auto refill = [](QComboBox *box, const QVector<QPair<QString, QString>> &items) {
        const QString current = box->currentData().toString();
        const bool first = box->count() == 0;
        box->blockSignals(true);
        box->clear();
        for (const auto &[text, key] : items)
            box->addItem(text, key);
        box->setCurrentIndex(qMax(0, box->findData(current)));
        box->blockSignals(false);
        return first;
    };
    QVector<QPair<QString, QString>> kinds{{tr("All kinds"), QString()}};
    for (const QString &k : DeadlineEngine::kinds())
        kinds.append({DeadlineEngine::kindName(k), k});
    refill(m_kind, kinds);
    QVector<QPair<QString, QString>> statuses{{tr("All statuses"), QString()},
                                              {tr("Not done yet"), QStringLiteral("pending")}};
    for (const QString &s : DeadlineEngine::statuses())
        statuses.append({DeadlineEngine::statusName(s), s});
    // Opens on what still needs doing.
    if (refill(m_status, statuses))
        m_status->setCurrentIndex(1);
    QVector<QPair<QString, QString>> sectors{{tr("All sectors"), QString()}};
    for (const Sector &s : Sector::all())
        sectors.append({s.displayName(), s.key});
    refill(m_sector, sectors);

    m_changeReport->setText(tr("Change report…"));
    m_changeReport->setToolTip(tr("An operator reported a major change (Art. 11): "
                                  "re-identification is due within three months."));
    m_assessment->setText(tr("Assessment report…"));
    m_event->setText(tr("Operator event…"));
    m_close->setText(tr("Follow-up done…"));
    m_export->setText(tr("Export…"));
    m_changeReport->setWhatsThis(tr("Records an operator’s Art. 11 report. It is done when every "
                                    "affected system has a decided case made on or after the day "
                                    "of receipt and both the operator and the MPS were notified."));
    m_assessment->setToolTip(
        tr("Record an operator’s annual security testing and risk assessment report (Art. 17)"));
    m_event->setToolTip(tr("Record an incident or threat (Art. 18), or a merger, separation or "
                           "dissolution (Art. 21), with its follow-up date"));
    m_close->setToolTip(tr("Close the selected operator event’s follow-up"));
    m_export->setToolTip(tr("Write the list as an iCalendar file (.ics) or CSV"));
    m_kind->setToolTip(tr("Show only one kind of deadline"));
    m_status->setToolTip(tr("Show only items with this status"));
    m_sector->setToolTip(tr("Show only one sector"));
    m_table->filterEdit()->setToolTip(tr("Shows only the items that contain what you type"));
    m_table->filterEdit()->setWhatsThis(
        tr("Each item has its due date and its legal last day after the statutory holiday calendar "
           "(Civil Code Art. 203); status is judged against the last day."));
    m_model->retranslate();
    m_table->retranslate();
    // Statuses and kinds as wide as their words in this language.
    QStringList kindNames, statusNames;
    for (const QString &k : DeadlineEngine::kinds())
        kindNames << DeadlineEngine::kindName(k);
    for (const QString &st : DeadlineEngine::statuses())
        statusNames << DeadlineEngine::statusName(st);
    ColumnWidths::fitValues(m_table->view(), DeadlineModel::Kind, kindNames);
    ColumnWidths::fitValues(m_table->view(), DeadlineModel::Status, statusNames);
    reload();
}

void DeadlinesPage::open(int sourceRow)
{
    if (sourceRow < 0)
        return;
    const DeadlineItem i = m_model->item(sourceRow);
    if (i.systemId) {
        emit openSystem(i.systemId);
        return;
    }
    QMessageBox::information(
        this, DeadlineEngine::kindName(i.kind),
        QStringLiteral("%1\n\n%2\n%3")
            .arg(i.subject, DeadlineEngine::periodText(i), DeadlineEngine::statusName(i.status)));
}

void DeadlinesPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_table->view()->indexAt(pos);
    if (!at.isValid())
        return;
    m_table->view()->setCurrentIndex(at);
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    const DeadlineItem item = m_model->item(row);
    QMenu menu(this);
    QAction *enforce = menu.addAction(tr("Open enforcement case…"));
    enforce->setEnabled(item.status == QLatin1String("overdue"));
    connect(enforce, &QAction::triggered, this, [this, row] { enforceItem(row); });
    menu.exec(m_table->view()->viewport()->mapToGlobal(pos));
}

bool DeadlinesPage::enforceItem(int sourceRow)
{
    if (sourceRow < 0)
        return false;
    const DeadlineItem item = m_model->item(sourceRow);
    if (item.status != QLatin1String("overdue"))
        return false;
    Result<qint64> op = EnforcementEvidence::operatorOf(m_db, item);
    if (!op || op.value() == 0)
        return false;
    emit openEnforcementCase(op.value(), QStringLiteral("deadline:") + item.uid());
    return true;
}

void DeadlinesPage::addChangeReport()
{
    DeadlineFactDialog dialog(m_db, DeadlineFactDialog::Kind::ChangeReport, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(); // the overdue reminder follows with countsChanged()
        emit storeChanged();
    }
}

void DeadlinesPage::addAssessment()
{
    DeadlineFactDialog dialog(m_db, DeadlineFactDialog::Kind::Assessment, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(); // the overdue reminder follows with countsChanged()
        emit storeChanged();
    }
}

void DeadlinesPage::addEvent()
{
    DeadlineFactDialog dialog(m_db, DeadlineFactDialog::Kind::Event, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(); // the overdue reminder follows with countsChanged()
        emit storeChanged();
    }
}

void DeadlinesPage::closeFollowUp()
{
    const int row = m_table->currentSourceRow();
    const DeadlineItem item = row < 0 ? DeadlineItem() : m_model->item(row);
    if (row < 0 || item.kind != QLatin1String("event") || item.done.isValid()) {
        QMessageBox::information(this, tr("Follow-up done"),
                                 tr("Choose an open operator-event follow-up first."));
        return;
    }
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Follow-up done"), tr("Completed on (YYYY-MM-DD):"),
                              QLineEdit::Normal, QDate::currentDate().toString(Qt::ISODate), &ok);
    if (!ok)
        return;
    if (Status s = DeadlineRepository(m_db).closeEvent(item.subjectId,
                                                       QDate::fromString(text, Qt::ISODate));
        !s) {
        QMessageBox::warning(this, tr("Follow-up done"), s.error().message);
        return;
    }
    reload(); // the overdue reminder follows with countsChanged()
    emit storeChanged();
}

void DeadlinesPage::exportList()
{
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export deadlines"), QStringLiteral("deadlines.ics"),
                                     tr("Calendar (*.ics);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QString marking = AuditedExport::classification(m_db);
    const QByteArray bytes =
        csv ? DeadlineExport::csv(m_list->items(), marking)
            : DeadlineExport::ics(*m_list, QDateTime::currentDateTimeUtc(), marking);
    const ExportRecord record{QStringLiteral("deadlines"),
                              csv ? QStringLiteral("csv") : QStringLiteral("ics"), path,
                              m_list->size()};
    if (Status s = AuditedExport::writeFile(m_db, record, bytes); !s) {
        QMessageBox::warning(this, tr("Export deadlines"), s.error().message);
        return;
    }
    emit statusMessage(tr("Exported %n item(s) to %1", nullptr, m_list->size()).arg(path));
}

} // namespace cii
