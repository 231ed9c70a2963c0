#pragma once

#include "page.h"

class QChart;
class QChartView;
class QLabel;

namespace cii {

class RegistryRepository;

// The sector at a glance: registry figures and systems by sector and category.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(RegistryRepository &repo, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;

private:
    QLabel *tile(const QString &objectName);

    RegistryRepository &m_repo;
    QLabel *m_heading;
    QLabel *m_operators;
    QLabel *m_systems;
    QLabel *m_values;
    QLabel *m_upcoming;
    QChartView *m_chartView;
};

} // namespace cii
