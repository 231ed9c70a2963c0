#include "inspectionspage.h"

#include "i18n/displaynames.h"
#include "i18n/language.h"
#include "inspectiondialog.h"
#include "inspectionmodel.h"
#include "inspectionnoticedialog.h"
#include "io/atomicfile.h"
#include "io/inspectiontransfer.h"
#include "services/auditedexport.h"
#include "storage/database.h"
#include "storage/inspectionrepository.h"
#include "storage/registryrepository.h"
#include "widgets/columnwidths.h"
#include "widgets/filterabletable.h"
#include "widgets/writecontrols.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextCharFormat>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace cii {

InspectionsPage::InspectionsPage(Database &db, QWidget *parent)
    : Page(parent), m_db(db), m_model(new InspectionModel(db, this)),
      m_table(new FilterableTable(m_model, this)), m_tabs(new QTabWidget(this)),
      m_calendar(new QCalendarWidget(this)), m_findings(new QTableWidget(this)),
      m_minGap(new QSpinBox(this)), m_minGapLabel(new QLabel(this)), m_summary(new QLabel(this)),
      m_add(new QPushButton(this)), m_import(new QPushButton(this)),
      m_export(new QPushButton(this)), m_merge(new QPushButton(this)),
      m_status(new QPushButton(this)), m_notice(new QPushButton(this)),
      m_addFinding(new QPushButton(this)), m_fixed(new QPushButton(this))
{
    WriteControls::mark({m_add, m_import, m_merge, m_status, m_notice, m_addFinding, m_fixed});
    m_merge->setObjectName(QStringLiteral("mergeInspections"));
    m_calendar->setObjectName(QStringLiteral("inspectionCalendar"));
    m_summary->setObjectName(QStringLiteral("inspectionSummary"));
    m_add->setObjectName(QStringLiteral("planInspection"));
    m_import->setObjectName(QStringLiteral("importInspections"));
    m_export->setObjectName(QStringLiteral("exportInspections"));
    m_status->setObjectName(QStringLiteral("inspectionStatus"));
    m_notice->setObjectName(QStringLiteral("inspectionNotice"));
    m_addFinding->setObjectName(QStringLiteral("addFinding"));
    m_fixed->setObjectName(QStringLiteral("markFixed"));
    m_minGap->setObjectName(QStringLiteral("minimumGap"));
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_minGap->setRange(0, 365);
    m_minGap->setValue(30);
    m_findings->setColumnCount(5);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->verticalHeader()->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_add);
    top->addWidget(m_import);
    top->addWidget(m_export);
    top->addSpacing(16);
    top->addWidget(m_merge);
    top->addWidget(m_status);
    top->addWidget(m_notice);
    top->addStretch(1);
    top->addWidget(m_minGapLabel);
    top->addWidget(m_minGap);

    auto *findingsPage = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsPage);
    findingsLayout->addWidget(m_findings, 1);
    auto *findingButtons = new QHBoxLayout;
    findingButtons->addWidget(m_addFinding);
    findingButtons->addWidget(m_fixed);
    findingButtons->addStretch(1);
    findingsLayout->addLayout(findingButtons);
    m_tabs->addTab(m_calendar, QString());
    m_tabs->addTab(findingsPage, QString());

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("inspectionsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({860, 400});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    QTableView *view = m_table->view();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->sortByColumn(InspectionModel::Start, Qt::AscendingOrder);
    // Operator and department names keep their default elision at the end: their first
    // words tell them apart ("Cryptography adm…"), their ends ("Co., Ltd.") do not.

    connect(m_add, &QPushButton::clicked, this, &InspectionsPage::addInspection);
    connect(m_import, &QPushButton::clicked, this, &InspectionsPage::importPlan);
    connect(m_export, &QPushButton::clicked, this, &InspectionsPage::exportPlan);
    connect(m_merge, &QPushButton::clicked, this, &InspectionsPage::mergeSelected);
    connect(m_status, &QPushButton::clicked, this, &InspectionsPage::setStatusOfCurrent);
    connect(m_notice, &QPushButton::clicked, this, &InspectionsPage::issueNotice);
    connect(m_addFinding, &QPushButton::clicked, this, &InspectionsPage::addFinding);
    connect(m_fixed, &QPushButton::clicked, this, &InspectionsPage::markFindingFixed);
    connect(m_minGap, &QSpinBox::valueChanged, this, &InspectionsPage::reload);
    connect(m_table, &FilterableTable::currentSourceRowChanged, this, [this](int row) {
        if (row >= 0)
            m_calendar->setSelectedDate(m_model->inspectionAt(row).start);
        showFindings();
        updateActions();
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InspectionsPage::updateActions);
    // A day clicked in the calendar filters the list to the inspections going on that day.
    connect(m_calendar, &QCalendarWidget::activated, this,
            [this](const QDate &d) { m_table->filterEdit()->setText(d.toString(Qt::ISODate)); });
    // The calendar is painted a month at a time, from that month's inspections.
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this,
            &InspectionsPage::paintCalendar);
    retranslateUi();
}

