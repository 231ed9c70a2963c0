#include "dashboardpage.h"

#include "domain/complianceduty.h"
#include "domain/department.h"
#include "domain/enforcementcase.h"
#include "domain/identificationcase.h"
#include "domain/incident.h"
#include "domain/sector.h"
#include "domain/systeminfo.h"
#include "i18n/displaynames.h"
#include "schedule/deadlineengine.h"
#include "storage/backgroundreader.h"
#include "storage/deadlinerepository.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace cii {

DashboardPage::DashboardPage(RegistryRepository &repo, Database &db, BackgroundReader *reader,
                             QWidget *parent)
    : Page(parent), m_repo(repo), m_db(db), m_reader(reader),
      m_overdue(tile(QStringLiteral("overdueTile"))),
      m_dueSoon(tile(QStringLiteral("dueSoonTile"))), m_heading(new QLabel(this)),
      m_operators(tile(QStringLiteral("operatorsTile"))),
      m_systems(tile(QStringLiteral("systemsTile"))), m_values(tile(QStringLiteral("valuesTile"))),
      m_onward(tile(QStringLiteral("onwardTile"))), m_upcoming(new QLabel(this)),
      m_chartView(new QChartView(this)), m_outcomeView(new QChartView(this)),
      m_inspectionView(new QChartView(this)), m_incidentView(new QChartView(this)),
      m_complianceView(new QChartView(this)), m_enforcementView(new QChartView(this)),
      m_charts(new QTabWidget(this))
{
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_upcoming->setWordWrap(true);
    for (QChartView *view : {m_chartView, m_outcomeView, m_inspectionView, m_incidentView,
                             m_complianceView, m_enforcementView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(320);
    }
    // Incidents, compliance and enforcement side by side: the three duties that follow an
    // operator after identification, on one tab.
    auto *oversight = new QWidget(this);
    oversight->setObjectName(QStringLiteral("oversightCharts"));
    auto *oversightLayout = new QHBoxLayout(oversight);
    oversightLayout->setContentsMargins(0, 0, 0, 0);
    oversightLayout->addWidget(m_incidentView, 2);
    oversightLayout->addWidget(m_complianceView, 3);
    oversightLayout->addWidget(m_enforcementView, 2);
    m_charts->setObjectName(QStringLiteral("dashboardCharts"));
    m_charts->addTab(m_chartView, QString());
    m_charts->addTab(m_outcomeView, QString());
    m_charts->addTab(m_inspectionView, QString());
    m_charts->addTab(oversight, QString());

    auto *tiles = new QGridLayout;
    tiles->addWidget(m_operators, 0, 0);
    tiles->addWidget(m_systems, 0, 1);
    tiles->addWidget(m_values, 0, 2);
    tiles->addWidget(m_overdue, 0, 3);
    tiles->addWidget(m_dueSoon, 0, 4);
    tiles->addWidget(m_onward, 0, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addLayout(tiles);
    layout->addWidget(m_charts, 1);
    layout->addWidget(m_upcoming);
    retranslateUi();
}

QLabel *DashboardPage::tile(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignCenter);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMinimumHeight(90);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: palette(base); border-radius: 6px; }"));
    return label;
}

void DashboardPage::figuresChanged(DashboardFigures::Parts parts)
{
    m_changed |= parts;
    reloadWhenVisible();
}

void DashboardPage::reload()
{
    DashboardFigures::Parts parts =
        m_changed && m_haveFigures ? m_changed : DashboardFigures::Parts(DashboardFigures::All);
    m_changed = {};
    // The year changed since the charts were read: its inspections.
    if (m_haveFigures && m_figures.year != QDate::currentDate().year())
        parts |= DashboardFigures::Inspections;
    // The tiles first (counts, milliseconds), then the charts (groupings of every system): the
    // page is complete and usable when the tiles are in, and the charts fill in after.
    if (const DashboardFigures::Parts tiles = parts & DashboardFigures::Tiles)
        read(tiles);
    if (const DashboardFigures::Parts charts = parts & DashboardFigures::Charts)
        read(charts);
}

