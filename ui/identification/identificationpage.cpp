#include "identificationpage.h"

#include "caseexplanation.h"
#include "decidedialog.h"
#include "domain/sector.h"
#include "domain/systeminfo.h"
#include "i18n/displaynames.h"
#include "noticedialog.h"
#include "notificationdialog.h"
#include "storage/backgroundreader.h"
#include "storage/database.h"
#include "storage/noticerepository.h"
#include "storage/rulesetrepository.h"
#include "systemcasemodel.h"
#include "widgets/columnwidths.h"
#include "widgets/filterabletable.h"
#include "widgets/writecontrols.h"

#include <QComboBox>
#include <QDateTime>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>

namespace cii {
namespace {
const QString ScopeAll = QStringLiteral("all");
const QString ScopeSelection = QStringLiteral("selection");
const QString ScopeFilter = QStringLiteral("filter");
} // namespace

IdentificationPage::IdentificationPage(Database &db, BackgroundReader *reader, QWidget *parent)
    : Page(parent), m_db(db), m_reader(reader), m_model(new SystemCaseModel(db, this)),
      m_table(new FilterableTable(m_model, this)), m_explanation(new QTextBrowser(this)),
      m_scope(new QComboBox(this)), m_show(new QComboBox(this)), m_scopeLabel(new QLabel(this)),
      m_showLabel(new QLabel(this)), m_summary(new QLabel(this)), m_identify(new QPushButton(this)),
      m_decide(new QPushButton(this)), m_notices(new QPushButton(this)),
      m_notified(new QPushButton(this))
{
    WriteControls::mark({m_identify, m_decide, m_notices, m_notified});
    m_scope->setObjectName(QStringLiteral("identifyScope"));
    m_show->setObjectName(QStringLiteral("identifyShow"));
    m_identify->setObjectName(QStringLiteral("identify"));
    m_decide->setObjectName(QStringLiteral("decide"));
    m_notices->setObjectName(QStringLiteral("issueNotices"));
    m_notified->setObjectName(QStringLiteral("recordNotification"));
    m_explanation->setObjectName(QStringLiteral("caseExplanation"));
    m_identify->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scopeLabel);
    top->addWidget(m_scope, 1);
    top->addWidget(m_identify);
    top->addSpacing(24);
    top->addWidget(m_showLabel);
    top->addWidget(m_show, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_explanation, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_decide);
    actions->addWidget(m_notices);
    actions->addWidget(m_notified);
    rightLayout->addLayout(actions);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("identificationSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({820, 440});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    QTableView *view = m_table->view();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    ColumnWidths::elideMiddle(view);
    // What the page is for first: the results and the decisions right after the names, the
    // sector and category (also in the explanation) after them.
    QHeaderView *header = view->horizontalHeader();
    int at = 2;
    for (int column : {SystemCaseModel::Engine, SystemCaseModel::Decision, SystemCaseModel::Status,
                       SystemCaseModel::Changed})
        header->moveSection(header->visualIndex(column), at++);

    connect(m_identify, &QPushButton::clicked, this, &IdentificationPage::identifyScope);
    connect(m_decide, &QPushButton::clicked, this, &IdentificationPage::decideCurrent);
    connect(m_notices, &QPushButton::clicked, this, &IdentificationPage::issueNotices);
    connect(m_notified, &QPushButton::clicked, this, &IdentificationPage::recordNotification);
    connect(m_table, &FilterableTable::currentSourceRowChanged, this, [this] { showCurrent(); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IdentificationPage::updateActions);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setShow(SystemCaseModel::Show(m_show->currentData().toInt()));
        showCurrent();
    });
    retranslateUi();
}

void IdentificationPage::reload()
{
    // The table keeps the selected system by its id.
    m_model->refresh();
    if (!m_model->lastError().isEmpty())
        m_summary->setText(m_model->lastError());
    else
        readSummary();
    showCurrent();
}