InspectionsPage::~InspectionsPage()
{
    if (m_counter) {
        m_counter->wait();
        delete m_counter;
    }
}

bool InspectionsPage::isLoading() const
{
    return m_counter != nullptr;
}

void InspectionsPage::reload()
{
    m_model->setMinimumGap(m_minGap->value());
    m_model->refresh();
    const Result<qint64> active = InspectionRepository(m_db).countActive();
    if (!m_model->lastError().isEmpty() || !active) {
        m_summary->setText(!active ? active.error().message : m_model->lastError());
    } else {
        m_activeCount = active.value();
        m_summary->setText(tr("%n inspection(s)", nullptr, int(m_activeCount)) +
                           QStringLiteral(" · ") + tr("counting conflicts…"));
        countConflicts();
    }
    paintCalendar();
    showFindings();
    updateActions();
}

void InspectionsPage::countConflicts()
{
    if (m_counter) {
        m_countAgain = true; // the store or the gap changed while counting
        return;
    }
    // Every conflict of the plan needs every active inspection: counted in a worker with its
    // own connection, so the page shows at once on a store of 100,000 inspections.
    const QString location = m_db.location();
    const int gap = m_minGap->value();
    auto result = std::make_shared<Result<int>>(0);
    m_counter = QThread::create([location, gap, result] {
        Database db;
        if (Status s = db.open(location, Database::OpenMode::Companion); !s) {
            *result = s.error();
            return;
        }
        const Result<QVector<InspectionWindow>> windows = InspectionRepository(db).activeWindows();
        if (!windows)
            *result = windows.error();
        else
            *result = int(ConflictDetector::detect(windows.value(), gap).size());
    });
    connect(m_counter, &QThread::finished, this, [this, result] {
        m_counter->wait();
        delete m_counter;
        m_counter = nullptr;
        if (m_countAgain) {
            m_countAgain = false;
            countConflicts();
            return;
        }
        m_summary->setText(
            result->ok()
                ? tr("%n inspection(s)", nullptr, int(m_activeCount)) + QStringLiteral(" · ") +
                      tr("%n conflict(s) between departments' plans", nullptr, result->value())
                : result->error().message);
        emit loadingFinished();
    });
    m_counter->start();
}