void DashboardPage::read(DashboardFigures::Parts parts)
{
    const bool tiles = parts & DashboardFigures::Tiles;
    ++(tiles ? m_tilesReading : m_chartsReading);
    const int year = QDate::currentDate().year();
    auto work = [year, parts](Database &db) { return DashboardFigures::read(db, year, parts); };
    auto done = [this, parts, tiles](DashboardFigures figures) {
        m_figures.take(figures, parts);
        m_haveFigures = true;
        --(tiles ? m_tilesReading : m_chartsReading);
        if (tiles)
            showTiles();
        else
            showCharts();
        if (!m_figures.error.isEmpty())
            emit statusMessage(m_figures.error);
        if (tiles && !m_tilesReading)
            emit loadingFinished();
    };
    // The reader answers in the order it was asked.
    if (m_reader)
        m_reader->read<DashboardFigures>(this, work, done);
    else
        done(work(m_db));
}

void DashboardPage::showFigures()
{
    showTiles();
    showCharts();
}

void DashboardPage::showTiles()
{
    const RegistryStats &st = m_figures.registry;
    const QLocale locale;
    auto tileText = [&](qint64 n, const QString &label) {
        return QStringLiteral("<div style='font-size:22pt; font-weight:600'>%1</div><div>%2</div>")
            .arg(locale.toString(n), label.toHtmlEscaped());
    };
    m_operators->setText(tileText(st.operators, tr("Operators")));
    m_systems->setText(tileText(st.systems, tr("Systems")));
    m_values->setText(tileText(st.valuesReported, tr("Indicator values reported")));
    reloadDeadlines();
}

void DashboardPage::showCharts()
{
    const RegistryStats &st = m_figures.registry;

    // Horizontal bars are drawn bottom-up; reverse so the Art. 2 order reads top-down.
    QStringList sectorNames;
    QVector<const Sector *> shown;
    for (auto it = Sector::all().crbegin(); it != Sector::all().crend(); ++it) {
        sectorNames << it->displayName();
        shown << &*it;
    }
    QVector<QPair<QString, QVector<int>>> byCategory;
    for (const QString &category : SystemInfo::categories()) {
        QVector<int> values;
        for (const Sector *s : shown)
            values << st.systemsBySector.value(s->key).value(category);
        byCategory.append({SystemInfo::categoryName(category), values});
    }
    setChart(m_chartView, stackedBars(tr("Systems by sector and category"), sectorNames, byCategory,
                                      Qt::Horizontal));

    // Identification: the decision in force, else the newest result, by sector.
    QVector<QPair<QString, QVector<int>>> byOutcome;
    const QStringList shownOutcomes = QStringList(Outcome::all()) << QStringLiteral("none");
    for (const QString &o : shownOutcomes) {
        QVector<int> values;
        for (const Sector *s : shown)
            values << m_figures.outcomesBySector.value(s->key).value(o);
        byOutcome.append(
            {o == QLatin1String("none") ? tr("Not identified") : IdentificationCase::outcomeName(o),
             values});
    }
    setChart(m_outcomeView, stackedBars(tr("CII by sector: decision in force, else the newest "
                                           "result"),
                                        sectorNames, byOutcome, Qt::Horizontal));

    // Inspections of the year, per month of their start, by lead department.
    QStringList monthNames;
    for (int m = 1; m <= 12; ++m)
        monthNames << DisplayNames::month(m);
    QVector<QPair<QString, QVector<int>>> leads;
    for (const Department &d : Department::defaults())
        if (m_figures.inspectionsByLead.contains(d.key))
            leads.append({d.displayName(), m_figures.inspectionsByLead.value(d.key)});
    setChart(m_inspectionView,
             stackedBars(tr("Inspections per month in %1, by lead department").arg(m_figures.year),
                         monthNames, leads, Qt::Vertical));
    showOversight();
}