void IdentificationPage::readSummary()
{
    auto show = [this](Result<CaseRepository::ListSummary> summary) {
        if (!summary) {
            m_summary->setText(summary.error().message);
            return;
        }
        const CaseRepository::ListSummary &n = summary.value();
        m_summary->setText(tr("%n system(s)", nullptr, int(n.systems)) + QStringLiteral(" · ") +
                           tr("%n identified", nullptr, int(n.identified)) + QStringLiteral(" · ") +
                           tr("%n awaiting a decision", nullptr, int(n.awaiting)) +
                           QStringLiteral(" · ") +
                           tr("%n changed since the decision", nullptr, int(n.changed)));
    };
    auto count = [](Database &db) { return CaseRepository(db).listSummary(); };
    // Counting every system's newest case takes a moment at 100,000: in the background.
    if (m_reader)
        m_reader->read<Result<CaseRepository::ListSummary>>(this, count, show);
    else
        show(count(m_db));
}

void IdentificationPage::retranslateUi()
{
    m_scopeLabel->setText(tr("Scope:"));
    m_showLabel->setText(tr("Show:"));
    m_identify->setText(tr("Identify"));
    m_identify->setToolTip(tr("Run the filed rules of each system's sector and store a new case "
                              "per system; earlier cases are kept."));
    m_decide->setText(tr("Decide…"));
    m_notices->setText(tr("Issue notices…"));
    m_notified->setText(tr("Record notification…"));
    m_identify->setWhatsThis(
        tr("Art. 10: each system in the scope is evaluated under its sector’s filed rule set in "
           "the background and gets a new case with the values used, the outcome and the full "
           "trace. A cancelled run stores nothing."));
    m_scope->setToolTip(tr("Which systems Identify evaluates: every sector with filed rules, one "
                           "sector, the selected rows or the rows the filter shows"));
    m_show->setToolTip(tr("Narrow the list by result or decision"));
    m_decide->setToolTip(
        tr("Confirm the engine’s result or override it; an override needs a reason"));
    m_decide->setWhatsThis(
        tr("The decision is recorded with who made it and when; an override’s reason is printed in "
           "the notices. Insufficient data cannot be confirmed."));
    m_notices->setToolTip(tr("Number and write the notices of the selected decided cases: to each "
                             "operator, or one notification to the MPS (PDF or ODT)"));
    m_notices->setWhatsThis(
        tr("Art. 10: the result is notified to the operator and to the Ministry of Public "
           "Security. Notices are numbered per department and year, e.g. 某网安〔2026〕12号."));
    m_notified->setToolTip(tr("Record the day the operator or the MPS was notified"));
    m_table->filterEdit()->setToolTip(tr("Shows only the systems whose name, or whose operator’s "
                                         "code, names or region, contain what you type"));
    m_table->filterEdit()->setWhatsThis(
        tr("The filter box (Ctrl+F) narrows the list as you type; “Systems shown by the filter” "
           "identifies exactly these."));
    m_explanation->setWhatsThis(
        tr("Why the selected system’s result came out as it did: which factor decided it and every "
           "criterion with the value, the condition and met, not met or missing."));

    const QString scope = m_scope->currentData().toString();
    m_scope->blockSignals(true);
    m_scope->clear();
    m_scope->addItem(tr("All sectors with filed rules"), ScopeAll);
    for (const Sector &s : Sector::all())
        m_scope->addItem(tr("Sector: %1").arg(s.displayName()), s.key);
    m_scope->addItem(tr("Selected systems"), ScopeSelection);
    m_scope->addItem(tr("Systems shown by the filter"), ScopeFilter);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(scope)));
    m_scope->blockSignals(false);

    const int show = m_show->currentIndex();
    m_show->blockSignals(true);
    m_show->clear();
    m_show->addItem(tr("All systems"), SystemCaseModel::All);
    m_show->addItem(tr("CII"), SystemCaseModel::Cii);
    m_show->addItem(tr("Not CII"), SystemCaseModel::NotCii);
    m_show->addItem(tr("Insufficient data"), SystemCaseModel::Insufficient);
    m_show->addItem(tr("Awaiting a decision"), SystemCaseModel::AwaitingDecision);
    m_show->addItem(tr("Changed since the decision"), SystemCaseModel::ChangedSinceDecision);
    m_show->addItem(tr("CII below MLPS level 3"), SystemCaseModel::MlpsBelowThree);
    m_show->setCurrentIndex(qMax(0, show));
    m_show->blockSignals(false);

    m_model->retranslate();
    m_table->retranslate();
    fitColumns();
    // The list covers every system of the store: read it when the page is on screen.
    reloadWhenVisible();
    updateActions();
}

