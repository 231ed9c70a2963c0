#include "compliancepage.h"

#include "complianceevidencedialog.h"
#include "compliancehistorymodel.h"
#include "compliancemodel.h"
#include "complianceperiodsdialog.h"
#include "complianceprofilemodel.h"
#include "domain/complianceduty.h"
#include "i18n/displaynames.h"
#include "io/atomicfile.h"
#include "io/compliancetransfer.h"
#include "services/auditedexport.h"
#include "services/compliancegaps.h"
#include "storage/compliancerepository.h"
#include "storage/database.h"
#include "storage/registryrepository.h"
#include "widgets/columnwidths.h"
#include "widgets/filterabletable.h"
#include "widgets/writecontrols.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cii {
namespace {

QTableView *plainTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    return view;
}

} // namespace

CompliancePage::CompliancePage(Database &db, QWidget *parent)
    : Page(parent), m_db(db), m_model(new ComplianceModel(this)),
      m_table(new FilterableTable(m_model, this)), m_profile(new ComplianceProfileModel(this)),
      m_history(new ComplianceHistoryModel(this)), m_profileView(plainTable(m_profile, this)),
      m_historyView(plainTable(m_history, this)), m_state(new QComboBox(this)),
      m_duty(new QComboBox(this)), m_stateLabel(new QLabel(this)), m_dutyLabel(new QLabel(this)),
      m_summary(new QLabel(this)), m_profileTitle(new QLabel(this)),
      m_historyTitle(new QLabel(this)), m_record(new QPushButton(this)),
      m_periods(new QPushButton(this)), m_import(new QPushButton(this)),
      m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("compliancePage"));
    WriteControls::mark({m_record, m_periods, m_import});
    m_state->setObjectName(QStringLiteral("complianceState"));
    m_duty->setObjectName(QStringLiteral("complianceDuty"));
    m_summary->setObjectName(QStringLiteral("complianceSummary"));
    m_record->setObjectName(QStringLiteral("recordEvidence"));
    m_periods->setObjectName(QStringLiteral("compliancePeriods"));
    m_import->setObjectName(QStringLiteral("importCompliance"));
    m_export->setObjectName(QStringLiteral("exportCompliance"));
    m_profileView->setObjectName(QStringLiteral("complianceProfile"));
    m_historyView->setObjectName(QStringLiteral("complianceHistory"));
    m_stateLabel->setBuddy(m_state);
    m_dutyLabel->setBuddy(m_duty);
    m_duty->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    QTableView *grid = m_table->view();
    grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    grid->setSelectionMode(QAbstractItemView::SingleSelection);
    grid->horizontalHeader()->setStretchLastSection(false);
    grid->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // Thirteen duties side by side: their headers a point smaller than the cells.
    QFont headerFont = grid->horizontalHeader()->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() - 1);
    grid->horizontalHeader()->setFont(headerFont);
    grid->verticalHeader()->setDefaultSectionSize(grid->fontMetrics().height() + 8);
    grid->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_stateLabel);
    top->addWidget(m_state);
    top->addSpacing(8);
    top->addWidget(m_dutyLabel);
    top->addWidget(m_duty);
    top->addStretch();
    top->addWidget(m_record);
    top->addWidget(m_periods);
    top->addWidget(m_import);
    top->addWidget(m_export);

    auto *profileBox = new QWidget(this);
    auto *profileLayout = new QVBoxLayout(profileBox);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(m_profileView);
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_historyView);
    auto *below = new QSplitter(Qt::Horizontal, this);
    below->addWidget(profileBox);
    below->addWidget(historyBox);
    // The operator's line over both halves: its name, code, sector and counts read whole.
    auto *belowBox = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(belowBox);
    belowLayout->setContentsMargins(0, 4, 0, 0);
    belowLayout->addWidget(m_profileTitle);
    belowLayout->addWidget(below, 1);
    below->setStretchFactor(0, 13);
    below->setStretchFactor(1, 7);
    below->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("complianceSplitter"));
    split->addWidget(m_table);
    split->addWidget(belowBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, &CompliancePage::applyFilter);
    connect(m_duty, &QComboBox::currentIndexChanged, this, &CompliancePage::applyFilter);
    connect(m_table, &FilterableTable::currentSourceRowChanged, this, &CompliancePage::showProfile);
    connect(m_table, &FilterableTable::activatedSourceRow, this, &CompliancePage::recordEvidence);
    connect(m_profileView, &QTableView::doubleClicked, this, &CompliancePage::recordEvidence);
    connect(m_record, &QPushButton::clicked, this, &CompliancePage::recordEvidence);
    connect(m_periods, &QPushButton::clicked, this, &CompliancePage::editPeriods);
    connect(m_import, &QPushButton::clicked, this, &CompliancePage::importCsv);
    connect(m_export, &QPushButton::clicked, this, &CompliancePage::exportCsv);
    retranslateUi();
}