void InspectionsPage::paintCalendar()
{
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clear all
    // The weeks the calendar shows around its month, and for their conflicts every active
    // inspection of the operators inspected then.
    const QDate month(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    const QDate from = month.addDays(-7), to = month.addMonths(1).addDays(14);
    InspectionRepository repo(m_db);
    const Result<QVector<qint64>> operators = repo.operatorsActiveBetween(from, to);
    if (!operators)
        return;
    const Result<QVector<Inspection>> related = repo.activeOfOperators(operators.value());
    if (!related)
        return;
    const QHash<qint64, QVector<InspectionModel::ConflictWith>> conflicts =
        InspectionModel::conflictsAmong(related.value(), m_minGap->value());
    // A busy day lists its first inspections and how many more there are.
    constexpr int LinesPerDay = 12;
    QHash<QDate, QStringList> lines;
    QHash<QDate, int> more;
    QSet<QDate> conflicted;
    for (const Inspection &i : related.value()) {
        if (i.end < from || i.start > to)
            continue;
        const QVector<InspectionModel::ConflictWith> own = conflicts.value(i.id);
        for (QDate d = qMax(i.start, from); d <= qMin(i.end, to); d = d.addDays(1)) {
            if (!own.isEmpty())
                conflicted.insert(d);
            QStringList &day = lines[d];
            if (day.size() >= LinesPerDay) {
                ++more[d];
                continue;
            }
            day << QStringLiteral("%1 — %2 (%3)")
                       .arg(i.operatorName, Inspection::kindName(i.kind),
                            InspectionModel::departmentName(i.lead));
            for (const InspectionModel::ConflictWith &c : own)
                day << QStringLiteral("  ⚠ ") + InspectionModel::describe(c);
        }
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        QTextCharFormat f;
        f.setFontWeight(QFont::Bold);
        f.setBackground(conflicted.contains(it.key()) ? QColor(255, 170, 170)
                                                      : QColor(200, 225, 255));
        QString tip = it.value().join(QLatin1Char('\n'));
        if (const int rest = more.value(it.key()))
            tip += QLatin1Char('\n') + tr("… and %n more", nullptr, rest);
        f.setToolTip(tip);
        m_calendar->setDateTextFormat(it.key(), f);
    }
}

void InspectionsPage::fitColumns()
{
    // Known values as wide as their words in this language; names elide in the middle.
    QTableView *view = m_table->view();
    QStringList kinds, statuses;
    for (const QString &k : Inspection::kinds())
        kinds << Inspection::kindName(k);
    for (const QString &s : Inspection::statuses())
        statuses << Inspection::statusName(s);
    const QString day = QDate(2026, 12, 31).toString(Qt::ISODate);
    ColumnWidths::setNameWidth(view, InspectionModel::Operator, 190);
    ColumnWidths::setNameWidth(view, InspectionModel::Lead, 120);
    ColumnWidths::setNameWidth(view, InspectionModel::Participants, 110);
    ColumnWidths::fitValues(view, InspectionModel::Kind, kinds);
    ColumnWidths::fitValues(view, InspectionModel::Start, {day});
    ColumnWidths::fitValues(view, InspectionModel::End, {day});
    ColumnWidths::fitValues(view, InspectionModel::Status, statuses);
}

void InspectionsPage::retranslateUi()
{
    // A widget keeps the locale it was made with: the calendar's month and day names follow
    // the language only when told.
    m_calendar->setLocale(QLocale());
    m_add->setText(tr("Plan inspection…"));
    m_import->setText(tr("Import plan…"));
    m_import->setToolTip(tr("Another department's inspections from CSV or .ics, so conflicts "
                            "across departments show"));
    m_export->setText(tr("Export…"));
    m_merge->setText(tr("Merge into joint inspection…"));
    m_status->setText(tr("Set status…"));
    m_notice->setText(tr("Notice to operator…"));
    m_notice->setToolTip(tr("The numbered notice of an inspection we lead (PDF): content, "
                            "method, dates, team, contact, the Art. 27 assurances and, for a "
                            "penetration test, the Art. 31 authorisation"));
    m_addFinding->setText(tr("Add finding…"));
    m_fixed->setText(tr("Mark fixed"));
    m_minGapLabel->setText(tr("Minimum gap (days):"));
    m_add->setToolTip(tr("Record an inspection, ours or another department’s: operator, lead and "
                         "participants, kind, dates, systems, team"));
    m_export->setToolTip(
        tr("Write the plan as an iCalendar file (.ics) or CSV, which Import plan reads back"));
    m_merge->setToolTip(tr("Make one joint inspection of the selected or conflicting inspections; "
                           "the originals are kept"));
    m_merge->setWhatsThis(
        tr("Art. 27: departments coordinate so as to avoid unnecessary and duplicated inspections. "
           "You choose the lead and the window; participants and scope are the union."));
    m_status->setToolTip(tr("Set the selected inspection’s status"));
    m_addFinding->setToolTip(
        tr("Record what the inspection found, with a severity and a rectification deadline"));
    m_fixed->setToolTip(tr("Record the selected finding as rectified"));
    m_minGap->setToolTip(
        tr("Two inspections of one operator with fewer free days between them than this conflict"));
    m_minGap->setWhatsThis(tr(
        "Conflicts are detected as the plan changes: windows that overlap, gaps shorter than this, "
        "or the same systems in one quarter. Conflicting rows and calendar days are red."));
    m_table->filterEdit()->setToolTip(tr("Shows only the inspections that contain what you type"));
    m_table->filterEdit()->setWhatsThis(
        tr("The filter box (Ctrl+F) narrows the list as you type."));
    m_calendar->setWhatsThis(tr("The month’s inspections: blue days have inspections, red days "
                                "have conflicts; hover over a day for the list."));
    m_tabs->setTabText(0, tr("Calendar"));
    m_tabs->setTabText(1, tr("Findings"));
    m_findings->setHorizontalHeaderLabels(
        {tr("ID"), tr("Severity"), tr("Rectify by"), tr("Status"), tr("Description")});
    m_model->retranslate();
    m_table->retranslate();
    reloadWhenVisible();
    fitColumns();
}

QVector<qint64> InspectionsPage::selectedIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex &i : m_table->view()->selectionModel()->selectedRows())
        ids << m_model->idAt(i.row());
    return ids;
}