void IdentificationPage::fitColumns()
{
    // The columns of known values as wide as their words in this language; the names share
    // what is left and elide in the middle.
    QTableView *view = m_table->view();
    QStringList sectors, categories, outcomes, statuses;
    for (const Sector &s : Sector::all())
        sectors << s.displayName();
    for (const QString &c : SystemInfo::categories())
        categories << SystemInfo::categoryName(c);
    for (const QString &o : {Outcome::Cii, Outcome::NotCii, Outcome::Insufficient})
        outcomes << IdentificationCase::outcomeName(o);
    for (const QString &s : IdentificationCase::statuses())
        statuses << IdentificationCase::statusName(s);
    ColumnWidths::setNameWidth(view, SystemCaseModel::System, 180);
    ColumnWidths::setNameWidth(view, SystemCaseModel::Operator, 160);
    // "National defence science, technology and industry" would take 300 px.
    ColumnWidths::fitValues(view, SystemCaseModel::Sector, sectors, 120);
    ColumnWidths::fitValues(view, SystemCaseModel::Category, categories);
    ColumnWidths::fitValues(view, SystemCaseModel::Engine,
                            outcomes + QStringList{SystemCaseModel::tr("Not identified")});
    ColumnWidths::fitValues(view, SystemCaseModel::Decision,
                            outcomes +
                                QStringList{SystemCaseModel::tr("%1 — MLPS %2 < 3")
                                                .arg(IdentificationCase::outcomeName(Outcome::Cii))
                                                .arg(2)});
    ColumnWidths::fitValues(view, SystemCaseModel::Status, statuses);
    ColumnWidths::fitValues(view, SystemCaseModel::Changed, {tr("Changed")});
    ColumnWidths::fitValues(
        view, SystemCaseModel::Identified,
        {DisplayNames::dateTime(QDateTime(QDate(2026, 12, 31), QTime(23, 59)))});
}

IdentificationRequest IdentificationPage::scopeRequest() const
{
    IdentificationRequest r;
    const QString scope = m_scope->currentData().toString();
    if (scope == ScopeAll)
        return r;
    if (scope == ScopeSelection || scope == ScopeFilter) {
        r.kind = IdentificationRequest::Kind::Systems;
        QTableView *view = m_table->view();
        if (scope == ScopeSelection) {
            for (const QModelIndex &i : view->selectionModel()->selectedRows())
                r.systemIds << m_model->idAt(i.row());
        } else {
            r.systemIds = m_model->ids();
        }
        return r;
    }
    r.kind = IdentificationRequest::Kind::Sector;
    r.sector = scope;
    return r;
}

void IdentificationPage::identifyScope()
{
    const IdentificationRequest request = scopeRequest();
    if (request.kind == IdentificationRequest::Kind::Systems && request.systemIds.isEmpty()) {
        QMessageBox::information(this, tr("Identify"), tr("No system is selected or shown."));
        return;
    }
    if (std::optional<IdentificationSummary> s = identify(request)) {
        emit statusMessage(tr("Identified %n system(s): ", nullptr, int(s->cases)) +
                           tr("CII %1, not CII %2, insufficient data %3")
                               .arg(s->cii)
                               .arg(s->notCii)
                               .arg(s->insufficient));
        emit storeChanged();
        reload();
    }
}