void CompliancePage::reload()
{
    Result<QVector<OperatorCompliance>> list =
        ComplianceGaps::checklist(m_db, QDate::currentDate());
    if (!list) {
        m_summary->setText(list.error().message);
        m_model->setChecklist({});
    } else {
        m_model->setChecklist(std::move(list).value());
    }
    applyFilter();
}

void CompliancePage::applyFilter()
{
    const qint64 keep = currentOperator();
    m_model->setFilter(m_state->currentData().toString(), m_duty->currentData().toString());
    int missing = 0, overdue = 0;
    for (const OperatorCompliance &oc : m_model->checklist()) {
        missing += oc.count(DutyStatus::Missing);
        overdue += oc.count(DutyStatus::Overdue);
    }
    const int operators = int(m_model->checklist().size());
    m_summary->setText(
        operators == 0
            ? tr("No operator operates CII yet: a profile is kept for each operator with a system "
                 "whose decision in force is CII (Art. 13–21 bind operators of CII).")
            : tr("%n operator(s) of CII: %1 duties missing, %2 overdue. Dates in red are past "
                 "their due day; a target is the department's own, not the law's.",
                 nullptr, operators)
                  .arg(missing)
                  .arg(overdue));
    const int duty = ComplianceModel::columnOfDuty(m_duty->currentData().toString());
    if (keep)
        selectOperator(keep);
    if (duty > 0)
        m_table->view()->scrollTo(m_table->proxy()->index(0, duty));
    showProfile();
}

qint64 CompliancePage::currentOperator() const
{
    const OperatorCompliance *oc = m_model->operatorAt(m_table->currentSourceRow());
    return oc ? oc->operatorId : 0;
}

void CompliancePage::selectOperator(qint64 operatorId)
{
    const int row = m_model->rowOfOperator(operatorId);
    if (row >= 0)
        m_table->selectSourceRow(row);
}

void CompliancePage::showProfile()
{
    const OperatorCompliance *oc = m_model->operatorAt(m_table->currentSourceRow());
    if (!oc) {
        m_profile->clear();
        m_history->setFacts({});
        m_profileTitle->setText(tr("Select an operator to see its profile."));
        m_historyTitle->setText(tr("Records"));
        return;
    }
    m_profile->setProfile(*oc);
    m_profileTitle->setText(
        tr("<b>%1</b> (%2, %3): %4 evidenced, %5 missing, %6 overdue")
            .arg(oc->name.toHtmlEscaped(), oc->uscc, DisplayNames::sector(oc->sector))
            .arg(oc->count(DutyStatus::Evidenced))
            .arg(oc->count(DutyStatus::Missing))
            .arg(oc->count(DutyStatus::Overdue)));
    Result<QVector<ComplianceFact>> h = ComplianceRepository(m_db).history(oc->operatorId);
    m_history->setFacts(h ? h.value() : QVector<ComplianceFact>());
    m_historyTitle->setText(
        tr("Records, newest first (%n)", nullptr, h ? int(h.value().size()) : 0));
    m_historyTitle->setToolTip(
        tr("A record is never changed or deleted: the newest of a duty is the one in force."));
}

