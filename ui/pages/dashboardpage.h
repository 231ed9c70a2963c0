#pragma once

#include "page.h"
#include "schedule/deadlinesummary.h"

class QChart;
class QChartView;
class QLabel;
class QTabWidget;

namespace cii {

class Database;
class RegistryRepository;

// The sector at a glance: registry figures, what is overdue or due soon, and systems by
// sector and category.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    DashboardPage(RegistryRepository &repo, Database &db, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    // The deadline counts, computed once by the deadlines page.
    void setDeadlineSummary(const DeadlineSummary &summary);

private:
    QLabel *tile(const QString &objectName);

    void reloadDeadlines();
    static QChart *stackedBars(const QString &title, const QStringList &categories,
                               const QVector<QPair<QString, QVector<int>>> &sets,
                               Qt::Orientation orientation);
    static void setChart(QChartView *view, QChart *chart);

    RegistryRepository &m_repo;
    Database &m_db;
    QLabel *m_overdue;
    QLabel *m_dueSoon;
    QLabel *m_heading;
    QLabel *m_operators;
    QLabel *m_systems;
    QLabel *m_values;
    QLabel *m_upcoming;
    QChartView *m_chartView;
    QChartView *m_outcomeView;
    QChartView *m_inspectionView;
    QTabWidget *m_charts;
    DeadlineSummary m_deadlineSummary;
};

} // namespace cii