std::optional<IdentificationSummary>
IdentificationPage::identify(const IdentificationRequest &request)
{
    QProgressDialog progress(tr("Identifying systems…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Identify"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancelled{false};
    connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });

    // The run writes through its own connection in a worker thread; the window stays
    // responsive and the progress dialog can cancel (the run then writes nothing).
    std::optional<Result<IdentificationSummary>> result;
    const QString location = m_db.location();
    QThread *worker = QThread::create([&] {
        Database db;
        if (Status s = db.open(location); !s) {
            result = s.error();
            return;
        }
        result = Identifier::run(db, request, [&](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                &progress,
                [&progress, done, total] {
                    progress.setMaximum(int(qMin<qint64>(total, INT_MAX)));
                    progress.setValue(int(qMin<qint64>(done, INT_MAX)));
                },
                Qt::QueuedConnection);
            return !cancelled.load();
        });
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    if (!result || !result->ok()) {
        const QString why = result ? result->error().message : tr("the run did not finish");
        if (!cancelled)
            QMessageBox::warning(this, tr("Identify"), why);
        emit statusMessage(why);
        return std::nullopt;
    }
    return result->value();
}

void IdentificationPage::showSystem(qint64 systemId)
{
    m_show->setCurrentIndex(m_show->findData(int(SystemCaseModel::All)));
    m_table->filterEdit()->clear();
    if (isStale())
        reloadWhenVisible();
    const int row = m_model->rowOfSystem(systemId);
    if (row >= 0)
        m_table->selectSourceRow(row);
}

void IdentificationPage::showCurrent()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        m_explanation->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("Choose a system to read why its result came out as it did.")));
        updateActions();
        return;
    }
    const SystemCaseRow r = m_model->row(row);
    RuleSet rules;
    QVector<Notice> notices;
    if (r.latest.id) {
        if (Result<RuleSet> found = RuleSetRepository(m_db).byId(r.latest.rulesetId))
            rules = found.value();
        if (Result<QVector<Notice>> n = NoticeRepository(m_db).forCase(r.latest.id))
            notices = n.value();
    }
    m_explanation->setHtml(CaseExplanation::html(r, rules, notices));
    updateActions();
}

QVector<qint64> IdentificationPage::selectedDecidedCases() const
{
    QVector<qint64> ids;
    for (const QModelIndex &i : m_table->view()->selectionModel()->selectedRows()) {
        const SystemCaseRow r = m_model->row(i.row());
        if (r.latest.isDecided())
            ids << r.latest.id;
    }
    return ids;
}

void IdentificationPage::updateActions()
{
    const int row = m_table->currentSourceRow();
    const IdentificationCase latest = row >= 0 ? m_model->row(row).latest : IdentificationCase();
    m_decide->setEnabled(latest.id && !latest.isDecided());
    m_notices->setEnabled(!selectedDecidedCases().isEmpty());
    m_notified->setEnabled(latest.isDecided());
}

Status IdentificationPage::applyDecision(const QString &decision, const QString &reason)
{
    const int row = m_table->currentSourceRow();
    if (row < 0 || !m_model->row(row).latest.id)
        return Error::input(tr("choose an identified system"));
    const Status s = CaseRepository(m_db).decide(m_model->row(row).latest.id, decision, reason);
    if (s) {
        emit storeChanged();
        reload();
    }
    return s;
}

void IdentificationPage::decideCurrent()
{
    const int row = m_table->currentSourceRow();
    if (row < 0 || !m_model->row(row).latest.id)
        return;
    DecideDialog dialog(m_model->row(row).latest, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = applyDecision(dialog.decision(), dialog.reason()); !s)
        QMessageBox::warning(this, tr("Decide"), s.error().message);
}

void IdentificationPage::issueNotices()
{
    const QVector<qint64> cases = selectedDecidedCases();
    if (cases.isEmpty())
        return;
    NoticeDialog dialog(m_db, cases, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList files;
    for (const IssuedNotice &n : dialog.issued())
        files << n.path;
    emit statusMessage(tr("Saved %n notice(s): %1", nullptr, int(files.size()))
                           .arg(files.join(QStringLiteral(", "))));
    emit storeChanged();
    showCurrent();
}

void IdentificationPage::recordNotification()
{
    const int row = m_table->currentSourceRow();
    if (row < 0 || !m_model->row(row).latest.isDecided())
        return;
    NotificationDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = CaseRepository(m_db).recordNotified(m_model->row(row).latest.id, dialog.to(),
                                                       dialog.date());
        !s) {
        QMessageBox::warning(this, tr("Record notification"), s.error().message);
        return;
    }
    emit storeChanged();
    reload();
}

} // namespace cii