void CompliancePage::recordEvidence()
{
    if (m_db.isReadOnly())
        return;
    // The duty of the clicked cell or profile row, where it is one that is recorded.
    QString duty;
    if (sender() == m_profileView) {
        if (const DutyStatus *s = m_profile->dutyAt(m_profileView->currentIndex().row()))
            duty = s->duty;
    } else {
        const QModelIndex cell = m_table->view()->currentIndex();
        if (const ComplianceDuty *d = ComplianceModel::dutyOfColumn(cell.column()))
            duty = d->key;
    }
    if (const ComplianceDuty *d = ComplianceDuty::find(duty); d && !d->isRecorded()) {
        emit statusMessage(d->judgement == ComplianceDuty::Judgement::Reorganisation
                               ? tr("%1 %2 is judged from the operator events on the "
                                    "Deadlines page.")
                                     .arg(d->articleName(), d->name())
                               : tr("%1 %2 is judged from the annual assessments on the "
                                    "Deadlines page.")
                                     .arg(d->articleName(), d->name()));
        return;
    }
    const qint64 op = currentOperator();
    ComplianceEvidenceDialog dialog(m_db, op, duty, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Evidence recorded."));
    emit storeChanged();
    reload();
    selectOperator(op);
}

void CompliancePage::editPeriods()
{
    CompliancePeriodsDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit storeChanged();
    reload();
}

void CompliancePage::importCsv()
{
    const QString title = tr("Import compliance evidence");
    const QString path = QFileDialog::getOpenFileName(this, title, QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes) {
        QMessageBox::warning(this, title, bytes.error().message);
        return;
    }
    QHash<QString, qint64> byUscc;
    QSet<qint64> ids;
    if (Result<QVector<OperatorInfo>> ops = RegistryRepository(m_db).operators())
        for (const OperatorInfo &o : ops.value()) {
            byUscc.insert(o.uscc, o.id);
            ids.insert(o.id);
        }
    Result<ComplianceTransfer::Read> read = ComplianceTransfer::fromCsv(bytes.value(), byUscc, ids);
    Result<QVector<qint64>> stored =
        read ? ComplianceRepository(m_db).recordAll(read->facts, QDate::currentDate(), read->rows)
             : Result<QVector<qint64>>(read.error());
    if (!stored) {
        QMessageBox box(QMessageBox::Warning, title, stored.error().message, QMessageBox::Ok, this);
        box.setInformativeText(tr("Nothing was imported."));
        box.setDetailedText(stored.error().details.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    emit statusMessage(tr("Imported %n record(s).", nullptr, int(stored.value().size())));
    emit storeChanged();
    reload();
}

void CompliancePage::exportCsv()
{
    const QString title = tr("Export compliance evidence");
    const QString path = QFileDialog::getSaveFileName(this, title, QStringLiteral("compliance.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Result<QVector<ComplianceFact>> facts = ComplianceRepository(m_db).inForce();
    if (!facts) {
        QMessageBox::warning(this, title, facts.error().message);
        return;
    }
    const ExportRecord record{QStringLiteral("compliance"), QStringLiteral("csv"), path,
                              int(facts.value().size())};
    if (Status s = AuditedExport::writeFile(
            m_db, record,
            ComplianceTransfer::toCsv(facts.value(), AuditedExport::classification(m_db)));
        !s)
        QMessageBox::warning(this, title, s.error().message);
    else
        emit statusMessage(
            tr("Exported %n record(s) to %1.", nullptr, int(facts.value().size())).arg(path));
}

void CompliancePage::retranslateUi()
{
    m_stateLabel->setText(tr("&State:"));
    m_dutyLabel->setText(tr("D&uty:"));
    const QString state = m_state->currentData().toString();
    const QString duty = m_duty->currentData().toString();
    {
        const QSignalBlocker block(m_state);
        m_state->clear();
        m_state->addItem(tr("All operators"), QString());
        m_state->addItem(tr("With gaps (missing or overdue)"), QStringLiteral("gaps"));
        m_state->addItem(DutyStatus::stateName(DutyStatus::Overdue), QStringLiteral("overdue"));
        m_state->addItem(DutyStatus::stateName(DutyStatus::Missing), QStringLiteral("missing"));
        m_state->addItem(DutyStatus::stateName(DutyStatus::Evidenced), QStringLiteral("evidenced"));
        m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    }
    {
        const QSignalBlocker block(m_duty);
        m_duty->clear();
        m_duty->addItem(tr("Any duty"), QString());
        for (const ComplianceDuty &d : ComplianceDuty::all())
            m_duty->addItem(QStringLiteral("%1 %2").arg(d.articleName(), d.shortName()), d.key);
        m_duty->setCurrentIndex(std::max(0, m_duty->findData(duty)));
    }
    m_state->setToolTip(tr("Show the operators with a duty in this state"));
    m_duty->setToolTip(tr("The duty the state filter looks at"));
    m_record->setText(tr("&Record evidence…"));
    m_record->setToolTip(tr("Record evidence of the selected operator's duty (the selected "
                            "column's); double-click a cell does the same"));
    m_periods->setText(tr("Renewal &periods…"));
    m_periods->setToolTip(tr("The department's own periods for renewing background checks and "
                             "drills (the articles set none)"));
    m_import->setText(tr("&Import CSV…"));
    m_import->setToolTip(tr("Columns operator (code or id), duty, value, date; all rows or none"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("The evidence in force, as Import CSV reads it"));
    m_model->retranslate();
    m_table->retranslate();
    // The operator's name elides in the middle; each duty is as wide as its header's words
    // or "✓ 2026-01", whichever is wider.
    QTableView *grid = m_table->view();
    ColumnWidths::setNameWidth(grid, 0, 170);
    // (Measured bold: the style draws header sections in bold.)
    QFont bold = grid->horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics header(bold);
    const int cell = grid->fontMetrics().horizontalAdvance(QStringLiteral("✓ 2026-01")) + 10;
    for (int c = 1; c < m_model->columnCount(); ++c) {
        const QStringList words = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole)
                                      .toString()
                                      .split(QLatin1Char('\n'));
        int width = cell;
        for (const QString &w : words)
            width = std::max(width, header.horizontalAdvance(w) + 8);
        grid->setColumnWidth(c, width);
    }
    int lines = 2;
    for (int c = 1; c < m_model->columnCount(); ++c)
        lines = std::max(lines, int(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole)
                                        .toString()
                                        .count(QLatin1Char('\n'))) +
                                    1);
    grid->horizontalHeader()->setMinimumHeight(lines * header.height() + 10);
    QStringList articles;
    for (const ComplianceDuty &d : ComplianceDuty::all())
        articles << d.articleName();
    ColumnWidths::fitValues(m_profileView, ComplianceProfileModel::Article, articles);
    m_profileView->setColumnWidth(ComplianceProfileModel::Duty, 250);
    m_profileView->setColumnWidth(ComplianceProfileModel::State, 88);
    m_profileView->setColumnWidth(ComplianceProfileModel::Date, 86);
    m_profileView->setColumnWidth(ComplianceProfileModel::Due, 138);
    m_historyView->setColumnWidth(ComplianceHistoryModel::Recorded, 120);
    m_historyView->setColumnWidth(ComplianceHistoryModel::Duty, 92);
    m_historyView->setColumnWidth(ComplianceHistoryModel::Value, 88);
    m_historyView->setColumnWidth(ComplianceHistoryModel::Date, 80);
    applyFilter();
}

} // namespace cii