void DashboardPage::showOversight()
{
    // Open incidents by the grade in force, highest at the top, those not graded yet at the
    // bottom (horizontal bars are drawn bottom-up).
    QStringList grades{tr("Not graded")};
    QVector<int> open{m_figures.openIncidentsByGrade.value(QString())};
    const QStringList highestFirst = Incident::grades();
    for (auto g = highestFirst.crbegin(); g != highestFirst.crend(); ++g) {
        grades << Incident::gradeName(*g);
        open << m_figures.openIncidentsByGrade.value(*g);
    }
    setChart(m_incidentView, stackedBars(tr("Open incidents by grade"), grades,
                                         {{tr("Open incidents"), open}}, Qt::Horizontal));

    // Compliance gaps by duty (Art. 13–21): horizontal bars read top-down in the catalogue's
    // order, so the list is reversed.
    QStringList duties;
    QVector<int> missing, overdue;
    for (auto it = m_figures.complianceGaps.crbegin(); it != m_figures.complianceGaps.crend();
         ++it) {
        const ComplianceDuty *duty = ComplianceDuty::find(it->duty);
        duties << (duty ? duty->shortName() : it->duty);
        missing << it->missing;
        overdue << it->overdue;
    }
    setChart(m_complianceView,
             stackedBars(tr("Operators of CII with a gap, by duty"), duties,
                         {{tr("Missing"), missing}, {tr("Overdue"), overdue}}, Qt::Horizontal));

    // Enforcement cases by the step they have reached (Art. 39–42, the APL's order), read
    // top-down.
    QStringList steps;
    QVector<int> cases;
    // A named list: `QStringList{…} << kinds()` returns a reference into a temporary that
    // would be gone before the loop's first turn.
    const QStringList stepKeys = QStringList{QStringLiteral("opened")} + EnforcementStep::kinds();
    for (const QString &s : stepKeys) {
        steps.prepend(EnforcementStep::kindName(s));
        cases.prepend(m_figures.enforcementByStep.value(s));
    }
    setChart(m_enforcementView, stackedBars(tr("Enforcement cases by step"), steps,
                                            {{tr("Cases"), cases}}, Qt::Horizontal));

    const int due = m_figures.onwardReportsDue;
    m_onward->setText(
        QStringLiteral("<div style='font-size:22pt; font-weight:600; color:%1'>%2</div>"
                       "<div>%3</div>")
            .arg(due ? QStringLiteral("#b00020") : QStringLiteral("palette(text)"),
                 QLocale().toString(due), tr("Onward reports due (30 min)").toHtmlEscaped()));
}

QChart *DashboardPage::stackedBars(const QString &title, const QStringList &categories,
                                   const QVector<QPair<QString, QVector<int>>> &sets,
                                   Qt::Orientation orientation)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    QAbstractBarSeries *series =
        orientation == Qt::Horizontal
            ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
            : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    QVector<int> totals(categories.size(), 0);
    for (const auto &[name, values] : sets) {
        auto *set = new QBarSet(name);
        for (int i = 0; i < categories.size(); ++i) {
            *set << values.value(i);
            totals[i] += values.value(i);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisCategories = new QBarCategoryAxis;
    axisCategories->append(categories);
    auto *axisValues = new QValueAxis;
    const int most = totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
    axisValues->setRange(0, qMax(1, most));
    axisValues->setLabelFormat(QStringLiteral("%d"));
    // Counts are whole: a small range gets one tick per unit, not 0, 0.2, 0.4 … printed as 0.
    if (most < 5)
        axisValues->setTickCount(qMax(1, most) + 1);
    else
        axisValues->applyNiceNumbers();
    chart->addAxis(axisCategories, orientation == Qt::Horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(axisValues, orientation == Qt::Horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(axisCategories);
    series->attachAxis(axisValues);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void DashboardPage::setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

void DashboardPage::setDeadlineSummary(const DeadlineSummary &summary)
{
    m_deadlineSummary = summary;
    reloadDeadlines();
}

void DashboardPage::reloadDeadlines()
{
    const int overdue = m_deadlineSummary.overdue, soon = m_deadlineSummary.dueSoon;
    const QLocale locale;
    auto text = [&](int n, const QString &label, const QString &color) {
        return QStringLiteral("<div style='font-size:22pt; font-weight:600; color:%1'>%2</div>"
                              "<div>%3</div>")
            .arg(n ? color : QStringLiteral("palette(text)"), locale.toString(n),
                 label.toHtmlEscaped());
    };
    m_overdue->setText(text(overdue, tr("Deadlines overdue"), QStringLiteral("#b00020")));
    m_dueSoon->setText(text(soon,
                            tr("Due within %n day(s)", nullptr, m_deadlineSummary.dueSoonDays),
                            QStringLiteral("#8a5a00")));
}

void DashboardPage::retranslateUi()
{
    m_heading->setText(tr("Dashboard"));
    m_upcoming->clear();
    m_charts->setTabText(0, tr("Systems"));
    m_charts->setTabText(1, tr("Identification"));
    m_charts->setTabText(2, tr("Inspections"));
    m_charts->setTabText(3, tr("Incidents, compliance, enforcement"));
    if (m_haveFigures)
        showFigures(); // the names and labels in the new language; the counts stay
}

} // namespace cii