QVector<qint64> InspectionsPage::mergeCandidates() const
{
    QVector<qint64> ids = selectedIds();
    if (ids.size() == 1)
        for (const InspectionModel::ConflictWith &c :
             m_model->conflictsAt(m_model->rowOfId(ids.first())))
            if (!ids.contains(c.other))
                ids << c.other;
    return ids;
}

void InspectionsPage::updateActions()
{
    // The selected rows must be active and of one operator; the inspections a single one
    // conflicts with are active and of its operator by what a conflict is.
    const QVector<qint64> selected = selectedIds();
    bool mergeable = mergeCandidates().size() >= 2;
    qint64 operatorId = 0;
    for (qint64 id : selected) {
        const Inspection i = m_model->inspectionAt(m_model->rowOfId(id));
        if (!i.id || !i.isActive() || (operatorId && i.operatorId != operatorId))
            mergeable = false;
        else
            operatorId = i.operatorId;
    }
    m_merge->setEnabled(mergeable);
    const int current = m_table->currentSourceRow();
    const Inspection now = current >= 0 ? m_model->inspectionAt(current) : Inspection();
    const bool active = now.id && now.isActive();
    m_status->setEnabled(active);
    // Our numbered notice goes only to inspections we lead that are still ahead.
    m_notice->setEnabled(active && now.lead == QLatin1String("own") &&
                         now.status != QLatin1String("completed"));
    m_addFinding->setEnabled(current >= 0);
    m_fixed->setEnabled(m_findings->currentRow() >= 0);
}

void InspectionsPage::showFindings()
{
    m_findings->setRowCount(0);
    const int current = m_table->currentSourceRow();
    if (current < 0)
        return;
    Result<QVector<Finding>> list = InspectionRepository(m_db).findings(m_model->idAt(current));
    if (!list)
        return;
    for (const Finding &f : list.value()) {
        const int row = m_findings->rowCount();
        m_findings->insertRow(row);
        const QStringList cells = {QString::number(f.id), Finding::severityName(f.severity),
                                   DisplayNames::date(f.rectificationDue),
                                   Finding::statusName(f.status), f.description};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, f.id);
            if (!f.fixedOn.isValid() && f.rectificationDue < QDate::currentDate())
                item->setBackground(QColor(255, 205, 210));
            m_findings->setItem(row, c, item);
        }
    }
}

void InspectionsPage::addInspection()
{
    InspectionDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit storeChanged();
        reload();
    }
}

void InspectionsPage::mergeSelected()
{
    QVector<Inspection> originals;
    InspectionRepository repo(m_db);
    for (qint64 id : mergeCandidates()) {
        Result<Inspection> i = repo.byId(id);
        if (!i) {
            QMessageBox::warning(this, tr("Merge into joint inspection"), i.error().message);
            return;
        }
        originals << i.value();
    }
    if (originals.size() < 2)
        return;
    InspectionDialog dialog(m_db, originals, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Joint inspection %1 created.").arg(dialog.storedId()));
    emit storeChanged();
    reload();
}

void InspectionsPage::importPlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import inspections"), QString(),
                                                      tr("Plans (*.csv *.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes) {
        QMessageBox::warning(this, tr("Import inspections"), bytes.error().message);
        return;
    }
    QHash<QString, qint64> byUscc;
    if (Result<QVector<OperatorInfo>> ops = RegistryRepository(m_db).operators())
        for (const OperatorInfo &o : ops.value())
            byUscc.insert(o.uscc, o.id);
    const bool ics = path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive);
    Result<QVector<Inspection>> read =
        ics ? InspectionTransfer::fromIcs(bytes.value(), byUscc, QStringLiteral("own"))
            : InspectionTransfer::fromCsv(bytes.value(), byUscc, QStringLiteral("own"));
    QStringList problems;
    if (read) {
        InspectionRepository repo(m_db);
        for (int i = 0; i < read.value().size(); ++i)
            for (const QString &p : repo.problems(read.value().at(i)))
                problems << tr("row %1: %2").arg(ics ? i + 1 : i + 2).arg(p);
    }
    if (!read || !problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import inspections"),
                        read ? tr("Nothing was imported.") : read.error().message, QMessageBox::Ok,
                        this);
        box.setDetailedText((read ? problems : read.error().details).join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    Result<QVector<qint64>> ids = InspectionRepository(m_db).addAll(read.value());
    if (!ids) {
        QMessageBox::warning(this, tr("Import inspections"), ids.error().message);
        return;
    }
    emit statusMessage(tr("Imported %n inspection(s).", nullptr, int(ids.value().size())));
    emit storeChanged();
    reload();
}

