#pragma once

#include "page.h"
#include "schedule/deadlinesummary.h"
#include "services/dashboardfigures.h"

class QChart;
class QChartView;
class QLabel;
class QTabWidget;

namespace cii {

class BackgroundReader;
class Database;
class RegistryRepository;

// The sector at a glance: registry figures, what is overdue or due soon, and systems by
// sector and category.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    // The figures are read by `reader` (its own connection and thread): the page is on screen
    // at once and fills in when they are counted.
    DashboardPage(RegistryRepository &repo, Database &db, BackgroundReader *reader,
                  QWidget *parent = nullptr);

    // Reads again what `parts` cover (every part when nothing was marked changed).
    void reload() override;
    void retranslateUi() override;
    // Loading until the tiles are counted; the charts may take a moment longer.
    bool isLoading() const override { return m_tilesReading > 0; }
    bool chartsLoading() const { return m_chartsReading > 0; }
    // A write elsewhere changed these figures: they are read again when the page is shown.
    void figuresChanged(DashboardFigures::Parts parts);
    const DashboardFigures &figures() const { return m_figures; }
    // The deadline counts, computed once by the deadlines page.
    void setDeadlineSummary(const DeadlineSummary &summary);

private:
    void read(DashboardFigures::Parts parts);
    void showFigures();
    void showTiles();
    void showCharts();
    void showOversight();
    QLabel *tile(const QString &objectName);

    void reloadDeadlines();
    static QChart *stackedBars(const QString &title, const QStringList &categories,
                               const QVector<QPair<QString, QVector<int>>> &sets,
                               Qt::Orientation orientation);
    static void setChart(QChartView *view, QChart *chart);

    RegistryRepository &m_repo;
    Database &m_db;
    BackgroundReader *m_reader;
    DashboardFigures m_figures;
    DashboardFigures::Parts m_changed; // marked changed, not yet read again
    int m_tilesReading = 0;            // reads asked for and not answered yet
    int m_chartsReading = 0;
    bool m_haveFigures = false;
    QLabel *m_overdue;
    QLabel *m_dueSoon;
    QLabel *m_heading;
    QLabel *m_operators;
    QLabel *m_systems;
    QLabel *m_values;
    QLabel *m_onward;
    QLabel *m_upcoming;
    QChartView *m_chartView;
    QChartView *m_outcomeView;
    QChartView *m_inspectionView;
    QChartView *m_incidentView;
    QChartView *m_complianceView;
    QChartView *m_enforcementView;
    QTabWidget *m_charts;
    DeadlineSummary m_deadlineSummary;
};

} // namespace cii