void InspectionsPage::exportPlan()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export inspections"),
                                                      QStringLiteral("inspections.ics"),
                                                      tr("Calendar (*.ics);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    // The whole plan, read for the export only.
    Result<QVector<Inspection>> all = InspectionRepository(m_db).list();
    if (!all) {
        QMessageBox::warning(this, tr("Export inspections"), all.error().message);
        return;
    }
    QVector<Inspection> active;
    for (const Inspection &i : all.value())
        if (i.isActive())
            active << i;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QString marking = AuditedExport::classification(m_db);
    const QByteArray bytes =
        csv ? InspectionTransfer::toCsv(active, marking)
            : InspectionTransfer::toIcs(active, QDateTime::currentDateTimeUtc(), marking);
    const ExportRecord record{QStringLiteral("inspections"),
                              csv ? QStringLiteral("csv") : QStringLiteral("ics"), path,
                              int(active.size())};
    if (Status s = AuditedExport::writeFile(m_db, record, bytes); !s)
        QMessageBox::warning(this, tr("Export inspections"), s.error().message);
}

void InspectionsPage::setStatusOfCurrent()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    QStringList names;
    for (const QString &s : Inspection::statuses())
        names << Inspection::statusName(s);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Set status"), tr("Status:"), names,
        int(Inspection::statuses().indexOf(m_model->inspectionAt(row).status)), false, &ok);
    if (!ok)
        return;
    const QString key = Inspection::statuses().at(int(names.indexOf(chosen)));
    if (Status s = InspectionRepository(m_db).setStatus(m_model->idAt(row), key); !s) {
        QMessageBox::warning(this, tr("Set status"), s.error().message);
        return;
    }
    emit storeChanged();
    reload();
}

void InspectionsPage::issueNotice()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    InspectionNoticeDialog dialog(m_db, m_model->idAt(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const IssuedNotice &issued = dialog.issued();
    emit statusMessage(tr("Notice %1 saved to %2")
                           .arg(issued.notice.numberText(Language::isChinese()), issued.path));
    emit storeChanged();
    reload();
}

void InspectionsPage::addFinding()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString description = QInputDialog::getMultiLineText(
        this, tr("Add finding"), tr("What was found:"), QString(), &ok);
    if (!ok || description.trimmed().isEmpty())
        return;
    QStringList severities;
    for (const QString &s : Finding::severities())
        severities << Finding::severityName(s);
    const QString severity =
        QInputDialog::getItem(this, tr("Add finding"), tr("Severity:"), severities, 1, false, &ok);
    if (!ok)
        return;
    const QString due = QInputDialog::getText(
        this, tr("Add finding"), tr("Rectify by (YYYY-MM-DD):"), QLineEdit::Normal,
        QDate::currentDate().addDays(30).toString(Qt::ISODate), &ok);
    if (!ok)
        return;
    Finding f;
    f.inspectionId = m_model->idAt(row);
    f.description = description;
    f.severity = Finding::severities().at(int(severities.indexOf(severity)));
    f.rectificationDue = QDate::fromString(due, Qt::ISODate);
    if (Result<qint64> id = InspectionRepository(m_db).addFinding(f); !id) {
        QMessageBox::warning(this, tr("Add finding"), id.error().message);
        return;
    }
    emit storeChanged();
    showFindings();
}

void InspectionsPage::markFindingFixed()
{
    const int row = m_findings->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_findings->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (Status s = InspectionRepository(m_db).updateFinding(id, QStringLiteral("fixed"),
                                                            QDate::currentDate(), QDate());
        !s) {
        QMessageBox::warning(this, tr("Mark fixed"), s.error().message);
        return;
    }
    emit storeChanged();
    showFindings();
}

} // namespace cii
